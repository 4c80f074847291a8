import { quarterKeyOf } from '@chibo/domain';
import { shiftMonth } from '../common/times';

/**
 * The periods the figures are read over, as the office names them: a month, a quarter, a half-year or a year. The
 * API takes each as one field of its PeriodInput; the trend charts and the report read the months they span.
 */

export type PeriodKind = 'month' | 'quarter' | 'half' | 'year';

export const PERIOD_KINDS: readonly PeriodKind[] = ['month', 'quarter', 'half', 'year'];

/** A period: its kind and its key ("2026-11", "2026-Q4", "2026-H2", "2026"). */
export interface Period {
  kind: PeriodKind;
  key: string;
}

/** The API's PeriodInput for a period: exactly one field set. */
export type PeriodInput = { month: string } | { quarter: string } | { half: string } | { year: number };

type Translate = (key: string, options?: Record<string, unknown>) => string;

/** How many periods of each kind the chooser offers, this one included. */
const CHOICES: Record<PeriodKind, number> = { month: 24, quarter: 8, half: 4, year: 3 };

const ROMAN = ['I', 'II', 'III', 'IV'];

/** The period of a kind holding a day: "2026-11-28" → month 2026-11, quarter 2026-Q4, half 2026-H2, year 2026. */
export function periodOf(kind: PeriodKind, day: string): Period {
  const month = Number(day.slice(5, 7));
  const year = day.slice(0, 4);
  switch (kind) {
    case 'month':
      return { kind, key: day.slice(0, 7) };
    case 'quarter':
      return { kind, key: quarterKeyOf(day) };
    case 'half':
      return { kind, key: `${year}-H${month <= 6 ? 1 : 2}` };
    default:
      return { kind, key: year };
  }
}

/** The first and last months of a period, YYYY-MM. */
export function periodMonths(period: Period): { from: string; to: string } {
  const year = Number(period.key.slice(0, 4));
  switch (period.kind) {
    case 'month':
      return { from: period.key, to: period.key };
    case 'quarter': {
      const first = (Number(period.key.slice(6)) - 1) * 3 + 1;
      const from = `${year}-${String(first).padStart(2, '0')}`;
      return { from, to: shiftMonth(from, 2) };
    }
    case 'half': {
      const from = period.key.endsWith('H1') ? `${year}-01` : `${year}-07`;
      return { from, to: shiftMonth(from, 5) };
    }
    default:
      return { from: `${year}-01`, to: `${year}-12` };
  }
}

/** The period `delta` periods of the same kind after (or before) it. */
export function shiftPeriod(period: Period, delta: number): Period {
  const { from } = periodMonths(period);
  const step = { month: 1, quarter: 3, half: 6, year: 12 }[period.kind];
  return periodOf(period.kind, `${shiftMonth(from, delta * step)}-01`);
}

/** The periods of a kind offered on a day: the current one first, then those before it. */
export function periodChoices(kind: PeriodKind, today: string): Period[] {
  const current = periodOf(kind, today);
  return Array.from({ length: CHOICES[kind] }, (_, back) => shiftPeriod(current, -back));
}

/** A period as the API takes it. */
export function periodInput(period: Period): PeriodInput {
  switch (period.kind) {
    case 'month':
      return { month: period.key };
    case 'quarter':
      return { quarter: period.key };
    case 'half':
      return { half: period.key };
    default:
      return { year: Number(period.key) };
  }
}

/** A period as the query string of the API's exports: "quarter=2026-Q4". */
export function periodQuery(period: Period): Record<string, string> {
  return Object.fromEntries(Object.entries(periodInput(period)).map(([name, value]) => [name, String(value)]));
}

/** A period in the panel's words: "11/2026", "Quý IV/2026", "6 tháng đầu năm 2026", "Năm 2026" (English likewise). */
export function periodLabel(period: Period, translate: Translate): string {
  const year = period.key.slice(0, 4);
  switch (period.kind) {
    case 'month':
      return translate('chibo.indicators.period.month_of', { month: period.key.slice(5, 7), year });
    case 'quarter':
      return `${translate(`chibo.plan.quarters.${period.key.slice(6)}`)}/${year}`;
    case 'half':
      return translate(period.key.endsWith('H1') ? 'chibo.indicators.period.first_half' : 'chibo.indicators.period.second_half', { year });
    default:
      return translate('chibo.indicators.period.year_of', { year });
  }
}

/** A period as a party document writes it, in Vietnamese: "tháng 11 năm 2026", "quý IV năm 2026", "6 tháng đầu năm 2026", "năm 2026". */
export function writtenPeriod(period: Period): string {
  const year = period.key.slice(0, 4);
  switch (period.kind) {
    case 'month':
      return `tháng ${period.key.slice(5, 7)} năm ${year}`;
    case 'quarter':
      return `quý ${ROMAN[Number(period.key.slice(6)) - 1]} năm ${year}`;
    case 'half':
      return `6 tháng ${period.key.endsWith('H1') ? 'đầu' : 'cuối'} năm ${year}`;
    default:
      return `năm ${year}`;
  }
}

/**
 * The twelve months the trend charts show for a period: the twelve ending with its last month, or with this month
 * when the period runs on past it (months not begun have nothing to count).
 */
export function trendMonths(period: Period, today: string): { from: string; to: string } {
  const last = periodMonths(period).to;
  const current = today.slice(0, 7);
  const [to] = [last, current].sort();
  return { from: shiftMonth(to, -11), to };
}

/** Whether a text is a period key of the kind (a choice kept in the store from another version, or typed in a URL). */
export function isPeriod(value: unknown): value is Period {
  if (!value || typeof value !== 'object') return false;
  const { kind, key } = value as Period;
  const patterns: Record<PeriodKind, RegExp> = {
    month: /^\d{4}-(0[1-9]|1[0-2])$/,
    quarter: /^\d{4}-Q[1-4]$/,
    half: /^\d{4}-H[12]$/,
    year: /^\d{4}$/,
  };
  return PERIOD_KINDS.includes(kind) && typeof key === 'string' && patterns[kind].test(key);
}
