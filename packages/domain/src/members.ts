import { isIsoDate, overlaps, type Period } from './dates';
import type { BranchStructureRules } from './rule-sets';
import { BranchKind, checkPeriod, checkRequiredText, type OrganizationFacts, OrganizationKind } from './structure';
import { conflict, invalid, type Violation } from './violation';

/** Chính thức / dự bị. */
export enum MemberStatus {
  OFFICIAL = 'OFFICIAL',
  PROBATIONARY = 'PROBATIONARY',
}

/** Whether a member still works or has retired. */
export enum WorkStatus {
  WORKING = 'WORKING',
  RETIRED = 'RETIRED',
}

/**
 * Whether a member is working on a day: not when retired on or before it. A member marked RETIRED without a
 * retirement day counts as retired on every day.
 */
export function workingOn(member: { workStatus?: WorkStatus | null; retiredOn?: string | null }, day: string): boolean {
  if (member.retiredOn) return day < member.retiredOn;
  return member.workStatus !== WorkStatus.RETIRED;
}

export enum Gender {
  MALE = 'MALE',
  FEMALE = 'FEMALE',
}

/** The personal facts of a member the rules check. */
export interface MemberFacts {
  fullName: string;
  status: MemberStatus;
  birthDate?: string | null;
  admittedOn: string;
  officialOn?: string | null;
  phone?: string | null;
  email?: string | null;
}

/** Checks a member record: name, dates in order, official date matching the status. */
export function checkMember(m: MemberFacts, rules: BranchStructureRules): Violation[] {
  const out: Violation[] = [...checkRequiredText(m.fullName, 'fullName', 120)];
  if (!isIsoDate(m.admittedOn)) out.push(invalid('admittedOn', 'Ngày vào Đảng không hợp lệ.'));
  if (m.birthDate != null && !isIsoDate(m.birthDate)) out.push(invalid('birthDate', 'Ngày sinh không hợp lệ.'));
  if (m.officialOn != null && !isIsoDate(m.officialOn)) out.push(invalid('officialOn', 'Ngày chính thức không hợp lệ.'));
  if (out.length) return out;
  if (m.status === MemberStatus.OFFICIAL && !m.officialOn) {
    out.push(invalid('officialOn', 'Đảng viên chính thức cần có ngày được công nhận chính thức.'));
  }
  if (m.status === MemberStatus.PROBATIONARY && m.officialOn) {
    out.push(invalid('officialOn', 'Đảng viên dự bị chưa có ngày chính thức.'));
  }
  if (m.officialOn && m.officialOn <= m.admittedOn) {
    out.push(invalid('officialOn', 'Ngày chính thức phải sau ngày vào Đảng.'));
  }
  if (m.birthDate) {
    const [y, mo, d] = m.birthDate.split('-');
    const adult = `${Number(y) + rules.minAdmissionAge}-${mo}-${d}`;
    if (m.admittedOn < adult) out.push(invalid('admittedOn', `Người vào Đảng phải đủ ${rules.minAdmissionAge} tuổi.`));
  }
  if (m.phone != null && m.phone !== '' && !/^\+?[0-9 .()-]{6,20}$/.test(m.phone)) {
    out.push(invalid('phone', 'Số điện thoại không hợp lệ.'));
  }
  if (m.email != null && m.email !== '' && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(m.email)) {
    out.push(invalid('email', 'Địa chỉ email không hợp lệ.'));
  }
  return out;
}

/** A member's placement in a branch (and optionally a party group) for a period. */
export interface MembershipFacts extends Period {
  id?: number;
  memberId: number;
}

/**
 * Checks a membership: its dates, that the branch is a branch existing over the whole period, that the
 * group belongs to the branch, and that the member is in no other branch on any of its days.
 */
export function checkMembership(
  candidate: MembershipFacts,
  branch: (OrganizationFacts & { id: number }) | null,
  group: (OrganizationFacts & { parentId: number | null }) | null,
  otherMemberships: MembershipFacts[],
  member: { admittedOn: string } | null,
): Violation[] {
  const out = checkPeriod(candidate, 'from', 'to');
  if (!branch) out.push(invalid('branchId', 'Không tìm thấy chi bộ.'));
  else if (branch.kind !== OrganizationKind.BRANCH) out.push(invalid('branchId', 'Đảng viên sinh hoạt tại một chi bộ.'));
  if (!member) out.push(invalid('memberId', 'Không tìm thấy đảng viên.'));
  if (out.length) return out;
  if (branch && candidate.from < branch.foundedOn) out.push(invalid('from', 'Chi bộ chưa được thành lập vào ngày này.'));
  if (branch?.dissolvedOn && (candidate.to == null || candidate.to > branch.dissolvedOn)) {
    out.push(invalid('to', 'Chi bộ đã giải thể trước khi kết thúc thời gian sinh hoạt.'));
  }
  if (group) {
    if (group.kind !== OrganizationKind.PARTY_GROUP) out.push(invalid('partyGroupId', 'Phải chọn một tổ đảng.'));
    else if (group.parentId !== branch?.id) out.push(invalid('partyGroupId', 'Tổ đảng không thuộc chi bộ đã chọn.'));
  }
  if (member && candidate.from < member.admittedOn) {
    out.push(invalid('from', 'Không thể sinh hoạt trước ngày vào Đảng.'));
  }
  const clash = otherMemberships.find((m) => m.id !== candidate.id && overlaps(candidate, m));
  if (clash) {
    out.push(conflict('from', 'Đảng viên đang sinh hoạt ở một chi bộ khác trong khoảng thời gian này.'));
  }
  return out;
}

/**
 * Special duty (left out of the attendance denominator) is armed-forces duty: only a member of an armed-forces
 * branch (ward police, ward military) on the period's first day may have one. `branchKind` is the kind of the
 * member's branch on that day, null when in none.
 */
export function checkSpecialDutyBranch(branchKind: BranchKind | null, field: string): Violation[] {
  if (branchKind === BranchKind.ARMED_FORCES) return [];
  return [invalid(field, 'Chỉ đảng viên chi bộ lực lượng vũ trang (công an, quân sự) mới làm nhiệm vụ đặc biệt; vào ngày bắt đầu, đảng viên này không sinh hoạt ở chi bộ như vậy.')];
}

/** Checks an exemption or special-duty period against the member's other periods of the same kind. */
export function checkMemberPeriod(candidate: Period & { id?: number }, others: Array<Period & { id?: number }>, label: string): Violation[] {
  const out = checkPeriod(candidate, 'from', 'to');
  if (out.length) return out;
  if (others.some((o) => o.id !== candidate.id && overlaps(candidate, o))) {
    out.push(conflict('from', `${label} trùng với một khoảng thời gian đã có.`));
  }
  return out;
}
