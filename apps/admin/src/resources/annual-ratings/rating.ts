import {
  type MeetingQualityPart,
  RATING_LEVEL_ORDER,
  RATING_RULE_SETS,
  type RatingLevel as DomainLevel,
  type RatingOutcome,
  type RatingRules,
  ratingOutcome,
} from '@chibo/domain';
import type { RatingLevel } from '@chibo/graphql-types';
import type { Viewer } from '../../auth/viewer';
import type { RatingCriterionRecord, RatingDocumentRecord, RatingRowRecord } from './api';

/**
 * The rules of the annual rating pages that need no screen: which year they open on, who may see and enter what, the
 * total and level a committee's entry would give before it is saved, and how a criterion reads in a cell.
 */

/** Months of the new year in which the office is still rating the year before (the review is held by February). */
export const RATING_SEASON_MONTHS = 2;
/** Years offered before the current one. */
export const YEARS_BACK = 5;

/** The year the pages open on: last year until the end of February, this year from March. */
export function defaultRatingYear(today: string): number {
  const year = Number(today.slice(0, 4));
  return Number(today.slice(5, 7)) <= RATING_SEASON_MONTHS ? year - 1 : year;
}

/** The years that can be rated, the current one first (the API refuses a later one). */
export function ratingYears(today: string): number[] {
  const year = Number(today.slice(0, 4));
  return Array.from({ length: YEARS_BACK + 1 }, (_, i) => year - i);
}

/** The year asked in the address when it is one of those offered, else the default. */
export function chosenYear(asked: string | null, today: string): number {
  const year = Number(asked);
  return ratingYears(today).includes(year) ? year : defaultRatingYear(today);
}

export interface RatingRights {
  /** The page is in the menu and opens. */
  open: boolean;
  /** Members' tables (personal data). */
  members: boolean;
  /** Enters the committee's part for branches (committee members and the party office). */
  rateBranches: boolean;
  /** Enters it for members (also a branch secretary, for their branch). */
  rateMembers: boolean;
  /** A secretary's reach is their branch: the page opens on its members. */
  ownBranch: string | undefined;
}

/** What the viewer may do on the rating pages, as the API decides it (RATE: supervise or record meetings). */
export function ratingRights(viewer: Pick<Viewer, 'role' | 'organizationId' | 'can'> | null | undefined): RatingRights {
  if (!viewer) return { open: false, members: false, rateBranches: false, rateMembers: false, ownBranch: undefined };
  const secretary = viewer.role === 'BRANCH_SECRETARY';
  return {
    open: true,
    members: viewer.can.readPersonalData,
    rateBranches: viewer.can.supervise,
    rateMembers: viewer.can.supervise || viewer.can.recordMeetings,
    ownBranch: secretary ? viewer.organizationId : undefined,
  };
}

/** The domain's rules of the document the API rated the year by. */
export function rulesOf(document: Pick<RatingDocumentRecord, 'documentNumber'>): RatingRules {
  const set = RATING_RULE_SETS.find((s) => s.documentNumber === document.documentNumber);
  if (!set) throw new Error(`Unknown rating document ${document.documentNumber}`);
  return set.rules;
}

/** What the committee types: points as text (a comma is a decimal point), a level, or nothing yet. */
export interface Entry {
  points: string;
  level: RatingLevel | '';
}

/** The points typed, as a number; null when blank, NaN when not a number. */
export function parsePoints(text: string): number | null {
  const trimmed = text.trim().replace(',', '.');
  if (trimmed === '') return null;
  return /^\d+(\.\d+)?$/.test(trimmed) ? Number(trimmed) : Number.NaN;
}

/**
 * The total and level the row would have with the entry, as the API will compute them (the domain's ratingOutcome
 * over the meeting part the API gave); null while the points typed are not a number or out of the committee's range
 * (the API will refuse them).
 */
export function previewOutcome(
  row: Pick<RatingRowRecord, 'meetingPoints' | 'meetingPartMax' | 'proposedLevel'> & { removalGrounds?: boolean },
  entry: Entry,
  rules: RatingRules,
): RatingOutcome | null {
  const points = parsePoints(entry.points);
  if (points !== null && Number.isNaN(points)) return null;
  if (points !== null && rules.scale === 'POINTS' && points > (rules.maxPoints ?? 100) - row.meetingPartMax) return null;
  const part: MeetingQualityPart = {
    points: row.meetingPoints,
    maxPoints: row.meetingPartMax,
    proposedLevel: row.proposedLevel as DomainLevel | null,
    criteria: [],
    removalGrounds: row.removalGrounds ?? false,
  };
  return ratingOutcome(part, { points: rules.scale === 'POINTS' ? points : null, level: (entry.level || null) as DomainLevel | null }, rules);
}

/** The levels the committee may enter: all four under a levels-only rule set; under points only those below the total's. */
export function levelChoices(rules: RatingRules, byPoints: RatingLevel | null): RatingLevel[] {
  if (rules.scale !== 'POINTS') return RATING_LEVEL_ORDER;
  if (!byPoints) return [];
  return RATING_LEVEL_ORDER.slice(RATING_LEVEL_ORDER.indexOf(byPoints as DomainLevel) + 1);
}

/** The editor's starting entry: what is saved. */
export function entryOf(row: Pick<RatingRowRecord, 'rating'>): Entry {
  return { points: row.rating?.points != null ? String(row.rating.points) : '', level: row.rating?.level ?? '' };
}

/** How a criterion reads in its cell. */
export type CriterionValue =
  | { kind: 'none' }
  | { kind: 'share'; numerator: number; denominator: number; percent: number }
  | { kind: 'count'; count: number; max: number | null }
  | { kind: 'yes'; yes: boolean };

/** Yes/no criteria (a member holds a task). */
const YES_NO = new Set(['HAS_TASK']);

/** A criterion's value as its cell shows it: a share (12/12, 100 %), a count (0, at most 3) or yes/no. */
export function criterionValue(c: RatingCriterionRecord): CriterionValue {
  if (c.met === null || c.value === null) return { kind: 'none' };
  if (c.numerator !== null && c.denominator !== null) {
    return { kind: 'share', numerator: c.numerator, denominator: c.denominator, percent: Math.round((c.numerator / c.denominator) * 1000) / 10 };
  }
  if (YES_NO.has(c.code)) return { kind: 'yes', yes: c.value === 1 };
  return { kind: 'count', count: c.value, max: c.target };
}

/** Points as the reader's language writes them, at most two decimals: 27,81 in Vietnamese. */
export function formatPoints(value: number, locale: string): string {
  return new Intl.NumberFormat(locale === 'en' ? 'en-US' : 'vi-VN', { maximumFractionDigits: 2 }).format(value);
}

/** The level a row ends with, or why none: pending while the committee's part is missing. */
export function shownLevel(row: Pick<RatingRowRecord, 'level' | 'pending'>): RatingLevel | 'PENDING' | null {
  if (row.pending) return 'PENDING';
  return row.level;
}
