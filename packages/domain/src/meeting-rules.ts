import { covers } from './dates';
import type { LengthDecision } from './length-decisions';
import type { RuleSet } from './rule-sets';

/**
 * The revision of the meeting rules below (thresholds shipped and the findings they make). Each stored meeting keeps the
 * revision it was judged by; meetings judged by an older one are judged again when the service starts.
 */
export const JUDGING_REVISION = 3;

/** Kinds of branch meeting. A combined meeting is a regular and a thematic meeting held together. */
export enum MeetingKind {
  REGULAR = 'REGULAR',
  THEMATIC = 'THEMATIC',
  COMBINED = 'COMBINED',
}

/** The steps of a regular meeting (12-HD/BTCTW, 2018), in order. */
export enum ProcedureStep {
  GUESTS_INTRODUCED = 'GUESTS_INTRODUCED',
  ATTENDANCE_REPORTED = 'ATTENDANCE_REPORTED',
  AGENDA_ADOPTED = 'AGENDA_ADOPTED',
  MINUTE_TAKER_NAMED = 'MINUTE_TAKER_NAMED',
  LAST_RESOLUTION_REVIEWED = 'LAST_RESOLUTION_REVIEWED',
  NEXT_TASKS_DISCUSSED = 'NEXT_TASKS_DISCUSSED',
  RESOLUTION_VOTED = 'RESOLUTION_VOTED',
  MINUTES_ADOPTED = 'MINUTES_ADOPTED',
}

/** Thresholds a meeting is judged by; a missing threshold means the document sets none. */
export interface MeetingRules {
  /** Last day of the month's first week on which the regular meeting should be held. */
  regularByDay?: number;
  /** Share of expected attendees that must be present, and whether reaching it is enough (>=) or it must be exceeded (>). */
  minAttendance?: { share: number; strict: boolean };
  /** Nobody absent without a reason. */
  noUnexcusedAbsence?: boolean;
  /** At most this many excused absences in a row within a year. */
  maxConsecutiveExcused?: number;
  minMinutes?: { regular: number; combined: number };
  /**
   * The competent committee may set another length for some branches (e.g. those with few members) by a
   * decision (`LengthDecision`); an applicable decision's minutes then replace `minMinutes`.
   */
  localLengthAllowed?: boolean;
  /** Documents sent at least this many days before the meeting. */
  documentsDaysAhead?: number;
  procedure?: ProcedureStep[];
  /** Every working member is given a task each year. */
  everyWorkingMemberTasked?: boolean;
  /** Thematic meetings per quarter. */
  thematicPerQuarter?: number;
  /** A standing committee member rotates if one branch attended is not among those of the previous N quarters. */
  rotationQuarters?: number;
  /** Share of branches chosen each year as pilots for regular meetings (chỉ đạo điểm), e.g. 5–10%. */
  regularPilotShare?: { min: number; max: number };
  /** Share of branches chosen each year as pilots for thematic meetings, e.g. 3–5%. */
  thematicPilotShare?: { min: number; max: number };
}

const ORDER = Object.values(ProcedureStep);

/** The steps as the resolution book names them, for messages and records. */
export const PROCEDURE_STEP_LABELS: Record<ProcedureStep, string> = {
  [ProcedureStep.GUESTS_INTRODUCED]: 'giới thiệu đại biểu',
  [ProcedureStep.ATTENDANCE_REPORTED]: 'báo cáo tình hình đảng viên dự họp',
  [ProcedureStep.AGENDA_ADOPTED]: 'thông qua chương trình',
  [ProcedureStep.MINUTE_TAKER_NAMED]: 'cử thư ký',
  [ProcedureStep.LAST_RESOLUTION_REVIEWED]: 'đánh giá thực hiện nghị quyết tháng trước',
  [ProcedureStep.NEXT_TASKS_DISCUSSED]: 'thảo luận nhiệm vụ tháng tới',
  [ProcedureStep.RESOLUTION_VOTED]: 'kết luận và biểu quyết nghị quyết',
  [ProcedureStep.MINUTES_ADOPTED]: 'thông qua biên bản',
};

/**
 * Meeting rule sets as shipped; each applies from its date. Where several are in force on a day, the findings
 * of each are reported with its document, so a meeting is judged by every rule that binds it.
 */
export const MEETING_RULE_SETS: RuleSet<MeetingRules>[] = [
  {
    documentNumber: '12-HD/BTCTW', documentDate: '2018-07-06', title: 'Hướng dẫn nâng cao chất lượng sinh hoạt chi bộ',
    validFrom: '2018-07-06', validTo: '2025-10-28',
    rules: {
      minAttendance: { share: 0.85, strict: true }, noUnexcusedAbsence: true, maxConsecutiveExcused: 3,
      minMinutes: { regular: 90, combined: 90 }, procedure: ORDER,
    },
  },
  {
    documentNumber: '11-ĐA/TU', documentDate: '2021-12-06', title: 'Đề án nâng cao chất lượng sinh hoạt chi bộ (Thành ủy Hà Nội)',
    validFrom: '2021-12-06', validTo: null,
    rules: { regularByDay: 7, minAttendance: { share: 0.9, strict: false }, everyWorkingMemberTasked: true, thematicPerQuarter: 1, rotationQuarters: 1 },
  },
  {
    documentNumber: '117-KH/ĐU', documentDate: '2022-03-09', title: 'Kế hoạch thực hiện Đề án 11-ĐA/TU về nâng cao chất lượng sinh hoạt chi bộ trực thuộc (Đảng ủy phường)',
    validFrom: '2022-03-09', validTo: null,
    rules: { regularPilotShare: { min: 0.05, max: 0.1 }, thematicPilotShare: { min: 0.03, max: 0.05 } },
  },
  {
    documentNumber: '42-HD/BTCTW', documentDate: '2025-10-28',
    title: 'Một số vấn đề về tiếp tục đổi mới và nâng cao chất lượng sinh hoạt chi bộ',
    validFrom: '2025-10-28', validTo: null,
    rules: {
      minAttendance: { share: 0.85, strict: true }, noUnexcusedAbsence: true, maxConsecutiveExcused: 3,
      minMinutes: { regular: 90, combined: 120 }, localLengthAllowed: true, documentsDaysAhead: 1, procedure: ORDER,
    },
  },
];

/** Every rule set in force on a day. */
export function meetingRuleSetsOn(sets: RuleSet<MeetingRules>[], day: string): RuleSet<MeetingRules>[] {
  return sets.filter((s) => covers({ from: s.validFrom, to: s.validTo }, day));
}

/** The rules that judge a meeting; the others (pilot shares) concern the ward's choices over a year. */
const MEETING_JUDGING: Array<keyof MeetingRules> = [
  'regularByDay', 'minAttendance', 'noUnexcusedAbsence', 'maxConsecutiveExcused', 'minMinutes', 'documentsDaysAhead', 'procedure',
  'everyWorkingMemberTasked', 'thematicPerQuarter', 'rotationQuarters',
];

/** The rule sets in force on a day that judge meetings (a document setting only pilot shares does not). */
export function judgingRuleSetsOn(sets: RuleSet<MeetingRules>[], day: string): RuleSet<MeetingRules>[] {
  return meetingRuleSetsOn(sets, day).filter((s) => MEETING_JUDGING.some((key) => s.rules[key] != null));
}

/** The facts of a held meeting that the rules look at. */
export interface HeldMeeting {
  kind: MeetingKind;
  heldOn: string;
  minutes?: number | null;
  documentsSentOn?: string | null;
  stepsDone: ProcedureStep[];
  expected: number;
  presentAmongExpected: number;
  unexcusedAbsent: number;
  /**
   * Members whose run of excused absences, ending at this meeting, is longer than the most allowed in a row
   * (counted against `maxConsecutiveExcusedOn`, the strictest limit in force on the day).
   */
  membersOverExcusedRun?: number;
  /** False when no attendance sheet was recorded: the attendance rules cannot be judged and that is a finding. */
  attendanceRecorded?: boolean;
}

export type FindingCode =
  | 'HELD_AFTER_FIRST_WEEK'
  | 'ATTENDANCE_BELOW_THRESHOLD'
  | 'UNEXCUSED_ABSENCE'
  | 'TOO_SHORT'
  | 'DOCUMENTS_LATE'
  | 'PROCEDURE_INCOMPLETE'
  | 'EXCUSED_RUN'
  | 'NO_ATTENDANCE_RECORDED'
  | 'THEMATIC_MISSING'
  | 'MEMBERS_WITHOUT_TASK';

/**
 * What `threshold` and `actual` count: a day (of the month, or days ahead), a share (0 to 1), minutes, a count
 * (of members or meetings) or procedure steps.
 */
export type FindingUnit = 'DAY' | 'SHARE' | 'MINUTES' | 'COUNT' | 'STEPS';

/** A rule shortfall, recorded on the meeting as a warning (not a refusal), with the document that sets the rule. */
export interface Finding {
  code: FindingCode;
  documentNumber: string;
  documentDate: string;
  detail: string;
  /** The rule's figure (e.g. 90 minutes), null when the rule has none (no attendance sheet). */
  threshold?: number | null;
  /** The figure found (e.g. 45 minutes), null when there is none (documents never sent). */
  actual?: number | null;
  unit?: FindingUnit;
  /** The committee's length decision whose minutes were applied instead of the rule set's. */
  decisionReference?: string;
}

/** The measured side of a finding. */
export interface FindingMeasure {
  threshold: number | null;
  actual: number | null;
  unit?: FindingUnit;
  decisionReference?: string;
}

/** A finding under a rule set's document. */
export function findingUnder(set: RuleSet<unknown>, code: FindingCode, detail: string, measure: FindingMeasure): Finding {
  const out: Finding = { code, documentNumber: set.documentNumber, documentDate: set.documentDate, detail, threshold: measure.threshold, actual: measure.actual };
  if (measure.unit) out.unit = measure.unit;
  if (measure.decisionReference) out.decisionReference = measure.decisionReference;
  return out;
}

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** The attendance rules of one rule set, once an attendance sheet exists. */
function judgeAttendance(meeting: HeldMeeting, r: MeetingRules, add: (code: FindingCode, detail: string, measure: FindingMeasure) => void): void {
  if (r.minAttendance && meeting.expected > 0) {
    const share = meeting.presentAmongExpected / meeting.expected;
    const ok = r.minAttendance.strict ? share > r.minAttendance.share : share >= r.minAttendance.share;
    if (!ok) {
      add('ATTENDANCE_BELOW_THRESHOLD', `Có mặt ${meeting.presentAmongExpected}/${meeting.expected} (${(share * 100).toFixed(1)}%), cần ${r.minAttendance.strict ? 'trên' : 'ít nhất'} ${r.minAttendance.share * 100}%.`,
        { threshold: r.minAttendance.share, actual: share, unit: 'SHARE' });
    }
  }
  if (r.noUnexcusedAbsence && meeting.unexcusedAbsent > 0) {
    add('UNEXCUSED_ABSENCE', `${meeting.unexcusedAbsent} đảng viên vắng không lý do.`, { threshold: 0, actual: meeting.unexcusedAbsent, unit: 'COUNT' });
  }
  const over = meeting.membersOverExcusedRun ?? 0;
  if (r.maxConsecutiveExcused != null && over > 0) {
    add('EXCUSED_RUN', `${over} đảng viên vắng có lý do quá ${r.maxConsecutiveExcused} lần liên tiếp.`, { threshold: 0, actual: over, unit: 'COUNT' });
  }
}

/**
 * Judges a held meeting by every rule set in force on its date. `lengthDecision` is the committee's decision on
 * meeting length applicable to the branch on that day (see `lengthDecisionFor`); it replaces the minimum length
 * only under a rule set that lets a committee decide it (`localLengthAllowed`).
 */
export function judgeMeeting(meeting: HeldMeeting, sets: RuleSet<MeetingRules>[] = MEETING_RULE_SETS, lengthDecision?: LengthDecision | null): Finding[] {
  const out: Finding[] = [];
  const decision = lengthDecision && covers({ from: lengthDecision.validFrom, to: lengthDecision.validTo }, meeting.heldOn) ? lengthDecision : null;
  for (const set of meetingRuleSetsOn(sets, meeting.heldOn)) {
    const r = set.rules;
    const add = (code: FindingCode, detail: string, measure: FindingMeasure) => out.push(findingUnder(set, code, detail, measure));
    const regular = meeting.kind !== MeetingKind.THEMATIC;
    const dayOfMonth = Number(meeting.heldOn.slice(8, 10));
    if (regular && r.regularByDay != null && dayOfMonth > r.regularByDay) {
      add('HELD_AFTER_FIRST_WEEK', `Sinh hoạt thường kỳ ngày ${meeting.heldOn.slice(8, 10)}, sau ngày ${r.regularByDay} của tháng.`,
        { threshold: r.regularByDay, actual: dayOfMonth, unit: 'DAY' });
    }
    if (meeting.attendanceRecorded === false) {
      if (r.minAttendance) add('NO_ATTENDANCE_RECORDED', 'Cuộc họp đã diễn ra nhưng chưa ghi điểm danh.', { threshold: null, actual: null });
    } else {
      judgeAttendance(meeting, r, add);
    }
    const local = decision && r.localLengthAllowed ? decision : null;
    const need = local ? local.minutes : r.minMinutes ? (meeting.kind === MeetingKind.COMBINED ? r.minMinutes.combined : r.minMinutes.regular) : null;
    if (need != null && meeting.minutes != null && meeting.minutes < need) {
      add('TOO_SHORT', local ? `Sinh hoạt ${meeting.minutes} phút, cần ít nhất ${need} phút theo ${local.decisionReference}.` : `Sinh hoạt ${meeting.minutes} phút, cần ít nhất ${need} phút.`,
        { threshold: need, actual: meeting.minutes, unit: 'MINUTES', decisionReference: local?.decisionReference });
    }
    const daysAhead = meeting.documentsSentOn ? daysBetween(meeting.documentsSentOn, meeting.heldOn) : null;
    if (r.documentsDaysAhead != null && (daysAhead == null || daysAhead < r.documentsDaysAhead)) {
      add('DOCUMENTS_LATE', `Tài liệu cần gửi trước ít nhất ${r.documentsDaysAhead} ngày.`, { threshold: r.documentsDaysAhead, actual: daysAhead, unit: 'DAY' });
    }
    if (regular && r.procedure) {
      const missing = r.procedure.filter((s) => !meeting.stepsDone.includes(s));
      if (missing.length) {
        add('PROCEDURE_INCOMPLETE', `Thiếu ${missing.length} bước: ${missing.map((step) => PROCEDURE_STEP_LABELS[step]).join('; ')}.`,
          { threshold: r.procedure.length, actual: r.procedure.length - missing.length, unit: 'STEPS' });
      }
    }
  }
  return out;
}

/** The day of the month by which the regular meeting is due under the rule sets in force on a day (the strictest), or null. */
export function regularDueDay(sets: RuleSet<MeetingRules>[], day: string): number | null {
  const days = meetingRuleSetsOn(sets, day).map((s) => s.rules.regularByDay).filter((d): d is number => d != null);
  return days.length ? Math.min(...days) : null;
}

/** The pilot ranges in force in a year (on its last day, or the day asked), with their document; null when none sets them. */
export function pilotRangesOn(sets: RuleSet<MeetingRules>[], day: string): { regular?: { min: number; max: number }; thematic?: { min: number; max: number }; documentNumber: string } | null {
  const found = meetingRuleSetsOn(sets, day).filter((s) => s.rules.regularPilotShare || s.rules.thematicPilotShare);
  if (!found.length) return null;
  const newest = found.sort((a, b) => (a.validFrom < b.validFrom ? 1 : -1))[0];
  return { regular: newest.rules.regularPilotShare, thematic: newest.rules.thematicPilotShare, documentNumber: newest.documentNumber };
}

/** The most excused absences in a row allowed by the rule sets in force on a day (the strictest), or null. */
export function maxConsecutiveExcusedOn(sets: RuleSet<MeetingRules>[], day: string): { max: number; documentNumber: string } | null {
  const found = meetingRuleSetsOn(sets, day).filter((s) => s.rules.maxConsecutiveExcused != null);
  if (!found.length) return null;
  const strictest = found.sort((a, b) => (a.rules.maxConsecutiveExcused as number) - (b.rules.maxConsecutiveExcused as number))[0];
  return { max: strictest.rules.maxConsecutiveExcused as number, documentNumber: strictest.documentNumber };
}
