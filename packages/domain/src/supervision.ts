import { isIsoDate, isQuarterKey, overlaps, type Period, quarterPeriod } from './dates';
import { PositionRole } from './structure';
import { conflict, invalid, type Violation } from './violation';

/** How a ward committee member is assigned to a branch. */
export enum AssignmentKind {
  /** In charge of the branch (phụ trách) for a term: attends it at least once a quarter. */
  IN_CHARGE = 'IN_CHARGE',
  /** A standing committee member's visit in one quarter, on rotation. */
  ROTATION = 'ROTATION',
}

/** What a pilot branch (chi bộ điểm) pilots in a year. */
export enum PilotKind {
  /** Regular meetings (sinh hoạt định kỳ): 5–10% of branches in the 2022 plan. */
  REGULAR_MEETING = 'REGULAR_MEETING',
  /** Thematic meetings (sinh hoạt chuyên đề): 3–5% of branches. */
  THEMATIC_MEETING = 'THEMATIC_MEETING',
  /** Meetings by party group, for a large branch (the group pilot). */
  PARTY_GROUP_MEETING = 'PARTY_GROUP_MEETING',
}

/** Positions of the ward committee's standing committee (Ban Thường vụ). */
export const STANDING_ROLES: readonly PositionRole[] = Object.freeze([
  PositionRole.WARD_SECRETARY, PositionRole.WARD_DEPUTY_SECRETARY, PositionRole.WARD_STANDING_COMMITTEE_MEMBER,
]);

/** Positions of the ward committee (Đảng ủy viên), standing committee included. */
export const COMMITTEE_ROLES: readonly PositionRole[] = Object.freeze([...STANDING_ROLES, PositionRole.WARD_COMMITTEE_MEMBER]);

/** A supervisor assignment as it would be stored, with what was looked up about it. */
export interface AssignmentFacts {
  kind: AssignmentKind;
  /** For ROTATION: the quarter, "YYYY-Qn". */
  quarter?: string | null;
  /** For IN_CHARGE: the term, half-open. */
  from?: string | null;
  to?: string | null;
  /** The member holds a ward committee position (standing, for ROTATION) during the period. */
  memberQualifies: boolean;
  /** The branch exists during the period. */
  branchExists: boolean;
  /** The planned meeting, when named: its branch is the assigned one and its day inside the period. */
  plannedMeetingFits?: boolean | null;
  /** Another assignment of the same kind for this member and branch overlaps the period. */
  overlaps?: boolean;
}

/** The period an assignment covers: the quarter of a rotation, the term of an assignment in charge. */
export function assignmentPeriod(a: Pick<AssignmentFacts, 'kind' | 'quarter' | 'from' | 'to'>): Period | null {
  if (a.kind === AssignmentKind.ROTATION) return a.quarter && isQuarterKey(a.quarter) ? quarterPeriod(a.quarter) : null;
  return a.from && isIsoDate(a.from) ? { from: a.from, to: a.to ?? null } : null;
}

/**
 * Refusals for a supervisor assignment: a rotation names a quarter and a standing committee member; an assignment in
 * charge has a valid term and a committee member; the branch exists then; a planned meeting is of that branch in the
 * period; the same member is not assigned twice to one branch for overlapping periods.
 */
export function checkSupervisorAssignment(a: AssignmentFacts): Violation[] {
  const out: Violation[] = [];
  const rotation = a.kind === AssignmentKind.ROTATION;
  if (rotation && (!a.quarter || !isQuarterKey(a.quarter))) out.push(invalid('quarter', 'Dự sinh hoạt luân phiên cần quý, dạng YYYY-Qn.'));
  if (!rotation) {
    if (!a.from || !isIsoDate(a.from)) out.push(invalid('from', 'Cần ngày bắt đầu phụ trách.'));
    else if (a.to != null && (!isIsoDate(a.to) || a.to <= a.from)) out.push(invalid('to', 'Ngày kết thúc phải sau ngày bắt đầu.'));
  }
  if (out.length) return out;
  if (!a.memberQualifies) {
    out.push(invalid('memberId', rotation ? 'Chỉ ủy viên Ban Thường vụ dự sinh hoạt luân phiên.' : 'Chỉ đảng ủy viên được phân công phụ trách chi bộ.'));
  }
  if (!a.branchExists) out.push(invalid('branchId', 'Chi bộ không tồn tại trong thời gian này.'));
  if (a.plannedMeetingFits === false) out.push(invalid('plannedMeetingId', 'Cuộc họp dự kiến phải là của chi bộ này, trong thời gian phân công.'));
  if (out.length === 0 && a.overlaps) out.push(conflict(rotation ? 'quarter' : 'from', 'Đồng chí này đã được phân công với chi bộ này trong thời gian đó.'));
  return out;
}

/** Share of branches chosen as pilots of a kind, and the range the plan asks for. */
export interface PilotRatio {
  chosen: number;
  branches: number;
  rate: number | null;
  min: number;
  max: number;
  /** BELOW or ABOVE the range, or null within it. */
  warning: 'BELOW' | 'ABOVE' | null;
}

/** Judges a year's pilot count against a range (5–10% of branches for regular meetings, 3–5% for thematic ones). */
export function pilotRatio(chosen: number, branches: number, range: { min: number; max: number }): PilotRatio {
  const rate = branches > 0 ? chosen / branches : null;
  const warning = rate == null ? null : rate < range.min ? 'BELOW' : rate > range.max ? 'ABOVE' : null;
  return { chosen, branches, rate, min: range.min, max: range.max, warning };
}

/** Whether a dated position covers any day of a period (half-open both). */
export function heldDuring(position: Period, period: Period): boolean {
  return overlaps(position, period);
}
