import { addDays, quarterKeyOf, quarterPeriod } from './dates';
import { type Finding, type MeetingRules, meetingRuleSetsOn, judgingRuleSetsOn } from './meeting-rules';
import type { RuleSet } from './rule-sets';
import { invalid, type Violation } from './violation';

/**
 * The figures the plan (and the tracking around it) is judged by. Codes are stable: the API, the CSV, the report
 * upward and the dashboard all use them.
 */
export enum IndicatorCode {
  /** (1) Branches that held the month's regular (or combined) meeting / branches expected to. */
  REGULAR_HELD = 'REGULAR_HELD',
  /** (1) Of the branches expected, those that held it in the first week. */
  REGULAR_FIRST_WEEK = 'REGULAR_FIRST_WEEK',
  /** (1) Branches that held a thematic (or combined) meeting in the quarter / branches expected to. */
  THEMATIC_HELD = 'THEMATIC_HELD',
  /** (2) Branch meetings held with every procedure step and enough length / branch meetings held. */
  CONTENT_COMPLETE = 'CONTENT_COMPLETE',
  /** (3) Present among expected attendees / expected attendees, pooled over the regular meetings. */
  ATTENDANCE_POOLED = 'ATTENDANCE_POOLED',
  /** (3) Branches whose regular meeting reached the attendance threshold / branches expected. */
  BRANCHES_AT_THRESHOLD = 'BRANCHES_AT_THRESHOLD',
  /** (4) Working members holding a task for the year / working members. */
  MEMBERS_TASKED = 'MEMBERS_TASKED',
  /** Supervision: standing committee members who attended a branch meeting and rotated / standing members. */
  SUPERVISORS_ROTATING = 'SUPERVISORS_ROTATING',
  /** Supervision: members in charge of a branch who attended its meeting / assignments in charge. */
  IN_CHARGE_VISITED = 'IN_CHARGE_VISITED',
  /** Pilots: branches piloting regular meetings / branches. */
  REGULAR_PILOTS = 'REGULAR_PILOTS',
  /** Pilots: branches piloting thematic meetings / branches. */
  THEMATIC_PILOTS = 'THEMATIC_PILOTS',
  /** Resolution tasks done by their deadline / tasks whose deadline fell in the period and has passed. */
  TASKS_ON_TIME = 'TASKS_ON_TIME',
  /** Meetings whose documents went out early enough / meetings held under a rule asking for it. */
  DOCUMENTS_ON_TIME = 'DOCUMENTS_ON_TIME',
}

/** What the rows behind a figure are. */
export type IndicatorUnit = 'BRANCH_MONTH' | 'BRANCH_QUARTER' | 'MEETING' | 'MEMBER' | 'COMMITTEE_MEMBER' | 'ASSIGNMENT' | 'BRANCH' | 'TASK';

/** How a figure counts: the DOMAIN convention it follows, written for the people who read the figure. */
export interface IndicatorDefinition {
  code: IndicatorCode;
  /** The plan's figure number (1–4), or null for the figures tracked beside them. */
  planFigure: number | null;
  label: string;
  labelEn: string;
  unit: IndicatorUnit;
  /** Whether the figure can be split by organization, branch kind and month (the supervision and pilot figures are the committee's own). */
  groupable: { organization: boolean; branchKind: boolean; month: boolean; quarter: boolean };
  convention: string;
}

const ALL = { organization: true, branchKind: true, month: true, quarter: true };
const NO_MONTH = { organization: true, branchKind: true, month: false, quarter: true };
const COMMITTEE = { organization: false, branchKind: false, month: false, quarter: true };

/** The conventions of DOMAIN "How the indicators count", one place for the API descriptions, the dashboard and the report. */
export const INDICATORS: IndicatorDefinition[] = [
  {
    code: IndicatorCode.REGULAR_HELD, planFigure: 1, unit: 'BRANCH_MONTH', groupable: ALL,
    label: 'Chi bộ sinh hoạt thường kỳ', labelEn: 'Branches holding the regular meeting',
    convention: 'Mỗi tháng, chi bộ tồn tại vào ngày 1 của tháng phải sinh hoạt thường kỳ; cuộc họp kết hợp cũng tính. Tử số: số lượt chi bộ đã họp; mẫu số: số lượt chi bộ phải họp.',
  },
  {
    code: IndicatorCode.REGULAR_FIRST_WEEK, planFigure: 1, unit: 'BRANCH_MONTH', groupable: ALL,
    label: 'Sinh hoạt trong tuần đầu tháng', labelEn: 'Regular meetings in the first week',
    convention: 'Trong số lượt chi bộ phải họp, số lượt đã họp từ ngày 1 đến ngày hạn của văn bản đang áp dụng (ngày 7 nếu văn bản không quy định).',
  },
  {
    code: IndicatorCode.THEMATIC_HELD, planFigure: 1, unit: 'BRANCH_QUARTER', groupable: NO_MONTH,
    label: 'Chi bộ sinh hoạt chuyên đề hằng quý', labelEn: 'Branches holding the quarterly thematic meeting',
    convention: 'Chi bộ tồn tại suốt cả quý phải sinh hoạt chuyên đề trong quý; cuộc họp kết hợp cũng tính. Chỉ tính các quý nằm trọn trong kỳ.',
  },
  {
    code: IndicatorCode.CONTENT_COMPLETE, planFigure: 2, unit: 'MEETING', groupable: ALL,
    label: 'Cuộc họp đủ nội dung, quy trình, thời lượng', labelEn: 'Meetings with every step and enough length',
    convention: 'Trong số cuộc họp chi bộ đã diễn ra, số cuộc thực hiện đủ các bước quy trình và đủ thời lượng theo văn bản đang áp dụng (hoặc quyết định về thời lượng của cấp ủy); cuộc họp không ghi giờ bắt đầu, kết thúc chưa được tính là đủ.',
  },
  {
    code: IndicatorCode.ATTENDANCE_POOLED, planFigure: 3, unit: 'MEETING', groupable: ALL,
    label: 'Tỷ lệ đảng viên dự sinh hoạt', labelEn: 'Members attending',
    convention: 'Cộng dồn các cuộc sinh hoạt thường kỳ của các chi bộ phải họp: số đảng viên phải dự có mặt ÷ số đảng viên phải dự (đảng viên trong chi bộ vào ngày họp, trừ người được miễn hoặc làm nhiệm vụ đặc biệt; người được miễn vẫn đến thì ghi nhận nhưng không tính).',
  },
  {
    code: IndicatorCode.BRANCHES_AT_THRESHOLD, planFigure: 3, unit: 'BRANCH_MONTH', groupable: ALL,
    label: 'Chi bộ đạt tỷ lệ dự họp', labelEn: 'Branches at the attendance threshold',
    convention: 'Trong số lượt chi bộ phải họp, số lượt có cuộc sinh hoạt thường kỳ đạt ngưỡng dự họp của văn bản đang áp dụng vào tháng đó; chi bộ không họp tính là chưa đạt.',
  },
  {
    code: IndicatorCode.MEMBERS_TASKED, planFigure: 4, unit: 'MEMBER', groupable: ALL,
    label: 'Đảng viên được phân công nhiệm vụ', labelEn: 'Working members with a task',
    convention: 'Vào ngày cuối của kỳ (hoặc hôm nay nếu sớm hơn): đảng viên đang sinh hoạt ở chi bộ, chưa nghỉ hưu và không được miễn sinh hoạt; được tính là đã phân công nếu đến ngày đó đã có nhiệm vụ của năm do bất kỳ chi bộ nào giao.',
  },
  {
    code: IndicatorCode.SUPERVISORS_ROTATING, planFigure: null, unit: 'COMMITTEE_MEMBER', groupable: COMMITTEE,
    label: 'Ủy viên thường vụ dự sinh hoạt luân phiên', labelEn: 'Standing members attending in rotation',
    convention: 'Mỗi quý, ủy viên ban thường vụ đạt khi dự ít nhất một cuộc sinh hoạt chi bộ trong quý và ít nhất một chi bộ không trùng với các chi bộ đã dự trong số quý trước mà văn bản quy định.',
  },
  {
    code: IndicatorCode.IN_CHARGE_VISITED, planFigure: null, unit: 'ASSIGNMENT', groupable: COMMITTEE,
    label: 'Cấp ủy viên phụ trách dự sinh hoạt chi bộ', labelEn: 'Members in charge attending their branch',
    convention: 'Mỗi quý, cấp ủy viên phụ trách chi bộ đạt khi dự ít nhất một cuộc họp của chi bộ đó trong quý.',
  },
  {
    code: IndicatorCode.REGULAR_PILOTS, planFigure: null, unit: 'BRANCH', groupable: COMMITTEE,
    label: 'Chi bộ chỉ đạo điểm sinh hoạt thường kỳ', labelEn: 'Regular meeting pilots',
    convention: 'Số chi bộ được chọn chỉ đạo điểm sinh hoạt thường kỳ trong năm ÷ số chi bộ vào ngày cuối của kỳ; mục tiêu là khoảng tỷ lệ của kế hoạch đang áp dụng.',
  },
  {
    code: IndicatorCode.THEMATIC_PILOTS, planFigure: null, unit: 'BRANCH', groupable: COMMITTEE,
    label: 'Chi bộ chỉ đạo điểm sinh hoạt chuyên đề', labelEn: 'Thematic meeting pilots',
    convention: 'Số chi bộ được chọn chỉ đạo điểm sinh hoạt chuyên đề trong năm ÷ số chi bộ vào ngày cuối của kỳ.',
  },
  {
    code: IndicatorCode.TASKS_ON_TIME, planFigure: null, unit: 'TASK', groupable: ALL,
    label: 'Nhiệm vụ nghị quyết hoàn thành đúng hạn', labelEn: 'Resolution tasks done on time',
    convention: 'Các nhiệm vụ của nghị quyết có hạn trong kỳ và đã qua hạn: số nhiệm vụ hoàn thành đến hết ngày hạn ÷ số nhiệm vụ (không tính nhiệm vụ đã hủy).',
  },
  {
    code: IndicatorCode.DOCUMENTS_ON_TIME, planFigure: null, unit: 'MEETING', groupable: ALL,
    label: 'Tài liệu gửi trước đúng hạn', labelEn: 'Documents sent in time',
    convention: 'Trong số cuộc họp chi bộ diễn ra khi văn bản đang áp dụng yêu cầu gửi tài liệu trước, số cuộc gửi tài liệu đủ số ngày trước.',
  },
];

export const INDICATOR_BY_CODE: Record<IndicatorCode, IndicatorDefinition> = Object.fromEntries(INDICATORS.map((d) => [d.code, d])) as Record<IndicatorCode, IndicatorDefinition>;

/** The last day of the first week when no rule set names a due day (DOMAIN convention 6). */
export const FIRST_WEEK_LAST_DAY = 7;

/** What the stored findings of a held meeting say about figure 2 and the documents figure. */
export interface MeetingQuality {
  /** Every procedure step done and long enough, with its length known. */
  contentComplete: boolean;
  /** A rule set in force on the day asks for documents sent ahead. */
  documentsDue: boolean;
  /** Documents went out early enough (false when not due). */
  documentsOnTime: boolean;
}

/** Figure 2 and the documents figure for one held meeting, from its length and its findings under the rule sets in force. */
export function meetingQuality(meeting: { heldOn: string | null; minutes: number | null }, findings: Pick<Finding, 'code'>[], sets: RuleSet<MeetingRules>[]): MeetingQuality {
  if (!meeting.heldOn) return { contentComplete: false, documentsDue: false, documentsOnTime: false };
  const codes = new Set(findings.map((f) => f.code));
  const documentsDue = meetingRuleSetsOn(sets, meeting.heldOn).some((s) => s.rules.documentsDaysAhead != null);
  return {
    contentComplete: meeting.minutes != null && !codes.has('TOO_SHORT') && !codes.has('PROCEDURE_INCOMPLETE'),
    documentsDue,
    documentsOnTime: documentsDue && !codes.has('DOCUMENTS_LATE'),
  };
}

/** A month of a period with what the rule sets in force then ask: the due day of the regular meeting and the attendance threshold. */
export interface IndicatorMonth {
  /** YYYY-MM. */
  month: string;
  quarter: string;
  first: string;
  /** The last day counted as "the first week". */
  dueDay: string;
  /** Share to reach, and whether it must be exceeded; null when no rule set in force sets one. */
  threshold: { share: number; strict: boolean; documentNumber: string } | null;
  /** Documents in force on the first day that ask for the regular meeting, its day and its attendance. */
  documents: string[];
}

/** A period asked for: one of a month, a quarter, a year, or a range of months. */
export interface PeriodRequest {
  month?: string | null;
  quarter?: string | null;
  /** A half-year, YYYY-H1 or YYYY-H2 (the periodic report upward). */
  half?: string | null;
  year?: number | null;
  from?: string | null;
  to?: string | null;
}

const MONTH_KEY = /^\d{4}-(0[1-9]|1[0-2])$/;
/** The longest range one request may ask for. */
export const MAX_INDICATOR_MONTHS = 36;

/** The period as its first and last month, or the violations naming the field at fault. */
export function resolvePeriod(p: PeriodRequest, field = 'period'): { from: string; to: string } | Violation[] {
  const given = [p.month != null, p.quarter != null, p.half != null, p.year != null, p.from != null || p.to != null].filter(Boolean).length;
  if (given !== 1) return [invalid(field, 'Chọn đúng một trong: tháng, quý, nửa năm, năm, hoặc khoảng từ tháng đến tháng.')];
  if (p.half != null) {
    if (!/^\d{4}-H[12]$/.test(p.half)) return [invalid(`${field}.half`, 'Nửa năm phải có dạng YYYY-H1 hoặc YYYY-H2.')];
    const y = p.half.slice(0, 4);
    return p.half.endsWith('1') ? { from: `${y}-01`, to: `${y}-06` } : { from: `${y}-07`, to: `${y}-12` };
  }
  if (p.month != null) return MONTH_KEY.test(p.month) ? { from: p.month, to: p.month } : [invalid(`${field}.month`, 'Tháng phải có dạng YYYY-MM.')];
  if (p.quarter != null) {
    if (!/^\d{4}-Q[1-4]$/.test(p.quarter)) return [invalid(`${field}.quarter`, 'Quý phải có dạng YYYY-Qn, ví dụ 2026-Q3.')];
    const n = Number(p.quarter.slice(6));
    const y = p.quarter.slice(0, 4);
    return { from: `${y}-${String(n * 3 - 2).padStart(2, '0')}`, to: `${y}-${String(n * 3).padStart(2, '0')}` };
  }
  if (p.year != null) {
    if (!Number.isInteger(p.year) || p.year < 2000 || p.year > 2100) return [invalid(`${field}.year`, 'Năm phải từ 2000 đến 2100.')];
    return { from: `${p.year}-01`, to: `${p.year}-12` };
  }
  if (!p.from || !MONTH_KEY.test(p.from)) return [invalid(`${field}.from`, 'Tháng đầu phải có dạng YYYY-MM.')];
  if (!p.to || !MONTH_KEY.test(p.to) || p.to < p.from) return [invalid(`${field}.to`, 'Tháng cuối phải có dạng YYYY-MM, không trước tháng đầu.')];
  if (monthKeys(p.from, p.to).length > MAX_INDICATOR_MONTHS) return [invalid(`${field}.to`, `Tối đa ${MAX_INDICATOR_MONTHS} tháng một lần.`)];
  return { from: p.from, to: p.to };
}

/** The "YYYY-MM" keys from one month to another, both included. */
export function monthKeys(from: string, to: string): string[] {
  const out: string[] = [];
  let [y, m] = [Number(from.slice(0, 4)), Number(from.slice(5, 7))];
  for (let key = from; key <= to; key = `${y}-${String(m).padStart(2, '0')}`) {
    out.push(key);
    if (m === 12) {
      y += 1;
      m = 1;
    } else m += 1;
  }
  return out;
}

/** The first day of the month after a "YYYY-MM" key. */
export function monthEnd(month: string): string {
  const [y, m] = [Number(month.slice(0, 4)), Number(month.slice(5, 7))];
  return m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, '0')}-01`;
}

/**
 * The months of a period with the rules in force on each first day (DOMAIN conventions 1, 3, 5, 6): the due day of
 * the regular meeting (the strictest `regularByDay`, else day 7) and the attendance threshold (the highest share in
 * force; strict when that document asks to exceed it).
 */
export function indicatorMonths(from: string, to: string, sets: RuleSet<MeetingRules>[]): IndicatorMonth[] {
  return monthKeys(from, to).map((month) => {
    const first = `${month}-01`;
    const inForce = judgingRuleSetsOn(sets, first);
    const days = inForce.map((s) => s.rules.regularByDay).filter((d): d is number => d != null);
    const withShare = inForce.filter((s) => s.rules.minAttendance).sort((a, b) => (b.rules.minAttendance?.share ?? 0) - (a.rules.minAttendance?.share ?? 0));
    const top = withShare[0];
    return {
      month, quarter: quarterKeyOf(first), first,
      dueDay: addDays(first, (days.length ? Math.min(...days) : FIRST_WEEK_LAST_DAY) - 1),
      threshold: top?.rules.minAttendance ? { ...top.rules.minAttendance, documentNumber: top.documentNumber } : null,
      documents: inForce.filter((s) => s.rules.regularByDay != null || s.rules.minAttendance != null).map((s) => s.documentNumber),
    };
  });
}

/** The quarters lying wholly inside a range of months, with their first day and the first day after. */
export function wholeQuarters(from: string, to: string): Array<{ quarter: string; from: string; to: string }> {
  const quarters = [...new Set(monthKeys(from, to).map((m) => quarterKeyOf(`${m}-01`)))];
  return quarters.map((quarter) => ({ quarter, ...quarterPeriod(quarter) })).filter((q) => q.from.slice(0, 7) >= from && addDays(q.to, -1).slice(0, 7) <= to);
}

/**
 * A figure's target from the rule sets in force on a day: the attendance share for pooled attendance, the lower end of
 * the pilot range for pilots, 100% for the rest (the plan's "100%"). Null when no rule set in force asks for it.
 */
export function indicatorTarget(code: IndicatorCode, sets: RuleSet<MeetingRules>[], day: string): { target: number; documents: string[] } | null {
  const inForce = meetingRuleSetsOn(sets, day);
  const by = (pick: (r: MeetingRules) => unknown) => inForce.filter((s) => pick(s.rules) != null && pick(s.rules) !== false);
  const full = (found: RuleSet<MeetingRules>[]) => (found.length ? { target: 1, documents: found.map((s) => s.documentNumber) } : null);
  switch (code) {
    case IndicatorCode.REGULAR_HELD:
    case IndicatorCode.REGULAR_FIRST_WEEK:
      return full(by((r) => r.regularByDay));
    case IndicatorCode.THEMATIC_HELD:
      return full(by((r) => r.thematicPerQuarter));
    case IndicatorCode.CONTENT_COMPLETE:
      return full(by((r) => r.procedure ?? r.minMinutes));
    case IndicatorCode.ATTENDANCE_POOLED:
    case IndicatorCode.BRANCHES_AT_THRESHOLD: {
      const found = by((r) => r.minAttendance).sort((a, b) => (b.rules.minAttendance?.share ?? 0) - (a.rules.minAttendance?.share ?? 0));
      if (!found.length) return null;
      return { target: code === IndicatorCode.ATTENDANCE_POOLED ? (found[0].rules.minAttendance?.share as number) : 1, documents: [found[0].documentNumber] };
    }
    case IndicatorCode.MEMBERS_TASKED:
      return full(by((r) => r.everyWorkingMemberTasked));
    case IndicatorCode.SUPERVISORS_ROTATING:
    case IndicatorCode.IN_CHARGE_VISITED:
      return full(by((r) => r.rotationQuarters));
    case IndicatorCode.REGULAR_PILOTS:
    case IndicatorCode.THEMATIC_PILOTS: {
      const found = by((r) => (code === IndicatorCode.REGULAR_PILOTS ? r.regularPilotShare : r.thematicPilotShare));
      const range = found[0] && (code === IndicatorCode.REGULAR_PILOTS ? found[0].rules.regularPilotShare : found[0].rules.thematicPilotShare);
      return range ? { target: range.min, documents: [found[0].documentNumber] } : null;
    }
    case IndicatorCode.TASKS_ON_TIME:
      return full(by((r) => r.everyWorkingMemberTasked));
    case IndicatorCode.DOCUMENTS_ON_TIME:
      return full(by((r) => r.documentsDaysAhead));
  }
}

/** Whether a figure meets its target (null when nothing was expected or no target applies). */
export function indicatorMet(rate: number | null, target: number | null): boolean | null {
  if (rate == null || target == null) return null;
  return rate >= target - 1e-9;
}

/**
 * A committee is behind on a figure when its rate is below the target (DOMAIN: the plan's 100%, the attendance share);
 * rates with nothing expected are not judged. Used by the alerts.
 */
export function behindTarget(figure: { numerator: number; denominator: number; target: number | null }): boolean {
  if (figure.denominator === 0 || figure.target == null) return false;
  return figure.numerator / figure.denominator < figure.target - 1e-9;
}

const ROMAN = ['I', 'II', 'III', 'IV'];

/** A period as a party report names it: "Tháng 03/2026", "Quý I/2026", "6 tháng đầu năm 2026", "Năm 2026", or a range. */
export function periodLabel(p: PeriodRequest): string {
  if (p.month) return `Tháng ${p.month.slice(5, 7)}/${p.month.slice(0, 4)}`;
  if (p.quarter) return `Quý ${ROMAN[Number(p.quarter.slice(6)) - 1]}/${p.quarter.slice(0, 4)}`;
  if (p.half) return `6 tháng ${p.half.endsWith('1') ? 'đầu' : 'cuối'} năm ${p.half.slice(0, 4)}`;
  if (p.year) return `Năm ${p.year}`;
  return `Từ tháng ${p.from?.slice(5, 7)}/${p.from?.slice(0, 4)} đến tháng ${p.to?.slice(5, 7)}/${p.to?.slice(0, 4)}`;
}

/**
 * The months a committee's figures are checked over for the "behind target" alert on a day: the quarter so far, up to
 * the last month whose due day has passed (a month is not judged before its meetings are due); early in a quarter's
 * first month, the month before.
 */
export function alertMonths(day: string, dueDay: number | null): { from: string; to: string } {
  const month = day.slice(0, 7);
  const [y, m] = [Number(month.slice(0, 4)), Number(month.slice(5, 7))];
  const previous = m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;
  const last = Number(day.slice(8, 10)) > (dueDay ?? FIRST_WEEK_LAST_DAY) ? month : previous;
  const quarterFirst = `${y}-${String(Math.floor((m - 1) / 3) * 3 + 1).padStart(2, '0')}`;
  return { from: last < quarterFirst ? last : quarterFirst, to: last };
}
