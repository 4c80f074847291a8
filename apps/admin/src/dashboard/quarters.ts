import { quarterPeriod } from '@chibo/domain';

type Translate = (key: string, options?: Record<string, unknown>) => string;

const parse = (quarter: string) => ({ year: Number(quarter.slice(0, 4)), q: Number(quarter.slice(6)) });

/** A quarter and the ones before it, latest first: "2026-Q1", 3 → ["2026-Q1", "2025-Q4", "2025-Q3"]. */
export function recentQuarters(quarter: string, count: number): string[] {
  const { year, q } = parse(quarter);
  return Array.from({ length: count }, (_, back) => {
    const index = year * 4 + (q - 1) - back;
    return `${Math.floor(index / 4)}-Q${(index % 4) + 1}`;
  });
}

/** A quarter as the office writes it: "Quý IV/2026" (Q4/2026 in English). */
export function quarterLabel(quarter: string, translate: Translate): string {
  const { year, q } = parse(quarter);
  return `${translate(`chibo.plan.quarters.${q}`)}/${year}`;
}

/** The first day of a quarter's last month, from which a branch without its thematic meeting is flagged. */
export function lastMonthBegins(quarter: string): string {
  const { from } = quarterPeriod(quarter);
  const month = Number(from.slice(5, 7)) + 2;
  return `${from.slice(0, 4)}-${String(month).padStart(2, '0')}-01`;
}
