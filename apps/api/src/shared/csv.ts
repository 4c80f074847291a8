/**
 * CSV that Excel opens as UTF-8 (a byte-order mark first), with CRLF line ends and RFC 4180 quoting. A text cell that
 * a spreadsheet would read as a formula (starting with =, +, -, @, tab or CR) is prefixed with an apostrophe.
 */
export function toCsv(rows: Array<Array<string | number | boolean | null | undefined>>): string {
  const cell = (value: string | number | boolean | null | undefined) => {
    if (value == null) return '';
    if (typeof value !== 'string') return String(value);
    const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
    return /[",\r\n;]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
  };
  return `\uFEFF${rows.map((r) => r.map(cell).join(',')).join('\r\n')}\r\n`;
}
