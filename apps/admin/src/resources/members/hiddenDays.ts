type DatedStatuses = { status?: string; officialOn?: string | null; workStatus?: string; retiredOn?: string | null };

/**
 * The days hidden inputs still hold, cleared before saving: a probationary member has no official day, a working
 * member no retirement day (the API refuses either).
 */
export function withoutHiddenDays<T extends DatedStatuses>(data: T): T {
  const official = data.status === 'OFFICIAL' ? {} : { officialOn: null };
  const retired = data.workStatus === 'RETIRED' ? {} : { retiredOn: null };
  return { ...data, ...official, ...retired };
}
