import { describe, expect, it } from 'vitest';
import { type RatingCriterionRecord, ratingInput } from './api';
import {
  chosenYear,
  criterionValue,
  defaultRatingYear,
  formatPoints,
  levelChoices,
  parsePoints,
  previewOutcome,
  ratingRights,
  ratingYears,
  rulesOf,
  shownLevel,
} from './rating';
import { ratingHref } from './scope';

const POINTS = rulesOf({ documentNumber: '366-QĐ/TW' });
const LEVELS = rulesOf({ documentNumber: '124-QĐ/TW' });
const can = { editStructure: false, recordMeetings: false, readPersonalData: false, readAudit: false, supervise: false };

describe('the year the rating pages open on', () => {
  it('is last year until the end of February, this year from March', () => {
    expect(defaultRatingYear('2027-01-15')).toBe(2026);
    expect(defaultRatingYear('2027-02-28')).toBe(2026);
    expect(defaultRatingYear('2027-03-01')).toBe(2027);
    expect(defaultRatingYear('2026-11-28')).toBe(2026);
  });

  it('offers the current year and five before it, and takes an asked year only among them', () => {
    expect(ratingYears('2026-11-28')).toEqual([2026, 2025, 2024, 2023, 2022, 2021]);
    expect(chosenYear('2024', '2026-11-28')).toBe(2024);
    expect(chosenYear('2027', '2026-11-28')).toBe(2026);
    expect(chosenYear(null, '2027-02-01')).toBe(2026);
    expect(chosenYear('abc', '2026-11-28')).toBe(2026);
  });
});

describe('who may do what', () => {
  it('lets the office and committee members rate branches and members, a secretary members of their branch only', () => {
    expect(ratingRights({ role: 'ADMINISTRATOR', organizationId: '1', can: { ...can, supervise: true, recordMeetings: true, readPersonalData: true } })).toEqual({
      open: true, members: true, rateBranches: true, rateMembers: true, ownBranch: undefined,
    });
    expect(ratingRights({ role: 'COMMITTEE_MEMBER', organizationId: '1', can: { ...can, supervise: true, readPersonalData: true } })).toMatchObject({ rateBranches: true, rateMembers: true });
    expect(ratingRights({ role: 'BRANCH_SECRETARY', organizationId: '7', can: { ...can, recordMeetings: true, readPersonalData: true } })).toEqual({
      open: true, members: true, rateBranches: false, rateMembers: true, ownBranch: '7',
    });
  });

  it('gives the analyst the branches’ table read-only, without members', () => {
    expect(ratingRights({ role: 'ANALYST', organizationId: '1', can })).toEqual({ open: true, members: false, rateBranches: false, rateMembers: false, ownBranch: undefined });
    expect(ratingRights(null).open).toBe(false);
  });
});

describe('the total and level before saving', () => {
  const branchA = { meetingPoints: 27.81, meetingPartMax: 30, proposedLevel: null };

  it('adds the committee’s points to the meeting part and takes the band, as the API does (366-QĐ/TW)', () => {
    expect(previewOutcome(branchA, { points: '60', level: '' }, POINTS)).toEqual({ total: 87.81, levelByPoints: 'GOOD', level: 'GOOD', pending: false });
    expect(previewOutcome(branchA, { points: '62,19', level: '' }, POINTS)).toMatchObject({ total: 90, level: 'OUTSTANDING' });
    expect(previewOutcome(branchA, { points: '62.19', level: 'GOOD' }, POINTS)).toMatchObject({ total: 90, levelByPoints: 'OUTSTANDING', level: 'GOOD' });
    expect(previewOutcome(branchA, { points: '', level: '' }, POINTS)).toMatchObject({ total: null, pending: true });
    expect(previewOutcome(branchA, { points: 'bảy mươi', level: '' }, POINTS)).toBeNull();
    // Above the committee's 70 (100 less the meeting part's 30): no outcome to show, the API will refuse it.
    expect(previewOutcome(branchA, { points: '70', level: '' }, POINTS)).toMatchObject({ total: 97.81 });
    expect(previewOutcome(branchA, { points: '70,5', level: '' }, POINTS)).toBeNull();
  });

  it('caps a member with grounds for removal, and scales the points of a member no meeting criterion applies to', () => {
    expect(previewOutcome({ meetingPoints: 22.5, meetingPartMax: 30, proposedLevel: null, removalGrounds: true }, { points: '65', level: '' }, POINTS)).toMatchObject({
      total: 87.5, levelByPoints: 'GOOD', level: 'NOT_COMPLETED',
    });
    expect(previewOutcome({ meetingPoints: null, meetingPartMax: 30, proposedLevel: null }, { points: '63', level: '' }, POINTS)).toMatchObject({ total: 90, level: 'OUTSTANDING' });
  });

  it('takes the level entered under a levels-only rule set (124-QĐ/TW), without points', () => {
    expect(previewOutcome({ meetingPoints: null, meetingPartMax: 30, proposedLevel: 'COMPLETED' }, { points: '', level: 'GOOD' }, LEVELS)).toEqual({
      total: null, levelByPoints: null, level: 'GOOD', pending: false,
    });
    expect(previewOutcome({ meetingPoints: null, meetingPartMax: 30, proposedLevel: null }, { points: '', level: '' }, LEVELS)?.pending).toBe(true);
  });

  it('offers only levels below the total’s under points, all four under levels', () => {
    expect(levelChoices(POINTS, 'GOOD')).toEqual(['COMPLETED', 'NOT_COMPLETED']);
    expect(levelChoices(POINTS, null)).toEqual([]);
    expect(levelChoices(LEVELS, null)).toEqual(['OUTSTANDING', 'GOOD', 'COMPLETED', 'NOT_COMPLETED']);
  });

  it('reads typed points with a comma or a point, and refuses other text', () => {
    expect(parsePoints(' 62,5 ')).toBe(62.5);
    expect(parsePoints('70')).toBe(70);
    expect(parsePoints('')).toBeNull();
    expect(parsePoints('-3')).toBeNaN();
    expect(parsePoints('1e2')).toBeNaN();
  });
});

describe('cells', () => {
  const criterion = (patch: Partial<RatingCriterionRecord>): RatingCriterionRecord => ({
    code: 'REGULAR_HELD', label: '', value: 1, numerator: null, denominator: null, target: 1, points: 10, maxPoints: 10, met: true, reason: '', ...patch,
  });

  it('reads shares, counts, yes/no and criteria that do not apply', () => {
    expect(criterionValue(criterion({ value: 0.8056, numerator: 29, denominator: 36 }))).toEqual({ kind: 'share', numerator: 29, denominator: 36, percent: 80.6 });
    expect(criterionValue(criterion({ code: 'EXCUSED_RUN', value: 4, target: 3, met: false }))).toEqual({ kind: 'count', count: 4, max: 3 });
    expect(criterionValue(criterion({ code: 'HAS_TASK', value: 0, target: null, met: false }))).toEqual({ kind: 'yes', yes: false });
    expect(criterionValue(criterion({ value: null, met: null }))).toEqual({ kind: 'none' });
  });

  it('writes points as the language does and says pending while the committee’s part is missing', () => {
    expect(formatPoints(27.81, 'vi')).toBe('27,81');
    expect(formatPoints(27.81, 'en')).toBe('27.81');
    expect(formatPoints(90, 'vi')).toBe('90');
    expect(shownLevel({ pending: true, level: null })).toBe('PENDING');
    expect(shownLevel({ pending: false, level: 'GOOD' })).toBe('GOOD');
  });
});

describe('the input sent', () => {
  it('sends emptied fields as null so they clear, with the version edited', () => {
    expect(ratingInput({ year: '2026', branchId: 5, memberId: '', points: 62.5, level: '', note: '', decidedOn: null, version: 3 })).toEqual({
      year: 2026, branchId: '5', points: 62.5, level: null, note: null, decidedOn: null, version: 3,
    });
    expect(ratingInput({ year: 2026, branchId: '5', memberId: '9', points: null, level: 'GOOD', note: 'Tốt', decidedOn: '2026-12-20' })).toEqual({
      year: 2026, branchId: '5', memberId: '9', points: null, level: 'GOOD', note: 'Tốt', decidedOn: '2026-12-20',
    });
  });
});

describe('the address of a choice', () => {
  const current = { year: 2026, organizationId: '2', branchId: '25' };

  it('keeps what is not changed, leaves the branch for another committee, and goes back to the branches', () => {
    expect(ratingHref(current, { year: 2025 })).toBe('/annual-ratings?year=2025&organizationId=2&branchId=25');
    expect(ratingHref(current, { organizationId: '4' })).toBe('/annual-ratings?year=2026&organizationId=4');
    expect(ratingHref(current, { branchId: null })).toBe('/annual-ratings?year=2026&organizationId=2');
    expect(ratingHref({ year: 2026, organizationId: '2' }, { branchId: '6' }, true)).toBe('/annual-ratings/print?year=2026&organizationId=2&branchId=6');
  });
});
