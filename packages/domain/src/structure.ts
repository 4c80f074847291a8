import { covers, isIsoDate, overlaps, type Period } from './dates';
import { conflict, invalid, type Violation } from './violation';

/** Levels of the party organization tree. */
export enum OrganizationKind {
  /** Đảng ủy phường: the ward party committee, root of a ward's tree. */
  WARD_COMMITTEE = 'WARD_COMMITTEE',
  /** Đảng ủy cơ sở: an intermediate grassroots committee with branches of its own. */
  GRASSROOTS_COMMITTEE = 'GRASSROOTS_COMMITTEE',
  /** Chi bộ. */
  BRANCH = 'BRANCH',
  /** Tổ đảng: a subdivision of a branch. */
  PARTY_GROUP = 'PARTY_GROUP',
}

/** The five kinds of branch, each with its own typical meeting content. */
export enum BranchKind {
  RESIDENTIAL = 'RESIDENTIAL',
  ARMED_FORCES = 'ARMED_FORCES',
  SCHOOL = 'SCHOOL',
  AGENCY = 'AGENCY',
  NON_STATE_ENTERPRISE = 'NON_STATE_ENTERPRISE',
}

/** Which kinds of organization may stand directly above each kind. */
export const ALLOWED_PARENT_KINDS: Record<OrganizationKind, OrganizationKind[]> = {
  [OrganizationKind.WARD_COMMITTEE]: [],
  [OrganizationKind.GRASSROOTS_COMMITTEE]: [OrganizationKind.WARD_COMMITTEE],
  [OrganizationKind.BRANCH]: [OrganizationKind.WARD_COMMITTEE, OrganizationKind.GRASSROOTS_COMMITTEE],
  [OrganizationKind.PARTY_GROUP]: [OrganizationKind.BRANCH],
};

/** Positions with dated terms. */
export enum PositionRole {
  WARD_SECRETARY = 'WARD_SECRETARY',
  WARD_DEPUTY_SECRETARY = 'WARD_DEPUTY_SECRETARY',
  WARD_STANDING_COMMITTEE_MEMBER = 'WARD_STANDING_COMMITTEE_MEMBER',
  WARD_COMMITTEE_MEMBER = 'WARD_COMMITTEE_MEMBER',
  INSPECTION_COMMITTEE_MEMBER = 'INSPECTION_COMMITTEE_MEMBER',
  BRANCH_SECRETARY = 'BRANCH_SECRETARY',
  BRANCH_DEPUTY_SECRETARY = 'BRANCH_DEPUTY_SECRETARY',
  BRANCH_COMMITTEE_MEMBER = 'BRANCH_COMMITTEE_MEMBER',
  GROUP_LEADER = 'GROUP_LEADER',
  GROUP_DEPUTY_LEADER = 'GROUP_DEPUTY_LEADER',
}

const COMMITTEE_KINDS = [OrganizationKind.WARD_COMMITTEE, OrganizationKind.GRASSROOTS_COMMITTEE];

/** The kinds of organization each position is held in. */
export const POSITION_ORGANIZATION_KINDS: Record<PositionRole, OrganizationKind[]> = {
  [PositionRole.WARD_SECRETARY]: COMMITTEE_KINDS,
  [PositionRole.WARD_DEPUTY_SECRETARY]: COMMITTEE_KINDS,
  [PositionRole.WARD_STANDING_COMMITTEE_MEMBER]: COMMITTEE_KINDS,
  [PositionRole.WARD_COMMITTEE_MEMBER]: COMMITTEE_KINDS,
  [PositionRole.INSPECTION_COMMITTEE_MEMBER]: COMMITTEE_KINDS,
  [PositionRole.BRANCH_SECRETARY]: [OrganizationKind.BRANCH],
  [PositionRole.BRANCH_DEPUTY_SECRETARY]: [OrganizationKind.BRANCH],
  [PositionRole.BRANCH_COMMITTEE_MEMBER]: [OrganizationKind.BRANCH],
  [PositionRole.GROUP_LEADER]: [OrganizationKind.PARTY_GROUP],
  [PositionRole.GROUP_DEPUTY_LEADER]: [OrganizationKind.PARTY_GROUP],
};

/** Positions of which an organization has at most one holder on any day. */
export const SINGLE_HOLDER_ROLES: PositionRole[] = [
  PositionRole.WARD_SECRETARY,
  PositionRole.BRANCH_SECRETARY,
  PositionRole.GROUP_LEADER,
];

/** The seats of a branch committee (chi ủy): secretary, deputy and committee members. */
export const BRANCH_COMMITTEE_ROLES: PositionRole[] = [
  PositionRole.BRANCH_SECRETARY,
  PositionRole.BRANCH_DEPUTY_SECRETARY,
  PositionRole.BRANCH_COMMITTEE_MEMBER,
];

/** Checks that a dated period is made of real dates and does not end before it starts. */
export function checkPeriod(period: { from?: string | null; to?: string | null }, fromField: string, toField: string): Violation[] {
  const out: Violation[] = [];
  if (period.from != null && !isIsoDate(period.from)) out.push(invalid(fromField, 'Ngày không hợp lệ (YYYY-MM-DD).'));
  if (period.to != null && !isIsoDate(period.to)) out.push(invalid(toField, 'Ngày không hợp lệ (YYYY-MM-DD).'));
  if (out.length === 0 && period.from != null && period.to != null && period.to <= period.from) {
    out.push(invalid(toField, 'Ngày kết thúc phải sau ngày bắt đầu.'));
  }
  return out;
}

/** Checks that a name-like text is present and of reasonable length. */
export function checkRequiredText(value: string | null | undefined, field: string, max = 200): Violation[] {
  const text = value?.trim() ?? '';
  if (!text) return [invalid(field, 'Không được để trống.')];
  if (text.length > max) return [invalid(field, `Tối đa ${max} ký tự.`)];
  if (/[\u0000-\u001f\u007f]/.test(text)) return [invalid(field, 'Không được chứa ký tự điều khiển.')];
  return [];
}

/** Checks that a new period overlaps none of the existing ones (other than itself). */
export function checkNoOverlap(
  candidate: Period,
  existing: Array<Period & { id?: number | string }>,
  field: string,
  message: string,
  selfId?: number | string,
): Violation[] {
  const clash = existing.find((p) => p.id !== selfId && overlaps(candidate, p));
  return clash ? [conflict(field, message)] : [];
}

/** The organization facts the placement rules need. */
export interface OrganizationFacts {
  id?: number;
  kind: OrganizationKind;
  foundedOn: string;
  dissolvedOn?: string | null;
}

/** Checks where an organization may sit in the tree and that its dates fit inside its parent's. */
export function checkPlacement(org: OrganizationFacts & { branchKind?: BranchKind | null }, parent: OrganizationFacts | null): Violation[] {
  const out: Violation[] = [];
  const allowed = ALLOWED_PARENT_KINDS[org.kind];
  if (allowed.length === 0 && parent) out.push(invalid('parentId', 'Đảng ủy phường không có tổ chức cấp trên trong phường.'));
  if (allowed.length > 0 && !parent) out.push(invalid('parentId', 'Cần chọn tổ chức cấp trên.'));
  if (parent && allowed.length > 0 && !allowed.includes(parent.kind)) {
    out.push(invalid('parentId', 'Tổ chức cấp trên không phù hợp với loại tổ chức này.'));
  }
  if (org.kind === OrganizationKind.BRANCH && !org.branchKind) out.push(invalid('branchKind', 'Chi bộ cần có loại hình.'));
  if (org.kind !== OrganizationKind.BRANCH && org.branchKind) {
    out.push(invalid('branchKind', 'Chỉ chi bộ mới có loại hình chi bộ.'));
  }
  if (parent && parent.foundedOn > org.foundedOn) {
    out.push(invalid('foundedOn', 'Ngày thành lập không được trước ngày thành lập của tổ chức cấp trên.'));
  }
  if (parent?.dissolvedOn && parent.dissolvedOn <= org.foundedOn) {
    out.push(invalid('parentId', 'Tổ chức cấp trên đã giải thể vào ngày này.'));
  }
  return out;
}

/** Thresholds of the branch structure, from a rule set in force. */
export interface StructureRules {
  minOfficialMembersForCommittee: number;
  maxCommitteeSeats: number;
}

/** The facts about a branch that decide whether a position can be added. */
export interface PositionContext {
  role: PositionRole;
  organizationKind: OrganizationKind;
  /** Official members of the branch on the term's first day (for branch committee seats). */
  officialMembers: number;
  /** Other terms in the same organization that overlap the new one, with their roles. */
  overlappingTerms: Array<{ id?: number; role: PositionRole; memberId: number }>;
  memberId: number;
  /** Whether the holder belongs to the organization (or, for ward posts, to the ward) on the first day. */
  holderBelongs: boolean;
}

/**
 * The rules for a position term (Party Charter art. 24): a branch elects a committee (chi ủy) only with
 * enough official members and only up to the seat limit; otherwise a secretary and an optional deputy.
 */
export function checkPosition(ctx: PositionContext, rules: StructureRules, selfId?: number): Violation[] {
  const out: Violation[] = [];
  if (!POSITION_ORGANIZATION_KINDS[ctx.role].includes(ctx.organizationKind)) {
    out.push(invalid('role', 'Chức vụ này không thuộc loại tổ chức đã chọn.'));
    return out;
  }
  if (!ctx.holderBelongs) out.push(invalid('memberId', 'Đảng viên không sinh hoạt tại tổ chức này vào ngày bắt đầu nhiệm kỳ.'));
  const others = ctx.overlappingTerms.filter((t) => t.id == null || t.id !== selfId);
  if (others.some((t) => t.memberId === ctx.memberId && t.role === ctx.role)) {
    out.push(conflict('from', 'Đảng viên đã giữ chức vụ này trong khoảng thời gian trùng lặp.'));
  }
  if (SINGLE_HOLDER_ROLES.includes(ctx.role) && others.some((t) => t.role === ctx.role)) {
    out.push(conflict('role', 'Tổ chức đã có người giữ chức vụ này trong khoảng thời gian trùng lặp.'));
  }
  if (ctx.role === PositionRole.BRANCH_DEPUTY_SECRETARY && ctx.officialMembers < rules.minOfficialMembersForCommittee
    && others.some((t) => t.role === PositionRole.BRANCH_DEPUTY_SECRETARY)) {
    out.push(conflict('role', 'Chi bộ không có chi ủy chỉ có một phó bí thư.'));
  }
  if (ctx.role === PositionRole.BRANCH_COMMITTEE_MEMBER && ctx.officialMembers < rules.minOfficialMembersForCommittee) {
    out.push(invalid('role', `Chi bộ có ${ctx.officialMembers} đảng viên chính thức, cần ít nhất ${rules.minOfficialMembersForCommittee} mới được bầu chi ủy; chỉ bầu bí thư và phó bí thư.`));
  }
  if (BRANCH_COMMITTEE_ROLES.includes(ctx.role)) {
    const seats = new Set(others.filter((t) => BRANCH_COMMITTEE_ROLES.includes(t.role)).map((t) => t.memberId));
    seats.add(ctx.memberId);
    if (seats.size > rules.maxCommitteeSeats) {
      out.push(invalid('role', `Chi ủy có tối đa ${rules.maxCommitteeSeats} ủy viên.`));
    }
  }
  return out;
}

/** Whether an organization exists on a day (founded on or before it, not yet dissolved). */
export function existsOn(org: { foundedOn: string; dissolvedOn?: string | null }, day: string): boolean {
  return covers({ from: org.foundedOn, to: org.dissolvedOn }, day);
}
