import { describe, expect, it } from 'vitest';
import {
  checkEnteredPart, meetingQualityPart, RATING_RULE_SETS, RatingCriterionCode, RatingLevel, ratingLevel, ratingOutcome, ratingRuleSetForYear, RatingSubject,
  type BranchYearFigures, type MemberYearFigures,
} from './rating';
import { NoRuleSetInForce } from './rule-sets';

const POINTS = ratingRuleSetForYear(RATING_RULE_SETS, 2025).rules;
const LEVELS = ratingRuleSetForYear(RATING_RULE_SETS, 2024).rules;
const branch = (f: Partial<BranchYearFigures> = {}) => ({
  subject: RatingSubject.BRANCH as const, regularHeld: 10, regularExpected: 12, thematicHeld: 3, thematicExpected: 4, present: 45, attendees: 50,
  membersTasked: 8, workingMembers: 10, contentComplete: 9, meetingsHeld: 12, ...f,
});
const member = (f: Partial<MemberYearFigures> = {}) => ({
  subject: RatingSubject.MEMBER as const, attended: 9, expected: 12, unexcused: 2, longestExcusedRun: 1, hasTask: false, unexcusedMonths: 2, exempt: false, ...f,
});

describe('rating rule sets', () => {
  it('rates a year by the document in force on its last day: 132 until 2022, 124 for 2023 and 2024, 366 (points) from 2025', () => {
    expect([2018, 2022, 2023, 2024, 2025, 2026].map((y) => ratingRuleSetForYear(RATING_RULE_SETS, y).documentNumber)).toEqual(['132-QĐ/TW', '132-QĐ/TW', '124-QĐ/TW', '124-QĐ/TW', '366-QĐ/TW', '366-QĐ/TW']);
    expect(ratingRuleSetForYear(RATING_RULE_SETS, 2025).documentDate).toBe('2025-08-30');
    expect(() => ratingRuleSetForYear(RATING_RULE_SETS, 2017)).toThrow(NoRuleSetInForce);
  });

  it('maps a total to the band it reaches, bounds included, and gives no level from points under a levels-only set', () => {
    expect([100, 90, 89.99, 70, 69.99, 50, 49.99, 0].map((t) => ratingLevel(t, POINTS))).toEqual([
      RatingLevel.OUTSTANDING, RatingLevel.OUTSTANDING, RatingLevel.GOOD, RatingLevel.GOOD, RatingLevel.COMPLETED, RatingLevel.COMPLETED, RatingLevel.NOT_COMPLETED, RatingLevel.NOT_COMPLETED,
    ]);
    expect(ratingLevel(95, LEVELS)).toBeNull();
  });
});

describe('meetingQualityPart for a branch', () => {
  it('scores each criterion in proportion to its target, as worked by hand (30 points at most)', () => {
    const part = meetingQualityPart(branch(), POINTS);
    // 10×10/12 = 8.33; 5×3/4 = 3.75; 45/50 = 90% reaches the 90% target: 5; 5×8/10 = 4; 5×9/12 = 3.75.
    expect(part.criteria.map((c) => [c.code, c.points, c.met])).toEqual([
      [RatingCriterionCode.REGULAR_HELD, 8.33, false], [RatingCriterionCode.THEMATIC_HELD, 3.75, false], [RatingCriterionCode.ATTENDANCE, 5, true],
      [RatingCriterionCode.MEMBERS_TASKED, 4, false], [RatingCriterionCode.CONTENT_COMPLETE, 3.75, false],
    ]);
    expect(part).toMatchObject({ points: 24.83, maxPoints: 30, proposedLevel: null, removalGrounds: false });
    expect(part.criteria[0]).toMatchObject({ numerator: 10, denominator: 12, value: 0.8333, target: 1 });
    expect(part.criteria[0].reason).toBe('10/12 = 83.3%; chưa đạt mức 100%: 8.33/10 điểm.');
  });

  it('leaves out a criterion that does not apply and scales the others to the part’s maximum', () => {
    // Founded mid-year: no whole quarter, so no thematic meeting was expected; the other 25 points, all earned, scale to 30.
    const part = meetingQualityPart(branch({ regularHeld: 6, regularExpected: 6, thematicHeld: 0, thematicExpected: 0, present: 30, attendees: 30, membersTasked: 5, workingMembers: 5, contentComplete: 6, meetingsHeld: 6 }), POINTS);
    expect(part.criteria[1]).toMatchObject({ code: RatingCriterionCode.THEMATIC_HELD, points: null, met: null, value: null });
    expect(part.criteria[1].reason).toMatch(/^Không áp dụng/);
    expect(part.points).toBe(30);
    // Half the regular meetings held: 5 of 25 applicable points lost → 20 × 30/25 = 24.
    expect(meetingQualityPart(branch({ regularHeld: 3, regularExpected: 6, thematicExpected: 0, thematicHeld: 0, present: 30, attendees: 30, membersTasked: 5, workingMembers: 5, contentComplete: 3, meetingsHeld: 3 }), POINTS).points).toBe(24);
  });

  it('proposes a level under a levels-only set from the criteria not met', () => {
    const all = branch({ regularHeld: 12, thematicHeld: 4, membersTasked: 10, contentComplete: 12 });
    expect(meetingQualityPart(all, LEVELS)).toMatchObject({ points: null, proposedLevel: RatingLevel.GOOD });
    expect(meetingQualityPart({ ...all, regularHeld: 11 }, LEVELS).proposedLevel).toBe(RatingLevel.COMPLETED);
    expect(meetingQualityPart(branch(), LEVELS).proposedLevel).toBe(RatingLevel.NOT_COMPLETED);
    expect(meetingQualityPart(branch(), LEVELS).criteria.every((c) => c.points === null)).toBe(true);
  });
});

describe('meetingQualityPart for a member', () => {
  it('scores attendance, absences, excused runs and the task, as worked by hand', () => {
    const part = meetingQualityPart(member(), POINTS);
    // 9/12 = 75% of a 90% target: 15×0.75/0.9 = 12.5; two unexcused absences: 0 of 5; a run of 1 ≤ 3: 5; no task: 0.
    expect(part.criteria.map((c) => [c.code, c.value, c.points])).toEqual([
      [RatingCriterionCode.MEMBER_ATTENDANCE, 0.75, 12.5], [RatingCriterionCode.UNEXCUSED_ABSENCES, 2, 0], [RatingCriterionCode.EXCUSED_RUN, 1, 5], [RatingCriterionCode.HAS_TASK, 0, 0],
    ]);
    expect(part).toMatchObject({ points: 17.5, maxPoints: 30, removalGrounds: false });
    expect(part.criteria[1].reason).toBe('Vắng không lý do 2 lần; vượt mức tối đa 0: 0/5 điểm.');
    expect(meetingQualityPart(member({ longestExcusedRun: 4 }), POINTS).criteria[2]).toMatchObject({ met: false, points: 0 });
  });

  it('flags grounds for removal at the months the structure rules set, and caps the level', () => {
    const part = meetingQualityPart(member({ unexcusedMonths: 3 }), POINTS);
    expect(part.removalGrounds).toBe(true);
    expect(meetingQualityPart(member({ unexcusedMonths: 3 }), POINTS, 4).removalGrounds).toBe(false);
    expect(ratingOutcome(part, { points: 70 }, POINTS)).toEqual({ total: 87.5, levelByPoints: RatingLevel.GOOD, level: RatingLevel.NOT_COMPLETED, pending: false });
    expect(meetingQualityPart(member({ unexcusedMonths: 3, attended: 12, unexcused: 0, hasTask: true }), LEVELS).proposedLevel).toBe(RatingLevel.NOT_COMPLETED);
  });

  it('applies no meeting criterion to a member exempt all year, and scales the committee’s part to the whole scale', () => {
    const part = meetingQualityPart(member({ attended: 0, expected: 0, unexcused: 0, longestExcusedRun: 0, exempt: true }), POINTS);
    expect(part.points).toBeNull();
    expect(part.criteria.every((c) => c.met === null && c.reason === 'Không áp dụng: Đảng viên được miễn công tác và sinh hoạt đảng.')).toBe(true);
    expect(ratingOutcome(part, { points: 56 }, POINTS)).toMatchObject({ total: 80, level: RatingLevel.GOOD });
  });
});

describe('the committee’s part and the outcome', () => {
  const part = meetingQualityPart(branch(), POINTS);

  it('adds the entered points to the meeting part and takes the band, or a lower level entered', () => {
    expect(ratingOutcome(part, {}, POINTS)).toEqual({ total: null, levelByPoints: null, level: null, pending: true });
    expect(ratingOutcome(part, { points: 60 }, POINTS)).toEqual({ total: 84.83, levelByPoints: RatingLevel.GOOD, level: RatingLevel.GOOD, pending: false });
    expect(ratingOutcome(part, { points: 65.17 }, POINTS).level).toBe(RatingLevel.OUTSTANDING);
    expect(ratingOutcome(part, { points: 65.17, level: RatingLevel.GOOD }, POINTS).level).toBe(RatingLevel.GOOD);
    expect(ratingOutcome(meetingQualityPart(branch(), LEVELS), { level: RatingLevel.COMPLETED }, LEVELS)).toEqual({ total: null, levelByPoints: null, level: RatingLevel.COMPLETED, pending: false });
  });

  it('accepts 0 to 70 points with two decimals and a level no better than the total’s, and refuses the rest naming the field', () => {
    expect(checkEnteredPart({ points: 0 }, POINTS, part, '366-QĐ/TW')).toEqual([]);
    expect(checkEnteredPart({ points: 70, level: RatingLevel.COMPLETED }, POINTS, part, '366-QĐ/TW')).toEqual([]);
    expect(checkEnteredPart({ points: 70.01 }, POINTS, part, '366-QĐ/TW')).toEqual([{ field: 'points', code: 'BAD_USER_INPUT', message: 'Điểm do cấp ủy chấm từ 0 đến 70.' }]);
    expect(checkEnteredPart({ points: -1 }, POINTS, part, '366-QĐ/TW')[0].field).toBe('points');
    expect(checkEnteredPart({ points: 12.345 }, POINTS, part, '366-QĐ/TW')[0].message).toBe('Điểm lấy tối đa hai chữ số thập phân.');
    expect(checkEnteredPart({ points: 60, level: RatingLevel.OUTSTANDING }, POINTS, part, '366-QĐ/TW')[0]).toMatchObject({ field: 'level' });
    expect(checkEnteredPart({ level: RatingLevel.GOOD }, POINTS, part, '366-QĐ/TW')[0]).toMatchObject({ field: 'level' });
    expect(checkEnteredPart({ points: 50 }, LEVELS, part, '124-QĐ/TW')).toEqual([{ field: 'points', code: 'BAD_USER_INPUT', message: 'Quy định 124-QĐ/TW xếp loại theo mức, không chấm điểm: hãy bỏ trống điểm.' }]);
    expect(checkEnteredPart({ level: RatingLevel.OUTSTANDING }, LEVELS, part, '124-QĐ/TW')).toEqual([]);
  });
});
