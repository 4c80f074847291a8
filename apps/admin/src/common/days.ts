/**
 * Calendar days as the API writes them ('YYYY-MM-DD') and as a Vietnamese office writes them (dd/MM/yyyy).
 * Days are never turned into Date objects for display: a date-only string read as UTC midnight shows the
 * previous day in time zones west of Greenwich.
 */

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Whether the text is a real calendar day written YYYY-MM-DD (no 31 April, 29 February only in leap years). */
export function isIsoDay(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const match = ISO_DAY.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || day < 1) return false;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day <= daysInMonth;
}

/** 'YYYY-MM-DD' → 'dd/MM/yyyy'; anything else is returned as it is. */
export function formatDay(value: string | null | undefined): string {
  if (!value) return '';
  const match = ISO_DAY.exec(value);
  return match ? `${match[3]}/${match[2]}/${match[1]}` : value;
}

/**
 * What an office worker types → 'YYYY-MM-DD', or null when it is not a whole day yet. Accepts d/m/yyyy with
 * "/", "-" or "." and one- or two-digit day and month ("1/7/2025"), and ISO days pasted from elsewhere.
 */
export function parseDay(text: string): string | null {
  const trimmed = text.trim();
  if (isIsoDay(trimmed)) return trimmed;
  const match = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(trimmed);
  if (!match) return null;
  const iso = `${match[3]}-${match[2].padStart(2, '0')}-${match[1].padStart(2, '0')}`;
  return isIsoDay(iso) ? iso : null;
}

const TIME_PARTS = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Asia/Ho_Chi_Minh',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

/**
 * An instant (ISO date-time) as 'dd/MM/yyyy HH:mm:ss' in Vietnam's time, whatever the browser's zone: the
 * audit log must read the same on every office computer. Anything unreadable is returned as it is.
 */
export function formatDateTime(value: string | null | undefined): string {
  if (!value) return '';
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  const part = Object.fromEntries(TIME_PARTS.formatToParts(date).map((p) => [p.type, p.value]));
  return `${part.day}/${part.month}/${part.year} ${part.hour}:${part.minute}:${part.second}`;
}

/** Whether the text is an instant as the API writes DateTimeISO values. */
export const isIsoDateTime = (value: unknown): value is string =>
  typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(value) && !Number.isNaN(Date.parse(value));
