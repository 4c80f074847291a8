import { addDays, quarterKeyOf, quarterPeriod } from '@chibo/domain';
import type { PlannedMeetingRef } from '../../dataProvider/supervisionTypes';

/**
 * The quarter board's arithmetic: the weeks of a quarter (Monday to Sunday, as the planner spreads visits), where a
 * visit falls, and the conflicts an office must see before the schedule goes out.
 */

/** A column of the board: one week, cut to the quarter (the first and last weeks may be short). */
export interface WeekColumn {
  /** The week's Monday, which may fall before the quarter. */
  key: string;
  /** First and last day of the week inside the quarter, both included. */
  from: string;
  to: string;
}

/** The Monday of the week (Monday to Sunday) that holds the day. */
export function mondayOf(day: string): string {
  const weekday = (new Date(`${day}T00:00:00Z`).getUTCDay() + 6) % 7;
  return addDays(day, -weekday);
}

/** The weeks of a quarter, in order: "2026-Q4" → 14 weeks, from Thursday 01/10 – Sunday 04/10 to Monday 28/12 – Thursday 31/12. */
export function weekColumns(quarter: string): WeekColumn[] {
  const { from, to } = quarterPeriod(quarter);
  const last = addDays(to, -1);
  const weeks: WeekColumn[] = [];
  for (let monday = mondayOf(from); monday <= last; monday = addDays(monday, 7)) {
    // Days are ISO strings: compared as text, not as numbers (Math.min would give NaN).
    const week = { key: monday, from: monday, to: addDays(monday, 6) };
    if (week.from < from) week.from = from;
    if (week.to > last) week.to = last;
    weeks.push(week);
  }
  return weeks;
}

/** The column a day falls in, or -1 outside the quarter. */
export function weekIndex(weeks: readonly WeekColumn[], day: string): number {
  return weeks.findIndex((week) => week.from <= day && day <= week.to);
}

/** The months over the weeks, for the header above them: a week counts in the month its first day (in the quarter) is in. */
export function monthSpans(weeks: readonly WeekColumn[]): Array<{ month: string; weeks: number }> {
  const spans: Array<{ month: string; weeks: number }> = [];
  for (const week of weeks) {
    const month = week.from.slice(0, 7);
    const last = spans[spans.length - 1];
    if (last?.month === month) last.weeks += 1;
    else spans.push({ month, weeks: 1 });
  }
  return spans;
}

/** The quarter after: "2026-Q4" → "2027-Q1". */
export function nextQuarter(quarter: string): string {
  return quarterKeyOf(quarterPeriod(quarter).to);
}

/** The quarter of a day ("YYYY-Qn"). */
export const quarterOf = quarterKeyOf;

/** The day a visit is (or was) made: the planned meeting's held day, else its planned day; none without a meeting. */
export function visitDay(meeting: Pick<PlannedMeetingRef, 'plannedOn' | 'heldOn'> | null | undefined): string | null {
  return meeting?.heldOn ?? meeting?.plannedOn ?? null;
}

/** What the board needs of a visit: whose, where, when (null: some day of the quarter). */
export interface BoardVisit {
  key: string;
  memberId: string;
  branchId: string;
  day: string | null;
}

/**
 * Why a visit needs a second look: the member has another visit that day (SAME_DAY), or another member visits the
 * same branch this quarter (SHARED_BRANCH: the planner does so only when members outnumber branches).
 */
export type VisitConflict = 'SAME_DAY' | 'SHARED_BRANCH';

/** The conflicts of each visit, by key; visits without any are left out. */
export function visitConflicts(visits: readonly BoardVisit[]): Map<string, VisitConflict[]> {
  const byMemberDay = new Map<string, BoardVisit[]>();
  const membersByBranch = new Map<string, Set<string>>();
  for (const visit of visits) {
    if (visit.day) {
      const key = `${visit.memberId}|${visit.day}`;
      byMemberDay.set(key, [...(byMemberDay.get(key) ?? []), visit]);
    }
    const members = membersByBranch.get(visit.branchId) ?? new Set<string>();
    members.add(visit.memberId);
    membersByBranch.set(visit.branchId, members);
  }
  const conflicts = new Map<string, VisitConflict[]>();
  const add = (visit: BoardVisit, conflict: VisitConflict) => conflicts.set(visit.key, [...(conflicts.get(visit.key) ?? []), conflict]);
  for (const visit of visits) {
    if (visit.day && (byMemberDay.get(`${visit.memberId}|${visit.day}`)?.length ?? 0) > 1) add(visit, 'SAME_DAY');
    if ((membersByBranch.get(visit.branchId)?.size ?? 0) > 1) add(visit, 'SHARED_BRANCH');
  }
  return conflicts;
}

/** A row of the board: a member, their visits week by week, and those not yet given a day. */
export interface BoardRow<V extends BoardVisit> {
  memberId: string;
  weeks: V[][];
  undated: V[];
}

/**
 * The board's rows: the members listed (standing committee members, in the order given) and anyone else with a
 * visit, each with their visits in the week they fall in, sorted by day. A dated visit outside the quarter counts as
 * undated (it should not happen: the API keeps planned meetings inside the assignment's quarter).
 */
export function boardRows<V extends BoardVisit>(memberIds: readonly string[], visits: readonly V[], weeks: readonly WeekColumn[]): BoardRow<V>[] {
  const order = [...new Set([...memberIds, ...visits.map((v) => v.memberId)])];
  const rows = new Map(order.map((memberId) => [memberId, { memberId, weeks: weeks.map(() => [] as V[]), undated: [] as V[] }]));
  const sorted = [...visits].sort((a, b) => (a.day ?? '').localeCompare(b.day ?? ''));
  for (const visit of sorted) {
    const row = rows.get(visit.memberId);
    if (!row) continue;
    const index = visit.day ? weekIndex(weeks, visit.day) : -1;
    if (index >= 0) row.weeks[index].push(visit);
    else row.undated.push(visit);
  }
  return [...rows.values()];
}
