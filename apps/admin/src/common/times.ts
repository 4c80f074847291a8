/**
 * Clock times and months as the API writes them ('HH:MM', 'YYYY-MM') and as an office writes them ("19h30",
 * "11/2026"), and the weeks of a month for a calendar. Like days, none of these go through Date objects in
 * the browser's zone.
 */

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

/** Whether the text is a clock time the API takes, 'HH:MM' from 00:00 to 23:59. */
export const isTime = (value: unknown): value is string => typeof value === 'string' && TIME.test(value);

/**
 * What people type → 'HH:MM', or null while it is no whole time: "19:30", "19h30", "19g30", "19.30", "7:05",
 * "1930". Minutes take two digits, so an input being typed ("19h3") is not taken for a time too early.
 */
export function parseTime(text: string): string | null {
  const trimmed = text.trim().toLowerCase();
  const match = /^(\d{1,2})\s*[:h.g]\s*(\d{2})$/.exec(trimmed) ?? /^(\d{2})(\d{2})$/.exec(trimmed);
  if (!match) return null;
  const hours = Number(match[1]);
  const minutes = Number(match[2]);
  if (hours > 23 || minutes > 59) return null;
  return `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`;
}

/** '19:30' → '19 giờ 30 phút' style parts for the printed record: [hours, minutes]. */
export function timeParts(value: string | null | undefined): [string, string] | null {
  return isTime(value) ? [value.slice(0, 2), value.slice(3, 5)] : null;
}

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

export const isMonth = (value: unknown): value is string => typeof value === 'string' && MONTH.test(value);

/** 'YYYY-MM' → 'MM/yyyy'; anything else is returned as it is. */
export function formatMonth(value: string | null | undefined): string {
  if (!value) return '';
  const match = MONTH.exec(value);
  return match ? `${match[2]}/${match[1]}` : value;
}

/** "11/2026", "1/2026", "2026-11" → 'YYYY-MM', or null. */
export function parseMonth(text: string): string | null {
  const trimmed = text.trim();
  if (isMonth(trimmed)) return trimmed;
  const match = /^(\d{1,2})[/.-](\d{4})$/.exec(trimmed);
  if (!match) return null;
  const month = `${match[2]}-${match[1].padStart(2, '0')}`;
  return isMonth(month) ? month : null;
}

/** The month `delta` months after (or before) the given one. */
export function shiftMonth(month: string, delta: number): string {
  const [year, m] = month.split('-').map(Number);
  const index = year * 12 + (m - 1) + delta;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/**
 * The weeks of a month as a calendar shows them, Monday first (as Vietnamese calendars are): each week seven
 * ISO days or null for the days of the neighbouring months.
 */
export function calendarWeeks(month: string): Array<Array<string | null>> {
  const [year, m] = month.split('-').map(Number);
  const days = new Date(Date.UTC(year, m, 0)).getUTCDate();
  // getUTCDay: 0 is Sunday; Monday-first columns put Sunday last.
  const lead = (new Date(Date.UTC(year, m - 1, 1)).getUTCDay() + 6) % 7;
  const cells: Array<string | null> = Array.from({ length: lead }, () => null);
  for (let day = 1; day <= days; day += 1) cells.push(`${month}-${String(day).padStart(2, '0')}`);
  while (cells.length % 7 !== 0) cells.push(null);
  const weeks: Array<Array<string | null>> = [];
  for (let i = 0; i < cells.length; i += 7) weeks.push(cells.slice(i, i + 7));
  return weeks;
}

/** A share (0.935) as a percentage in the reader's language: "93,5%" in Vietnamese, "93.5%" in English. */
export function formatPercent(share: number | null | undefined, locale: string): string {
  if (share == null || Number.isNaN(share)) return '';
  return new Intl.NumberFormat(locale === 'en' ? 'en-US' : 'vi-VN', { style: 'percent', maximumFractionDigits: 1 }).format(share);
}
