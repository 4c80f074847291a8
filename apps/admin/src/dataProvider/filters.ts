/** Turning react-admin's flat filter objects into the API's typed filter inputs. */

export type Values = Record<string, unknown>;

/** Today as the API counts it: the calendar day in Vietnam, whatever the browser's time zone. */
export function todayInVietnam(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Asia/Ho_Chi_Minh',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);
}

/** This year in Vietnam, as a number. */
export function thisYear(now: Date = new Date()): number {
  return Number(todayInVietnam(now).slice(0, 4));
}

/** Which react-admin filter keys a resource understands, and how each becomes part of the API filter. */
export interface FilterShape {
  /** Passed as they are (ids, dates, booleans). */
  scalars?: readonly string[];
  /** List-valued in the API; a single value from a select input is wrapped in a list. */
  lists?: readonly string[];
  /** `<name>_gte` / `<name>_lte` become `<name>: { from, to }`. */
  ranges?: readonly string[];
  /** Whether `q` (react-admin's full-text filter) maps onto `search`. */
  search?: boolean;
}

const isBlank = (value: unknown) =>
  value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0);

/**
 * Builds the API filter from react-admin's filter values. Keys the shape does not name are dropped: the API's
 * filter inputs are strict, and an unknown key would fail the whole query instead of being ignored.
 */
export function mapFilter(shape: FilterShape, filter: Values | undefined): Values {
  const source = filter ?? {};
  const out: Values = {};
  if (shape.search && typeof source.q === 'string' && source.q.trim() !== '') out.search = source.q.trim();
  for (const key of shape.scalars ?? []) {
    if (!isBlank(source[key])) out[key] = source[key];
  }
  for (const key of shape.lists ?? []) {
    const value = source[key];
    if (!isBlank(value)) out[key] = Array.isArray(value) ? value : [value];
  }
  for (const key of shape.ranges ?? []) {
    const from = source[`${key}_gte`];
    const to = source[`${key}_lte`];
    if (!isBlank(from) || !isBlank(to)) {
      out[key] = { ...(isBlank(from) ? {} : { from }), ...(isBlank(to) ? {} : { to }) };
    }
  }
  return out;
}
