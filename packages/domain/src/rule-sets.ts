import { covers } from './dates';
import type { StructureRules } from './structure';

/**
 * A rule set is a document with its number, its date and the period it is in force. Thresholds live here
 * as data, never in resolvers; a fact is judged by the rule set in force on its date.
 */
export interface RuleSet<T> {
  /** Document number as issued, e.g. "24-QĐ/TW". A number alone is ambiguous: always keep the date too. */
  documentNumber: string;
  /** Date the document was issued (YYYY-MM-DD). */
  documentDate: string;
  title: string;
  /** First day in force. */
  validFrom: string;
  /** First day no longer in force; open when absent. */
  validTo?: string | null;
  rules: T;
}

/** Rules of the branch structure (Party Charter, art. 24, and the Central Committee's guiding regulation). */
export interface BranchStructureRules extends StructureRules {
  /** A branch needs at least this many official members. */
  minOfficialMembersForBranch: number;
  /** Minimum age on the day of admission. */
  minAdmissionAge: number;
  /** Months of a year with a meeting missed without a valid reason that are grounds for removal from the rolls. */
  unexcusedMonthsForRemoval: number;
}

/** The structure rule sets shipped with the system; administrators may add later ones. */
export const STRUCTURE_RULE_SETS: RuleSet<BranchStructureRules>[] = [
  {
    documentNumber: '29-QĐ/TW',
    documentDate: '2016-07-25',
    title: 'Quy định thi hành Điều lệ Đảng',
    validFrom: '2016-07-25',
    validTo: '2021-07-30',
    rules: { minOfficialMembersForBranch: 3, minOfficialMembersForCommittee: 9, maxCommitteeSeats: 7, minAdmissionAge: 18, unexcusedMonthsForRemoval: 3 },
  },
  {
    documentNumber: '24-QĐ/TW',
    documentDate: '2021-07-30',
    title: 'Quy định thi hành Điều lệ Đảng',
    validFrom: '2021-07-30',
    validTo: null,
    rules: { minOfficialMembersForBranch: 3, minOfficialMembersForCommittee: 9, maxCommitteeSeats: 7, minAdmissionAge: 18, unexcusedMonthsForRemoval: 3 },
  },
];

/** No stored rule set covers the day: a day before the earliest document, or in a gap between two. */
export class NoRuleSetInForce extends Error {
  constructor(readonly day: string) {
    super(`No rule set in force on ${day}`);
    this.name = 'NoRuleSetInForce';
  }
}

/** The rule set in force on a day; throws when none is, because judging by no rule would be silent. */
export function ruleSetInForce<T>(sets: RuleSet<T>[], day: string): RuleSet<T> {
  const found = sets.filter((s) => covers({ from: s.validFrom, to: s.validTo }, day));
  if (found.length === 0) throw new NoRuleSetInForce(day);
  // When two overlap (a new document before the old one is formally ended) the newest one governs.
  return found.sort((a, b) => (a.validFrom < b.validFrom ? 1 : -1))[0];
}

/** How far a branch falls short of the official members it needs, with the document that sets the minimum. */
export interface BranchShortfall {
  minimum: number;
  actual: number;
  shortfall: number;
  documentNumber: string;
  documentDate: string;
}

/**
 * A branch's shortfall of official members on a day under the structure rule set in force, or null when it has
 * enough. Throws NoRuleSetInForce on a day no rule set covers.
 */
export function branchBelowMinimum(officialCount: number, sets: RuleSet<BranchStructureRules>[], day: string): BranchShortfall | null {
  const set = ruleSetInForce(sets, day);
  const minimum = set.rules.minOfficialMembersForBranch;
  if (officialCount >= minimum) return null;
  return { minimum, actual: officialCount, shortfall: minimum - officialCount, documentNumber: set.documentNumber, documentDate: set.documentDate };
}
