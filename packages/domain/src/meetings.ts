import { formatDay, isIsoDate } from './dates';
import { MeetingKind, type MeetingRules, ProcedureStep } from './meeting-rules';
import { invalid, type Violation } from './violation';

/** The three basic forms of branch meeting content; one meeting may combine them. */
export enum MeetingForm {
  POLITICAL = 'POLITICAL',
  STUDY = 'STUDY',
  THEMATIC = 'THEMATIC',
}

/** How a member stood at a meeting. */
export enum AttendanceStatus {
  PRESENT = 'PRESENT',
  /** Absent with a reason (vắng có lý do). */
  EXCUSED = 'EXCUSED',
  /** Absent without a reason (vắng không lý do). */
  UNEXCUSED = 'UNEXCUSED',
}

/** Why a member is left out of a meeting's expected attendees. */
export enum AttendanceExclusion {
  /** Exempt from party work and meetings on the meeting date. */
  EXEMPT = 'EXEMPT',
  /** Armed-forces member on special duty on the meeting date. */
  SPECIAL_DUTY = 'SPECIAL_DUTY',
}

/** Who a guest of a meeting is. */
export enum GuestRole {
  /** A ward committee member attending the branch meeting (dự sinh hoạt chi bộ). */
  COMMITTEE_MEMBER = 'COMMITTEE_MEMBER',
  /** The secretary of another branch observing (a pilot meeting). */
  OBSERVING_SECRETARY = 'OBSERVING_SECRETARY',
  OTHER = 'OTHER',
}

export enum ResolutionKind {
  RESOLUTION = 'RESOLUTION',
  CONCLUSION = 'CONCLUSION',
}

export enum TaskStatus {
  OPEN = 'OPEN',
  IN_PROGRESS = 'IN_PROGRESS',
  DONE = 'DONE',
  CANCELLED = 'CANCELLED',
}

/** The monthly review of a resolution: progress noted, a member praised or a member corrected. */
export enum ReviewKind {
  PROGRESS = 'PROGRESS',
  PRAISE = 'PRAISE',
  CORRECTION = 'CORRECTION',
}

/** Topic areas of thematic meetings named by the plan. */
export enum ThematicTopicArea {
  HO_CHI_MINH_THOUGHT = 'HO_CHI_MINH_THOUGHT',
  POLITICAL_THEORY = 'POLITICAL_THEORY',
  DIRECTIVES_AND_LAWS = 'DIRECTIVES_AND_LAWS',
  PARTY_BUILDING = 'PARTY_BUILDING',
  ANTI_CORRUPTION = 'ANTI_CORRUPTION',
  OTHER = 'OTHER',
}

const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** Minutes since midnight of an "HH:MM" time. */
export function minutesOfDay(time: string): number {
  const [h, m] = time.split(':').map(Number);
  return h * 60 + m;
}

/** Length of a meeting in minutes, or null when a time is missing. */
export function meetingLength(startTime?: string | null, endTime?: string | null): number | null {
  if (!startTime || !endTime || !TIME.test(startTime) || !TIME.test(endTime)) return null;
  return minutesOfDay(endTime) - minutesOfDay(startTime);
}

/** "YYYY-MM" of a day. */
export function monthOf(day: string): string {
  return day.slice(0, 7);
}

/** Quarter (1–4) of a day. */
export function quarterOf(day: string): number {
  return Math.floor((Number(day.slice(5, 7)) - 1) / 3) + 1;
}

/** The facts of a meeting that must be possible before it is stored. */
export interface MeetingFacts {
  kind: MeetingKind;
  plannedOn?: string | null;
  heldOn?: string | null;
  startTime?: string | null;
  endTime?: string | null;
  online?: boolean | null;
  onlineReason?: string | null;
  documentsSentOn?: string | null;
  votesFor?: number | null;
  votesAgainst?: number | null;
  votesAbstain?: number | null;
  /** The organization exists on the meeting date. */
  organizationExists: boolean;
}

/**
 * Refusals: what cannot be true of a meeting. Rule shortfalls (late, short, incomplete) are not refused here;
 * `judgeMeeting` reports them as findings.
 */
export function checkMeeting(m: MeetingFacts, today: string): Violation[] {
  const out: Violation[] = [];
  if (!m.plannedOn && !m.heldOn) out.push(invalid('heldOn', 'Cần ngày dự kiến hoặc ngày họp.'));
  if (m.heldOn && m.heldOn > today) out.push(invalid('heldOn', `Ngày họp ${formatDay(m.heldOn)} còn ở tương lai; hãy ghi là ngày dự kiến.`));
  for (const key of ['startTime', 'endTime'] as const) {
    const v = m[key];
    if (v != null && !TIME.test(v)) out.push(invalid(key, 'Giờ phải có dạng HH:MM (00:00–23:59).'));
  }
  const length = meetingLength(m.startTime, m.endTime);
  if (length != null && length <= 0) out.push(invalid('endTime', 'Giờ kết thúc phải sau giờ bắt đầu.'));
  if (m.online && !m.onlineReason?.trim()) out.push(invalid('onlineReason', 'Họp trực tuyến cần nêu lý do (thí điểm hoặc bất khả kháng).'));
  const day = m.heldOn ?? m.plannedOn;
  if (m.documentsSentOn && day && m.documentsSentOn > day) out.push(invalid('documentsSentOn', 'Ngày gửi tài liệu không thể sau ngày họp.'));
  for (const key of ['votesFor', 'votesAgainst', 'votesAbstain'] as const) {
    const v = m[key];
    if (v != null && (!Number.isInteger(v) || v < 0 || v > 10_000)) out.push(invalid(key, 'Số phiếu phải là số nguyên không âm.'));
  }
  if (day && !m.organizationExists) out.push(invalid('organizationId', `Tổ chức không tồn tại vào ngày ${formatDay(day)}.`));
  return out;
}

/** One attendance line as the sheet sends it. */
export interface AttendanceLine {
  memberId: number;
  status: AttendanceStatus;
  reason?: string | null;
}

/** Refusals for an attendance sheet: only members of the branch on the date, once each, excused with a reason. */
export function checkAttendance(lines: AttendanceLine[], rosterIds: Set<number>, heldOn: string | null | undefined): Violation[] {
  const out: Violation[] = [];
  if (!heldOn) return [invalid('meetingId', 'Chỉ ghi điểm danh cho cuộc họp đã diễn ra (có ngày họp).')];
  const seen = new Set<number>();
  lines.forEach((line, i) => {
    if (!rosterIds.has(line.memberId)) out.push(invalid(`entries.${i}.memberId`, `Đảng viên không sinh hoạt tại tổ chức này vào ngày ${formatDay(heldOn)}.`));
    if (seen.has(line.memberId)) out.push(invalid(`entries.${i}.memberId`, 'Đảng viên được ghi hai lần.'));
    seen.add(line.memberId);
    if (line.status === AttendanceStatus.EXCUSED && !line.reason?.trim()) out.push(invalid(`entries.${i}.reason`, 'Vắng có lý do cần ghi lý do.'));
    if ((line.reason?.length ?? 0) > 300) out.push(invalid(`entries.${i}.reason`, 'Lý do tối đa 300 ký tự.'));
  });
  return out;
}

/** Counts of a meeting's attendance; excluded members who came are counted in neither term of the rate. */
export interface AttendanceCounts {
  expected: number;
  presentAmongExpected: number;
  excused: number;
  unexcused: number;
  excludedPresent: number;
}

/** Tallies attendance by DOMAIN convention 4: expected = members on the date minus exempt or on special duty. */
export function tallyAttendance(rows: Array<{ status: AttendanceStatus | null; exclusion: AttendanceExclusion | null }>): AttendanceCounts {
  const c: AttendanceCounts = { expected: 0, presentAmongExpected: 0, excused: 0, unexcused: 0, excludedPresent: 0 };
  for (const r of rows) {
    if (r.exclusion) {
      if (r.status === AttendanceStatus.PRESENT) c.excludedPresent++;
      continue;
    }
    c.expected++;
    if (r.status === AttendanceStatus.PRESENT) c.presentAmongExpected++;
    else if (r.status === AttendanceStatus.EXCUSED) c.excused++;
    else if (r.status === AttendanceStatus.UNEXCUSED) c.unexcused++;
  }
  return c;
}

/** Checks the thresholds of a meeting rule set an administrator enters. */
export function checkMeetingRules(rules: MeetingRules): Violation[] {
  const out: Violation[] = [];
  if (rules.regularByDay != null && (!Number.isInteger(rules.regularByDay) || rules.regularByDay < 1 || rules.regularByDay > 28)) {
    out.push(invalid('regularByDay', 'Ngày hạn sinh hoạt thường kỳ từ 1 đến 28.'));
  }
  if (rules.minAttendance && !(rules.minAttendance.share > 0 && rules.minAttendance.share <= 1)) {
    out.push(invalid('minAttendanceShare', 'Tỷ lệ dự họp tối thiểu phải trong khoảng (0, 1], ví dụ 0.9.'));
  }
  for (const key of ['maxConsecutiveExcused', 'documentsDaysAhead', 'thematicPerQuarter', 'rotationQuarters'] as const) {
    const v = rules[key];
    if (v != null && (!Number.isInteger(v) || v < 0 || v > 100)) out.push(invalid(key, 'Phải là số nguyên từ 0 đến 100.'));
  }
  if (rules.minMinutes) {
    for (const key of ['regular', 'combined'] as const) {
      const v = rules.minMinutes[key];
      if (!Number.isInteger(v) || v < 1 || v > 600) out.push(invalid(key === 'regular' ? 'minMinutesRegular' : 'minMinutesCombined', 'Số phút từ 1 đến 600.'));
    }
  }
  if (rules.procedure?.some((s) => !Object.values(ProcedureStep).includes(s))) out.push(invalid('procedure', 'Bước không hợp lệ.'));
  for (const [key, range] of [['regularPilotShare', rules.regularPilotShare], ['thematicPilotShare', rules.thematicPilotShare]] as const) {
    if (range && !(range.min >= 0 && range.max <= 1 && range.min <= range.max)) out.push(invalid(`${key}Min`, 'Tỷ lệ chi bộ điểm trong khoảng 0–1, mức thấp không quá mức cao.'));
  }
  return out;
}

/** Checks a rule set's document fields. */
export function checkRuleSetDocument(doc: { documentNumber: string; documentDate: string; title: string; validFrom: string; validTo?: string | null }): Violation[] {
  const out: Violation[] = [];
  if (!doc.documentNumber.trim() || doc.documentNumber.length > 40) out.push(invalid('documentNumber', 'Số hiệu văn bản bắt buộc, tối đa 40 ký tự.'));
  if (!doc.title.trim() || doc.title.length > 300) out.push(invalid('title', 'Trích yếu bắt buộc, tối đa 300 ký tự.'));
  if (!isIsoDate(doc.documentDate)) out.push(invalid('documentDate', 'Ngày văn bản không hợp lệ.'));
  if (doc.validTo != null && doc.validTo <= doc.validFrom) out.push(invalid('validTo', 'Ngày hết hiệu lực phải sau ngày có hiệu lực.'));
  return out;
}

/** Whether a meeting of this kind counts as the month's regular meeting (a combined one counts as both). */
export function countsAsRegular(kind: MeetingKind): boolean {
  return kind !== MeetingKind.THEMATIC;
}

/** Whether a meeting of this kind counts as the quarter's thematic meeting. */
export function countsAsThematic(kind: MeetingKind): boolean {
  return kind !== MeetingKind.REGULAR;
}

/**
 * The longest run of consecutive excused absences in a member's meetings of a year, in date order. Used with
 * `maxConsecutiveExcused` of the rule set in force (12-HD/BTCTW: more than 3 in a row is flagged).
 */
export function longestExcusedRun(statuses: AttendanceStatus[]): number {
  let best = 0;
  let run = 0;
  for (const s of statuses) {
    run = s === AttendanceStatus.EXCUSED ? run + 1 : 0;
    best = Math.max(best, run);
  }
  return best;
}

/**
 * The run of excused absences that ends at the last of a member's meetings, in date order (0 when the last one was
 * not an excused absence): the run a meeting is judged by, against `maxConsecutiveExcused`.
 */
export function trailingExcusedRun(statuses: AttendanceStatus[]): number {
  let run = 0;
  for (let i = statuses.length - 1; i >= 0 && statuses[i] === AttendanceStatus.EXCUSED; i--) run++;
  return run;
}
