import { type RuleSet, ruleSetInForce } from './rule-sets';
import { invalid, type Violation } from './violation';

/**
 * The annual quality rating of branches and members (kiểm điểm, đánh giá, xếp loại chất lượng hằng năm), and the part
 * of it the plan asks to draw from meeting quality. The rating itself belongs to the committee: this module computes
 * the meeting-quality part from the year's figures, checks the part the committee enters, and maps a total to a level
 * under the rule set in force.
 */

/** The four levels, best first (hoàn thành xuất sắc / tốt / hoàn thành / không hoàn thành nhiệm vụ). */
export enum RatingLevel {
  OUTSTANDING = 'OUTSTANDING',
  GOOD = 'GOOD',
  COMPLETED = 'COMPLETED',
  NOT_COMPLETED = 'NOT_COMPLETED',
}

/** Best first: a smaller index is a better level. */
export const RATING_LEVEL_ORDER: RatingLevel[] = [RatingLevel.OUTSTANDING, RatingLevel.GOOD, RatingLevel.COMPLETED, RatingLevel.NOT_COMPLETED];

export const RATING_LEVEL_LABELS: Record<RatingLevel, { vi: string; en: string }> = {
  [RatingLevel.OUTSTANDING]: { vi: 'Hoàn thành xuất sắc nhiệm vụ', en: 'Outstanding' },
  [RatingLevel.GOOD]: { vi: 'Hoàn thành tốt nhiệm vụ', en: 'Good' },
  [RatingLevel.COMPLETED]: { vi: 'Hoàn thành nhiệm vụ', en: 'Completed' },
  [RatingLevel.NOT_COMPLETED]: { vi: 'Không hoàn thành nhiệm vụ', en: 'Not completed' },
};

/** Who is rated: a branch (the collective) or a member. */
export enum RatingSubject {
  BRANCH = 'BRANCH',
  MEMBER = 'MEMBER',
}

/** The criteria of the meeting-quality part. */
export enum RatingCriterionCode {
  /** Branch: regular meetings held / months the branch was expected to hold one. */
  REGULAR_HELD = 'REGULAR_HELD',
  /** Branch: quarters with a thematic (or combined) meeting / quarters expected. */
  THEMATIC_HELD = 'THEMATIC_HELD',
  /** Branch: present ÷ expected attendees, pooled over its regular meetings of the year. */
  ATTENDANCE = 'ATTENDANCE',
  /** Branch: working members holding a task for the year / working members. */
  MEMBERS_TASKED = 'MEMBERS_TASKED',
  /** Branch: meetings held with every procedure step and enough length / meetings held. */
  CONTENT_COMPLETE = 'CONTENT_COMPLETE',
  /** Member: regular meetings attended / regular meetings they were expected at (exempt and special duty left out). */
  MEMBER_ATTENDANCE = 'MEMBER_ATTENDANCE',
  /** Member: absences without a reason (at most `max`). */
  UNEXCUSED_ABSENCES = 'UNEXCUSED_ABSENCES',
  /** Member: the longest run of excused absences in a row (at most `max`). */
  EXCUSED_RUN = 'EXCUSED_RUN',
  /** Member: holds a task for the year. */
  HAS_TASK = 'HAS_TASK',
}

export const RATING_CRITERION_LABELS: Record<RatingCriterionCode, { vi: string; en: string }> = {
  [RatingCriterionCode.REGULAR_HELD]: { vi: 'Sinh hoạt thường kỳ hằng tháng', en: 'Monthly regular meetings held' },
  [RatingCriterionCode.THEMATIC_HELD]: { vi: 'Sinh hoạt chuyên đề hằng quý', en: 'Quarterly thematic meetings held' },
  [RatingCriterionCode.ATTENDANCE]: { vi: 'Tỷ lệ đảng viên dự sinh hoạt', en: 'Pooled attendance' },
  [RatingCriterionCode.MEMBERS_TASKED]: { vi: 'Đảng viên đương chức được phân công nhiệm vụ', en: 'Working members with a task' },
  [RatingCriterionCode.CONTENT_COMPLETE]: { vi: 'Sinh hoạt đủ nội dung, quy trình, thời lượng', en: 'Meetings with full content and length' },
  [RatingCriterionCode.MEMBER_ATTENDANCE]: { vi: 'Dự sinh hoạt thường kỳ', en: 'Regular meetings attended' },
  [RatingCriterionCode.UNEXCUSED_ABSENCES]: { vi: 'Vắng sinh hoạt không lý do', en: 'Absences without a reason' },
  [RatingCriterionCode.EXCUSED_RUN]: { vi: 'Vắng có lý do liên tiếp', en: 'Excused absences in a row' },
  [RatingCriterionCode.HAS_TASK]: { vi: 'Được phân công nhiệm vụ trong năm', en: 'Holds a task for the year' },
};

/**
 * How one criterion is weighed: `points` at most; a share criterion earns them in proportion to its rate up to
 * `target` (full points at or above it); a count criterion earns them when the count is at most `max`; a yes/no
 * criterion when it holds.
 */
export type CriterionWeight =
  | { code: RatingCriterionCode; kind: 'SHARE'; points: number; target: number }
  | { code: RatingCriterionCode; kind: 'COUNT_AT_MOST'; points: number; max: number }
  | { code: RatingCriterionCode; kind: 'YES'; points: number };

/** A proposed level under a levels-only rule set: the best level whose number of unmet criteria is at most `maxUnmet`. */
export interface LevelProposal {
  level: RatingLevel;
  maxUnmet: number;
}

export interface RatingRules {
  /** POINTS: a total out of `maxPoints` mapped to a level by `bands`; LEVELS: four levels without points. */
  scale: 'POINTS' | 'LEVELS';
  maxPoints?: number;
  /** The least total of each level, best first (POINTS); a total below the last band is NOT_COMPLETED. */
  bands?: Array<{ level: RatingLevel; min: number }>;
  /** Whether the bands are stated by the document (true) or the ward's own reading (false). */
  bandsFromDocument?: boolean;
  /** The ward's criteria for the meeting-quality part (never the document's: see WARD_MEETING_CRITERIA). */
  meetingPart: { branch: CriterionWeight[]; member: CriterionWeight[] };
  /** LEVELS: how the unmet criteria propose a level (the committee decides). */
  proposal?: LevelProposal[];
  /** A member with grounds for removal from the rolls is rated no better than this. */
  removalCap?: RatingLevel;
}

/**
 * The WARD'S OWN criteria for the meeting-quality part of the rating (tiêu chí của Đảng ủy phường), not a claim about
 * any document: neither 132-QĐ/TW, 124-QĐ/TW nor 366-QĐ/TW (in what is public of them) gives meeting quality a
 * weight. The plan 117-KH/ĐU only asks to turn meeting quality into rating criteria. These weights (30 of 100 points),
 * targets (90% attendance after 11-ĐA/TU, at most 3 excused absences in a row after 12-HD/BTCTW) and proposals are
 * data the ward can change here; the committee enters the other 70 points.
 */
export const WARD_MEETING_CRITERIA: RatingRules['meetingPart'] = {
  branch: [
    { code: RatingCriterionCode.REGULAR_HELD, kind: 'SHARE', points: 10, target: 1 },
    { code: RatingCriterionCode.THEMATIC_HELD, kind: 'SHARE', points: 5, target: 1 },
    { code: RatingCriterionCode.ATTENDANCE, kind: 'SHARE', points: 5, target: 0.9 },
    { code: RatingCriterionCode.MEMBERS_TASKED, kind: 'SHARE', points: 5, target: 1 },
    { code: RatingCriterionCode.CONTENT_COMPLETE, kind: 'SHARE', points: 5, target: 1 },
  ],
  member: [
    { code: RatingCriterionCode.MEMBER_ATTENDANCE, kind: 'SHARE', points: 15, target: 0.9 },
    { code: RatingCriterionCode.UNEXCUSED_ABSENCES, kind: 'COUNT_AT_MOST', points: 5, max: 0 },
    { code: RatingCriterionCode.EXCUSED_RUN, kind: 'COUNT_AT_MOST', points: 5, max: 3 },
    { code: RatingCriterionCode.HAS_TASK, kind: 'YES', points: 5 },
  ],
};

/** The ward's reading of the meeting part under a levels-only rule set: all met proposes good, one or two unmet completed. */
export const WARD_LEVEL_PROPOSAL: LevelProposal[] = [
  { level: RatingLevel.GOOD, maxUnmet: 0 },
  { level: RatingLevel.COMPLETED, maxUnmet: 2 },
];

const LEVELS_ONLY: RatingRules = { scale: 'LEVELS', meetingPart: WARD_MEETING_CRITERIA, proposal: WARD_LEVEL_PROPOSAL, removalCap: RatingLevel.NOT_COMPLETED };

/**
 * Rating rule sets as shipped. 132-QĐ/TW (08/03/2018) was replaced by 124-QĐ/TW (04/10/2023), itself replaced by
 * 366-QĐ/TW (30/08/2025), which scores 0–100; its bands (90 outstanding, 70 good, 50 completed) are those of its
 * article 11 as the press summarised it (Lao Động, Thanh Niên, Sept. 2025); the article's further conditions (e.g. every
 * task done on time) are the committee's to judge and may only lower the level (see `checkEnteredPart`).
 */
export const RATING_RULE_SETS: RuleSet<RatingRules>[] = [
  {
    documentNumber: '132-QĐ/TW', documentDate: '2018-03-08',
    title: 'Quy định về việc kiểm điểm và đánh giá, xếp loại chất lượng hằng năm đối với tập thể, cá nhân trong hệ thống chính trị',
    validFrom: '2018-03-08', validTo: '2023-10-04', rules: LEVELS_ONLY,
  },
  {
    documentNumber: '124-QĐ/TW', documentDate: '2023-10-04',
    title: 'Quy định về kiểm điểm và đánh giá, xếp loại chất lượng hằng năm đối với tập thể, cá nhân trong hệ thống chính trị',
    validFrom: '2023-10-04', validTo: '2025-08-30', rules: LEVELS_ONLY,
  },
  {
    documentNumber: '366-QĐ/TW', documentDate: '2025-08-30',
    title: 'Quy định về kiểm điểm và đánh giá, xếp loại chất lượng đối với tập thể, cá nhân trong hệ thống chính trị',
    validFrom: '2025-08-30', validTo: null,
    rules: {
      scale: 'POINTS', maxPoints: 100, bandsFromDocument: true,
      bands: [{ level: RatingLevel.OUTSTANDING, min: 90 }, { level: RatingLevel.GOOD, min: 70 }, { level: RatingLevel.COMPLETED, min: 50 }],
      meetingPart: WARD_MEETING_CRITERIA, removalCap: RatingLevel.NOT_COMPLETED,
    },
  },
];

/** The rule set a year is rated by: the one in force on its last day (the rating is made at the year's end). */
export function ratingRuleSetForYear(sets: RuleSet<RatingRules>[], year: number): RuleSet<RatingRules> {
  return ruleSetInForce(sets, `${year}-12-31`);
}

/** A branch's figures for the year (see the API's SQL for how each is counted). */
export interface BranchYearFigures {
  regularHeld: number;
  regularExpected: number;
  thematicHeld: number;
  thematicExpected: number;
  present: number;
  attendees: number;
  membersTasked: number;
  workingMembers: number;
  contentComplete: number;
  meetingsHeld: number;
}

/** A member's figures for the year. */
export interface MemberYearFigures {
  /** Regular (or combined) meetings they were present at, among those expected of them. */
  attended: number;
  /** Regular (or combined) meetings expected of them: attendance lines not marked exempt or special duty. */
  expected: number;
  unexcused: number;
  /** Longest run of excused absences in a row (exclusions apart). */
  longestExcusedRun: number;
  hasTask: boolean;
  /** Months with a regular meeting missed without a reason. */
  unexcusedMonths: number;
  /** Exempt from party work and meetings (on the year's last day, or the last day they were in the branch). */
  exempt: boolean;
}

export type RatingFigures = ({ subject: RatingSubject.BRANCH } & BranchYearFigures) | ({ subject: RatingSubject.MEMBER } & MemberYearFigures);

/** One criterion as judged: its value, the points earned (null when it does not apply) and why, in Vietnamese. */
export interface CriterionResult {
  code: RatingCriterionCode;
  label: string;
  /** The rate (0 to 1) of a share criterion, the count of a count criterion, 1 or 0 for yes/no; null when it does not apply. */
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  /** The target share, or the most allowed count. */
  target: number | null;
  points: number | null;
  maxPoints: number;
  met: boolean | null;
  reason: string;
}

/** The meeting-quality part of a rating. */
export interface MeetingQualityPart {
  /** Points of the part (POINTS), scaled to `maxPoints` over the criteria that apply; null under LEVELS or when none applies. */
  points: number | null;
  maxPoints: number;
  /** The level the part proposes under a levels-only rule set; null under POINTS. */
  proposedLevel: RatingLevel | null;
  criteria: CriterionResult[];
  /** Member: missed meetings in at least `unexcusedMonthsForRemoval` months without a reason (grounds for removal from the rolls). */
  removalGrounds: boolean;
}

const round2 = (n: number) => Math.round(n * 100) / 100;
const pct = (n: number) => `${Math.round(n * 1000) / 10}%`;

interface Measured {
  numerator: number | null;
  denominator: number | null;
  /** For counts and yes/no. */
  value?: number | null;
  /** Why it does not apply. */
  notApplicable?: string;
}

function measure(code: RatingCriterionCode, f: RatingFigures): Measured {
  const share = (numerator: number, denominator: number, none: string): Measured => (denominator > 0 ? { numerator, denominator } : { numerator: null, denominator: null, notApplicable: none });
  if (f.subject === RatingSubject.BRANCH) {
    switch (code) {
      case RatingCriterionCode.REGULAR_HELD: return share(f.regularHeld, f.regularExpected, 'Không có tháng nào chi bộ phải sinh hoạt thường kỳ.');
      case RatingCriterionCode.THEMATIC_HELD: return share(f.thematicHeld, f.thematicExpected, 'Không có quý trọn vẹn nào chi bộ phải sinh hoạt chuyên đề.');
      case RatingCriterionCode.ATTENDANCE: return share(f.present, f.attendees, 'Chưa có buổi sinh hoạt thường kỳ nào được điểm danh.');
      case RatingCriterionCode.MEMBERS_TASKED: return share(f.membersTasked, f.workingMembers, 'Chi bộ không có đảng viên đương chức.');
      case RatingCriterionCode.CONTENT_COMPLETE: return share(f.contentComplete, f.meetingsHeld, 'Chi bộ chưa tổ chức buổi sinh hoạt nào.');
      default: return { numerator: null, denominator: null, notApplicable: 'Tiêu chí dành cho đảng viên.' };
    }
  }
  const exempt = f.exempt ? 'Đảng viên được miễn công tác và sinh hoạt đảng.' : null;
  switch (code) {
    case RatingCriterionCode.MEMBER_ATTENDANCE: return share(f.attended, f.expected, exempt ?? 'Không có buổi sinh hoạt thường kỳ nào đảng viên phải dự.');
    case RatingCriterionCode.UNEXCUSED_ABSENCES: return f.expected > 0 ? { numerator: null, denominator: null, value: f.unexcused } : { numerator: null, denominator: null, notApplicable: exempt ?? 'Không có buổi sinh hoạt nào đảng viên phải dự.' };
    case RatingCriterionCode.EXCUSED_RUN: return f.expected > 0 ? { numerator: null, denominator: null, value: f.longestExcusedRun } : { numerator: null, denominator: null, notApplicable: exempt ?? 'Không có buổi sinh hoạt nào đảng viên phải dự.' };
    case RatingCriterionCode.HAS_TASK: return exempt ? { numerator: null, denominator: null, notApplicable: exempt } : { numerator: null, denominator: null, value: f.hasTask ? 1 : 0 };
    default: return { numerator: null, denominator: null, notApplicable: 'Tiêu chí dành cho chi bộ.' };
  }
}

function judge(weight: CriterionWeight, f: RatingFigures, scored: boolean): CriterionResult {
  const label = RATING_CRITERION_LABELS[weight.code].vi;
  const m = measure(weight.code, f);
  const base = { code: weight.code, label, numerator: m.numerator, denominator: m.denominator, maxPoints: weight.points };
  if (m.notApplicable) return { ...base, value: null, target: null, points: null, met: null, reason: `Không áp dụng: ${m.notApplicable}` };
  if (weight.kind === 'SHARE') {
    const rate = (m.numerator as number) / (m.denominator as number);
    const met = rate >= weight.target;
    const points = round2(weight.points * Math.min(1, rate / weight.target));
    const reason = `${m.numerator}/${m.denominator} = ${pct(rate)}; ${met ? 'đạt' : 'chưa đạt'} mức ${pct(weight.target)}${scored ? `: ${points}/${weight.points} điểm` : ''}.`;
    return { ...base, value: Math.round(rate * 10_000) / 10_000, target: weight.target, points: scored ? points : null, met, reason };
  }
  if (weight.kind === 'COUNT_AT_MOST') {
    const count = m.value as number;
    const met = count <= weight.max;
    const what = weight.code === RatingCriterionCode.EXCUSED_RUN ? `Vắng có lý do liên tiếp nhiều nhất ${count} lần` : `Vắng không lý do ${count} lần`;
    const reason = `${what}; ${met ? 'đạt' : 'vượt'} mức tối đa ${weight.max}${scored ? `: ${met ? weight.points : 0}/${weight.points} điểm` : ''}.`;
    return { ...base, value: count, target: weight.max, points: scored ? (met ? weight.points : 0) : null, met, reason };
  }
  const met = m.value === 1;
  const reason = `${met ? 'Đã được' : 'Chưa được'} phân công nhiệm vụ trong năm${scored ? `: ${met ? weight.points : 0}/${weight.points} điểm` : ''}.`;
  return { ...base, value: met ? 1 : 0, target: null, points: scored ? (met ? weight.points : 0) : null, met, reason };
}

/** The most points the meeting part can give a subject under the rules. */
export function meetingPartMax(rules: RatingRules, subject: RatingSubject): number {
  return (subject === RatingSubject.BRANCH ? rules.meetingPart.branch : rules.meetingPart.member).reduce((s, w) => s + w.points, 0);
}

/**
 * The meeting-quality part of a branch's or a member's rating from the year's figures: each criterion's value, points
 * and reason; the part's points (POINTS: scaled over the criteria that apply, so a criterion that does not apply
 * neither gives nor takes points) or the level it proposes (LEVELS); and, for a member, whether the months missed
 * without a reason reach `unexcusedMonthsForRemoval` (3 under 24-QĐ/TW, from the structure rule set in force).
 */
export function meetingQualityPart(figures: RatingFigures, rules: RatingRules, unexcusedMonthsForRemoval = 3): MeetingQualityPart {
  const weights = figures.subject === RatingSubject.BRANCH ? rules.meetingPart.branch : rules.meetingPart.member;
  const scored = rules.scale === 'POINTS';
  const criteria = weights.map((w) => judge(w, figures, scored));
  const maxPoints = meetingPartMax(rules, figures.subject);
  const applicable = criteria.filter((c) => c.met !== null);
  const removalGrounds = figures.subject === RatingSubject.MEMBER && figures.unexcusedMonths >= unexcusedMonthsForRemoval;
  let points: number | null = null;
  let proposedLevel: RatingLevel | null = null;
  if (applicable.length > 0) {
    if (scored) {
      const earned = applicable.reduce((s, c) => s + (c.points ?? 0), 0);
      const possible = applicable.reduce((s, c) => s + c.maxPoints, 0);
      points = round2((earned * maxPoints) / possible);
    } else {
      const unmet = applicable.filter((c) => !c.met).length;
      proposedLevel = (rules.proposal ?? []).find((p) => unmet <= p.maxUnmet)?.level ?? RatingLevel.NOT_COMPLETED;
    }
  }
  if (removalGrounds && proposedLevel && rules.removalCap) proposedLevel = worseOf(proposedLevel, rules.removalCap);
  return { points, maxPoints, proposedLevel, criteria, removalGrounds };
}

/** The worse of two levels. */
export function worseOf(a: RatingLevel, b: RatingLevel): RatingLevel {
  return RATING_LEVEL_ORDER.indexOf(a) >= RATING_LEVEL_ORDER.indexOf(b) ? a : b;
}

/** The level of a total under a points rule set (the best band it reaches, NOT_COMPLETED below them all); null under LEVELS. */
export function ratingLevel(total: number, rules: RatingRules): RatingLevel | null {
  if (rules.scale !== 'POINTS') return null;
  return (rules.bands ?? []).find((b) => total >= b.min)?.level ?? RatingLevel.NOT_COMPLETED;
}

/** What the committee enters for the rest of the rating. */
export interface EnteredPart {
  points?: number | null;
  level?: RatingLevel | null;
}

/** The most points the committee may enter for the rest of the rating (the scale less the meeting part's maximum). */
export function enteredPointsMax(rules: RatingRules, subject: RatingSubject): number | null {
  return rules.scale === 'POINTS' ? (rules.maxPoints ?? 100) - meetingPartMax(rules, subject) : null;
}

/**
 * Checks the committee's part: under POINTS, points from 0 to the scale less the meeting part, at most two decimals,
 * and a level only to lower the one the total reaches (the document's further conditions); under LEVELS, a level and
 * no points.
 */
export function checkEnteredPart(entered: EnteredPart, rules: RatingRules, part: MeetingQualityPart, documentNumber: string): Violation[] {
  const out: Violation[] = [];
  if (rules.scale === 'LEVELS') {
    if (entered.points != null) out.push(invalid('points', `Quy định ${documentNumber} xếp loại theo mức, không chấm điểm: hãy bỏ trống điểm.`));
    return out;
  }
  const max = (rules.maxPoints ?? 100) - part.maxPoints;
  if (entered.points != null) {
    if (!Number.isFinite(entered.points) || entered.points < 0 || entered.points > max) out.push(invalid('points', `Điểm do cấp ủy chấm từ 0 đến ${max}.`));
    else if (Math.abs(Math.round(entered.points * 100) - entered.points * 100) > 1e-6) out.push(invalid('points', 'Điểm lấy tối đa hai chữ số thập phân.'));
  }
  if (entered.level != null && out.length === 0) {
    if (entered.points == null) out.push(invalid('level', `Theo Quy định ${documentNumber}, mức xếp loại suy ra từ tổng điểm: hãy nhập điểm.`));
    else {
      const byPoints = ratingOutcome(part, { points: entered.points }, rules).levelByPoints as RatingLevel;
      if (worseOf(entered.level, byPoints) !== entered.level) {
        out.push(invalid('level', `Tổng điểm đạt mức "${RATING_LEVEL_LABELS[byPoints].vi}"; mức nhập chỉ được thấp hơn khi chưa đủ các điều kiện khác của quy định.`));
      }
    }
  }
  return out;
}

/** A rating put together: the meeting part, the committee's part, the total and the level (null while pending). */
export interface RatingOutcome {
  total: number | null;
  levelByPoints: RatingLevel | null;
  level: RatingLevel | null;
  /** The entered part is missing: the level waits for the committee. */
  pending: boolean;
}

/**
 * The total and level: under POINTS the meeting part plus the entered points (when no meeting criterion applies, as
 * for a member exempt all year, the entered points are scaled up to the whole scale), then the level of the total, or
 * the lower level entered; under LEVELS the level entered. A member with grounds for removal is capped at `removalCap`.
 */
export function ratingOutcome(part: MeetingQualityPart, entered: EnteredPart, rules: RatingRules): RatingOutcome {
  let total: number | null = null;
  let levelByPoints: RatingLevel | null = null;
  let level: RatingLevel | null;
  if (rules.scale === 'POINTS') {
    if (entered.points == null) return { total: null, levelByPoints: null, level: null, pending: true };
    const scale = rules.maxPoints ?? 100;
    total = part.points != null ? round2(part.points + entered.points) : round2((entered.points * scale) / (scale - part.maxPoints));
    levelByPoints = ratingLevel(total, rules);
    level = entered.level ? worseOf(entered.level, levelByPoints as RatingLevel) : levelByPoints;
  } else {
    if (entered.level == null) return { total: null, levelByPoints: null, level: null, pending: true };
    level = entered.level;
  }
  if (part.removalGrounds && rules.removalCap && level) level = worseOf(level, rules.removalCap);
  return { total, levelByPoints, level, pending: false };
}
