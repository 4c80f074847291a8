/**
 * Calendar dates as ISO strings ("YYYY-MM-DD"). Every dated period in the domain is half-open:
 * the start day is covered, the end day is the first day no longer covered; a missing end is open.
 */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar date written as YYYY-MM-DD. */
export function isIsoDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [, y, m, d] = match.map(Number);
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** Today's date in Vietnam (UTC+7), the time zone every period of the plan is counted in. */
export function todayInVietnam(now: Date = new Date()): string {
  return new Date(now.getTime() + 7 * 3600_000).toISOString().slice(0, 10);
}

/** A half-open period [from, to). */
export interface Period {
  from: string;
  to?: string | null;
}

/** True when the period covers the given day. */
export function covers(period: Period, day: string): boolean {
  return period.from <= day && (period.to == null || day < period.to);
}

/** True when two half-open periods share at least one day. */
export function overlaps(a: Period, b: Period): boolean {
  const aEndsAfterBStarts = a.to == null || b.from < a.to;
  const bEndsAfterAStarts = b.to == null || a.from < b.to;
  return aEndsAfterBStarts && bEndsAfterAStarts;
}

/** Adds days to an ISO date. */
export function addDays(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** A day as Vietnamese users write it, dd/MM/yyyy, for messages. */
export function formatDay(day: string): string {
  const [y, m, d] = day.split('-');
  return `${d}/${m}/${y}`;
}
