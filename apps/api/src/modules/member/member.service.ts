import {
  checkMember, conflict, invalid, personSortKey, ruleSetInForce, searchText, STRUCTURE_RULE_SETS, todayInVietnam, type Violation, WorkStatus,
} from '@chibo/domain';
import type { EntityManager } from '@mikro-orm/core';
import { activeOn, and, checkVersion, dateRangeConditionFor, dayOrToday, findOr404, searchCondition, write } from '../../shared/crud';
import { AppError, assertValid, ErrorCode, parseId } from '../../shared/errors';
import type { Viewer } from '../auth/viewer.type';
import { refreshMeetingsTouching } from '../meeting/meeting-refresh.service';
import { Membership } from '../membership/membership.entity';
import { placeMember, placementOf } from '../membership/membership.service';
import { assertMemberWritable } from '../../shared/write-scope';
import { Organization } from '../organization/organization.entity';
import { Member } from './member.entity';
import { type CreateMemberInput, type MemberFilter, MemberSortField, type TransferMemberInput, type UpdateMemberInput } from './member.input';
import { workStatusOn } from './work-status';

const TEXT_LIMITS: Record<string, number> = {
  cardNumber: 20, identityNumber: 20, phone: 30, email: 200, address: 300, occupation: 200, note: 5000,
};

function checkTexts(input: Record<string, unknown>): Violation[] {
  const out: Violation[] = [];
  for (const [field, max] of Object.entries(TEXT_LIMITS)) {
    const value = input[field];
    if (typeof value === 'string' && value.length > max) out.push(invalid(field, `Tối đa ${max} ký tự.`));
  }
  if (typeof input.identityNumber === 'string' && input.identityNumber && !/^[0-9]{9,12}$/.test(input.identityNumber)) {
    out.push(invalid('identityNumber', 'Số định danh gồm 9 đến 12 chữ số.'));
  }
  return out;
}

function derived(member: Member): void {
  member.searchText = searchText(member.fullName, member.cardNumber);
  member.sortKey = personSortKey(member.fullName);
}

/**
 * The first day retired a member will have. WORKING clears it, and refuses a day given with it (a planned retirement
 * is RETIRED with a later day); becoming RETIRED without a day retires from today; an explicit null keeps a member
 * already RETIRED retired before the records. Never before admission: `field` names the input at fault.
 */
function retiredOnFor(
  next: { workStatus: WorkStatus; admittedOn: string },
  given: string | null | undefined,
  current: { workStatus: WorkStatus; retiredOn?: string | null } | null,
  field: string,
): string | null {
  if (next.workStatus === WorkStatus.WORKING) {
    if (given) assertValid([invalid('retiredOn', 'Đảng viên đang công tác không có ngày nghỉ hưu; ngày nghỉ hưu (kể cả dự kiến) ghi cùng trạng thái nghỉ hưu.')]);
    return null;
  }
  let day: string | null;
  if (given) day = given;
  else if (current?.workStatus === WorkStatus.RETIRED) day = given === null ? null : (current.retiredOn ?? null);
  else day = todayInVietnam();
  if (day && day < next.admittedOn) assertValid([invalid(field, 'Ngày nghỉ hưu không thể trước ngày vào Đảng.')]);
  return day;
}

async function cardFree(em: EntityManager, cardNumber: string | null | undefined, id?: number): Promise<Violation[]> {
  if (!cardNumber) return [];
  const clash = await em.findOne(Member, { cardNumber, ...(id ? { id: { $ne: id } } : {}) });
  return clash ? [conflict('cardNumber', 'Số thẻ đảng viên đã được dùng.')] : [];
}

/** Turns a member filter into a MikroORM condition. */
export async function memberWhere(em: EntityManager, filter: MemberFilter | undefined): Promise<object> {
  if (!filter) return {};
  const day = dayOrToday(filter.asOf);
  let inOrg: object | undefined;
  if (filter.organizationId != null) {
    const org = await em.findOne(Organization, { id: parseId(filter.organizationId, 'filter.organizationId') });
    const where = !org ? { id: 0 } : org.kind === 'PARTY_GROUP' ? { partyGroup: org.id } : { branch: { path: { $like: `${org.path}%` } } };
    inOrg = { memberships: { $some: { ...activeOn(day), ...where } } };
  }
  const flag = (value: boolean | undefined, collection: string) =>
    value === undefined ? undefined : { [collection]: { [value ? '$some' : '$none']: activeOn(day) } };
  return and(
    filter.ids && { id: { $in: filter.ids.map((id) => parseId(id, 'filter.ids')) } },
    searchCondition(filter.search),
    inOrg,
    filter.status?.length && { status: { $in: filter.status } },
    filter.workStatus?.length && { $or: filter.workStatus.map((status) => workStatusOn(status, day)) },
    filter.gender?.length && { gender: { $in: filter.gender } },
    flag(filter.exempt, 'exemptions'),
    flag(filter.onSpecialDuty, 'specialDuties'),
    filter.unplaced !== undefined && flag(!filter.unplaced, 'memberships'),
    dateRangeConditionFor('admittedOn', filter.admittedOn),
    dateRangeConditionFor('birthDate', filter.birthDate),
  );
}

/**
 * Filtering or sorting by a personal field reveals it as surely as reading it (a birth date falls to a binary
 * search on counts). So it is refused to roles that may not read personal data, and for the others it narrows the
 * list to the members whose personal data they may read: those in a branch of their subtree today.
 */
export function personalDataCondition(
  viewer: Viewer | null,
  filter: MemberFilter | undefined,
  sort: Array<{ field: string }> | undefined,
): object | undefined {
  const field = filter?.birthDate ? 'filter.birthDate' : sort?.some((s) => s.field === MemberSortField.BIRTH_DATE) ? 'sort' : null;
  if (!field) return undefined;
  if (!viewer?.can.readPersonalData) {
    throw new AppError(ErrorCode.FORBIDDEN, `${field}: vai trò của bạn không được lọc hay sắp xếp theo ngày sinh (dữ liệu cá nhân).`, field);
  }
  if (viewer.scopePath === '/') return undefined;
  return { memberships: { $some: { ...activeOn(todayInVietnam()), branch: { path: { $like: `${viewer.scopePath}%` } } } } };
}

/** Creates a member and, when asked, their first membership, in one transaction. */
export async function createMember(em: EntityManager, input: CreateMemberInput): Promise<Member> {
  return write(em, async (tem) => {
    const rules = ruleSetInForce(STRUCTURE_RULE_SETS, todayInVietnam()).rules;
    assertValid([...checkMember(input, rules), ...checkTexts(input as never)]);
    assertValid(await cardFree(tem, input.cardNumber));
    const retiredOn = retiredOnFor(input, input.retiredOn, null, 'retiredOn');
    const { membership, ...fields } = input;
    const member = tem.create(Member, { ...fields, retiredOn, fullName: input.fullName.trim(), searchText: '', sortKey: '' } as never);
    derived(member);
    await tem.flush();
    if (membership) {
      const row = await placeMember(tem, member, membership, undefined, 'membership.');
      await refreshMeetingsTouching(tem, member.id, [{ from: row.from, to: row.to }]);
    }
    return member;
  });
}

/** Updates a member's own fields. */
export async function updateMember(em: EntityManager, id: string, input: UpdateMemberInput): Promise<Member> {
  return write(em, async (tem) => {
    const member = await findOr404(tem, Member, parseId(id, 'id'), 'id', 'đảng viên');
    await assertMemberWritable(tem, member.id, 'id');
    await checkVersion(tem, member, input.version);
    const { version: _version, ...changes } = input;
    const next = { ...member, ...Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined)) } as Member;
    const rules = ruleSetInForce(STRUCTURE_RULE_SETS, todayInVietnam()).rules;
    assertValid([...checkMember(next, rules), ...checkTexts(changes as never)]);
    assertValid(await cardFree(tem, next.cardNumber, member.id));
    const first = await tem.findOne(Membership, { member: member.id }, { orderBy: { from: 'asc' } });
    if (first && first.from < next.admittedOn) assertValid([invalid('admittedOn', 'Đảng viên đã sinh hoạt trước ngày này.')]);
    const retiredOn = retiredOnFor(next, changes.retiredOn, member, changes.retiredOn === undefined && changes.admittedOn !== undefined ? 'admittedOn' : 'retiredOn');
    Object.assign(member, Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined)), { retiredOn });
    if (changes.fullName !== undefined) member.fullName = changes.fullName.trim();
    derived(member);
    await tem.flush();
    return member;
  });
}

/** Deletes a member entered by mistake, with their memberships, positions and periods. */
export async function deleteMember(em: EntityManager, id: string): Promise<Member> {
  return write(em, async (tem) => {
    const member = await findOr404(tem, Member, parseId(id, 'id'), 'id', 'đảng viên');
    await assertMemberWritable(tem, member.id, 'id');
    const snapshot = { ...member } as Member;
    await tem.populate(member, ['memberships', 'positions', 'exemptions', 'specialDuties']);
    // The meetings of the branches they were in lose them from the roster (their attendance lines go with them).
    const placements = member.memberships.getItems().map(placementOf);
    for (const rows of [member.memberships, member.positions, member.exemptions, member.specialDuties]) {
      for (const row of rows.getItems()) tem.remove(row);
    }
    const memberId = member.id;
    tem.remove(member);
    await refreshMeetingsTouching(tem, memberId, placements, placements);
    await tem.flush();
    return snapshot;
  });
}

/** Ends the member's current membership on the day and starts one in the receiving branch, in one transaction. */
export async function transferMember(em: EntityManager, input: TransferMemberInput): Promise<Membership> {
  return write(em, async (tem) => {
    const member = await findOr404(tem, Member, parseId(input.memberId, 'memberId'), 'memberId', 'đảng viên');
    await assertMemberWritable(tem, member.id, 'memberId');
    const current = await tem.findOne(Membership, { member: member.id, ...activeOn(input.on) });
    const before = current ? [placementOf(current)] : [];
    if (current) {
      if (current.branch.id === parseId(input.branchId, 'branchId') && (current.partyGroup?.id ?? null) === (input.partyGroupId ? Number(input.partyGroupId) : null)) {
        assertValid([conflict('branchId', 'Đảng viên đang sinh hoạt tại chi bộ này.')]);
      }
      if (current.from >= input.on) assertValid([invalid('on', 'Ngày chuyển phải sau ngày bắt đầu sinh hoạt hiện tại.')]);
      if (current.to) assertValid([conflict('on', 'Đã có lịch chuyển sinh hoạt sau ngày này.')]);
      current.to = input.on;
      await tem.flush();
    }
    const next = await placeMember(tem, member, { branchId: input.branchId, partyGroupId: input.partyGroupId, from: input.on, note: input.note });
    await refreshMeetingsTouching(tem, member.id, [{ from: input.on, to: null }], before);
    return next;
  });
}
