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

const QUARTER_KEY = /^(\d{4})-Q([1-4])$/;

/** True for a quarter written as "YYYY-Qn" (n from 1 to 4). */
export function isQuarterKey(value: string): boolean {
  return QUARTER_KEY.test(value);
}

/** The quarter of a day, as "YYYY-Qn". */
export function quarterKeyOf(day: string): string {
  return `${day.slice(0, 4)}-Q${Math.floor((Number(day.slice(5, 7)) - 1) / 3) + 1}`;
}

/** A quarter ("YYYY-Qn", or any day in it) as a half-open period: its first day to the next quarter's first day. */
export function quarterPeriod(quarter: string): { from: string; to: string } {
  const key = isQuarterKey(quarter) ? quarter : quarterKeyOf(quarter);
  const [year, q] = [Number(key.slice(0, 4)), Number(key.slice(6))];
  const month = (n: number) => String(n).padStart(2, '0');
  const from = `${year}-${month(q * 3 - 2)}-01`;
  const to = q === 4 ? `${year + 1}-01-01` : `${year}-${month(q * 3 + 1)}-01`;
  return { from, to };
}
