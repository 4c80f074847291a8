import type { Validator } from 'react-admin';
import { isIsoDay } from './days';

type Values = Record<string, unknown>;

const valueAt = (values: Values, path: string): unknown =>
  path.split('.').reduce<unknown>((node, key) => (node && typeof node === 'object' ? (node as Values)[key] : undefined), values);

/**
 * An end day must come after the start day (periods are half-open: the end is the first day not covered);
 * with `orSame`, the same day is allowed too (a member may join a branch on the day of admission).
 * Returns a translation key, as every validator of the panel does.
 */
export function after(startSource: string, message = 'chibo.validation.end_after_start', orSame = false): Validator {
  return (value: unknown, values: Values) => {
    const start = valueAt(values, startSource);
    if (!isIsoDay(value) || !isIsoDay(start)) return undefined;
    return value < start || (value === start && !orSame) ? message : undefined;
  };
}

/** A day of record (birth, admission) cannot lie in the future. */
export function notAfter(today: string): Validator {
  return (value: unknown) => (isIsoDay(value) && value > today ? 'chibo.validation.not_in_future' : undefined);
}
