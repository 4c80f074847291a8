import { isQuarterKey, quarterKeyOf, quarterPeriod } from './dates';
import { type Finding, findingUnder, MEETING_RULE_SETS, type MeetingRules, meetingRuleSetsOn } from './meeting-rules';
import type { RuleSet } from './rule-sets';

/** Rule sets in force on every day of a half-open period. */
function inForceThroughout(sets: RuleSet<MeetingRules>[], from: string, to: string): RuleSet<MeetingRules>[] {
  return sets.filter((s) => s.validFrom <= from && (s.validTo == null || s.validTo >= to));
}

/** A branch's thematic meetings over a quarter. */
export interface QuarterFacts {
  /** The quarter, "YYYY-Qn" (or any day in it). */
  quarter: string;
  branchFoundedOn: string;
  branchDissolvedOn?: string | null;
  /** Thematic and combined meetings the branch held in the quarter. */
  thematicHeld: number;
}

/**
 * Judges a branch's quarter by `thematicPerQuarter` of each rule set in force for the whole quarter: a branch that
 * existed for the whole quarter and held fewer thematic (or combined) meetings gets THEMATIC_MISSING.
 */
export function judgeQuarter(facts: QuarterFacts, sets: RuleSet<MeetingRules>[] = MEETING_RULE_SETS): Finding[] {
  const { from, to } = quarterPeriod(facts.quarter);
  const existedThroughout = facts.branchFoundedOn <= from && (facts.branchDissolvedOn == null || facts.branchDissolvedOn >= to);
  if (!existedThroughout) return [];
  const key = isQuarterKey(facts.quarter) ? facts.quarter : quarterKeyOf(facts.quarter);
  const label = `${key.slice(6)}/${key.slice(0, 4)}`;
  return inForceThroughout(sets, from, to)
    .filter((s) => s.rules.thematicPerQuarter != null && facts.thematicHeld < s.rules.thematicPerQuarter)
    .map((s) => {
      const need = s.rules.thematicPerQuarter as number;
      return findingUnder(s, 'THEMATIC_MISSING', `Quý ${label} có ${facts.thematicHeld} buổi sinh hoạt chuyên đề, cần ít nhất ${need}.`,
        { threshold: need, actual: facts.thematicHeld, unit: 'COUNT' });
    });
}

/** Whether a quarter's thematic meeting is worth an alert on a day: once the quarter's last month has begun. */
export function thematicAlertDue(quarter: string, today: string): boolean {
  const { to } = quarterPeriod(quarter);
  const [year, month] = [Number(to.slice(0, 4)), Number(to.slice(5, 7))];
  const lastMonth = month === 1 ? `${year - 1}-12` : `${year}-${String(month - 1).padStart(2, '0')}`;
  return today >= `${lastMonth}-01`;
}

/** Members' tasks of a year under an organization. */
export interface MemberTaskYearFacts {
  year: number;
  /** Members working (not retired, not exempt) on the day judged. */
  workingMemberIds: Array<number | string>;
  /** Members holding a task for the year. */
  taskedMemberIds: Array<number | string>;
  /** The day judged, for the rule sets in force; the year's last day when omitted. */
  asOf?: string;
}

/** Judges a year's member tasks by `everyWorkingMemberTasked`: MEMBERS_WITHOUT_TASK with the count of those left. */
export function judgeMemberTasks(facts: MemberTaskYearFacts, sets: RuleSet<MeetingRules>[] = MEETING_RULE_SETS): Finding[] {
  const tasked = new Set(facts.taskedMemberIds);
  const missing = new Set(facts.workingMemberIds.filter((id) => !tasked.has(id))).size;
  return judgeMembersWithoutTask(facts.year, missing, facts.asOf, sets);
}

/**
 * The same judgement from a count already made (in SQL): `withoutTask` working members of a branch hold no task for
 * the year, judged by the rule sets in force on `asOf` (the year's last day when omitted).
 */
export function judgeMembersWithoutTask(year: number, withoutTask: number, asOf?: string, sets: RuleSet<MeetingRules>[] = MEETING_RULE_SETS): Finding[] {
  if (withoutTask === 0) return [];
  return meetingRuleSetsOn(sets, asOf ?? `${year}-12-31`)
    .filter((s) => s.rules.everyWorkingMemberTasked)
    .map((s) => findingUnder(s, 'MEMBERS_WITHOUT_TASK', `${withoutTask} đảng viên đang công tác chưa được phân công nhiệm vụ năm ${year}.`,
      { threshold: 0, actual: withoutTask, unit: 'COUNT' }));
}

/**
 * Whether a standing committee member's visit to a branch respects rotation: the branch is not among those they
 * visited in the previous `rotationQuarters` quarters. `pastVisitBranchIdsByQuarter` lists those branches by
 * quarter, the quarter before the visit first. No rule (null or 0) is always respected.
 */
export function rotationRespected<T extends number | string>(branchId: T, pastVisitBranchIdsByQuarter: ReadonlyArray<ReadonlyArray<T>>, rotationQuarters: number | null | undefined): boolean {
  if (!rotationQuarters || rotationQuarters < 1) return true;
  return !pastVisitBranchIdsByQuarter.slice(0, rotationQuarters).some((ids) => ids.includes(branchId));
}
