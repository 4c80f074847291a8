/**
 * What the keyboard sheets (attendance, task assignment) share: a plain table styled once, so 150 lines render and
 * update at once, a text field per line, and a line's server error under it.
 */
export const SHEET_TABLE = {
  width: '100%',
  borderCollapse: 'collapse',
  fontSize: 14,
  '& th': {
    background: '#f3efe9',
    textAlign: 'left',
    fontWeight: 600,
    padding: '6px 8px',
    borderBottom: '2px solid #d8cfc4',
    whiteSpace: 'nowrap',
  },
  '& td.num': { color: 'text.secondary', width: 36, textAlign: 'right' },
  '& td.group': { color: 'text.secondary', whiteSpace: 'nowrap', fontSize: 13 },
  '& .error': { color: '#d32f2f', fontSize: 12, marginTop: 2 },
  '& tbody tr:hover': { filter: 'brightness(0.98)' },
} as const;

/** A line's text field in a sheet, with the vertical padding of that sheet. */
export function sheetTextInput(paddingY: number) {
  return {
    width: '100%',
    boxSizing: 'border-box',
    padding: `${paddingY}px 8px`,
    font: 'inherit',
    border: '1px solid #c9c1b6',
    borderRadius: '4px',
    background: '#fff',
  } as const;
}
