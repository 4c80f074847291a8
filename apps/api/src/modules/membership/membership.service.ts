import { checkMembership, invalid } from '@chibo/domain';
import type { EntityManager } from '@mikro-orm/core';
import { assertValid, parseId, parseOptionalId } from '../../shared/errors';
import { actorOf } from '../../shared/request-scope';
import { and, checkVersion, findOr404, write } from '../../shared/crud';
import { assertWritable, organizationScope } from '../../shared/scope';
import { assertMemberWritable, assertOrganizationWritable } from '../../shared/write-scope';
import { type FormerPlacement, refreshMeetingsTouching } from '../meeting/meeting-refresh.service';
import { Member } from '../member/member.entity';
import { Organization } from '../organization/organization.entity';
import { Membership } from './membership.entity';

export interface PlacementInput {
  branchId: string;
  partyGroupId?: string | null;
  from: string;
  to?: string | null;
  note?: string | null;
}

/**
 * Validates and creates (or, with `existing`, rewrites) a membership: the branch must exist over the period,
 * the group must belong to it, and the member may be in one branch only on any day.
 */
export async function placeMember(tem: EntityManager, member: Member, input: PlacementInput, existing?: Membership, fieldPrefix = ''): Promise<Membership> {
  const branchId = parseId(input.branchId, `${fieldPrefix}branchId`);
  const groupId = parseOptionalId(input.partyGroupId, `${fieldPrefix}partyGroupId`);
  // Organizations outside the writer's subtree are read as missing: the same answer as an id that does not exist.
  const inScope = organizationScope(actorOf(tem).viewer?.scopePath ?? '/');
  const branch = await tem.findOne(Organization, and({ id: branchId }, inScope) as never);
  const group = groupId ? await tem.findOne(Organization, and({ id: groupId }, inScope) as never) : null;
  if (existing) {
    const previous = await tem.findOneOrFail(Organization, existing.branch.id);
    assertWritable(actorOf(tem).viewer?.scopePath ?? '/', previous.path, 'id', 'quá trình sinh hoạt');
  }
  if (groupId && !group) assertValid([invalid('partyGroupId', 'Không tìm thấy tổ đảng.')], fieldPrefix);
  const others = member.id ? await tem.find(Membership, { member: member.id }) : [];
  assertValid(
    checkMembership(
      { id: existing?.id, memberId: member.id, from: input.from, to: input.to ?? null },
      branch ? { id: branch.id, kind: branch.kind, foundedOn: branch.foundedOn, dissolvedOn: branch.dissolvedOn } : null,
      group ? { kind: group.kind, foundedOn: group.foundedOn, dissolvedOn: group.dissolvedOn, parentId: group.parent?.id ?? null } : null,
      others.map((m) => ({ id: m.id, memberId: member.id, from: m.from, to: m.to })),
      member,
    ),
    fieldPrefix,
  );
  if (input.note && input.note.length > 300) assertValid([invalid('note', 'Tối đa 300 ký tự.')], fieldPrefix);
  const membership = existing ?? tem.create(Membership, { member } as never);
  Object.assign(membership, { branch, partyGroup: group, from: input.from, to: input.to ?? null, note: input.note ?? null });
  return membership;
}

/** Where a membership places its member, as a correction's former placement. */
export function placementOf(row: Membership): FormerPlacement {
  return { branchId: row.branch.id, partyGroupId: row.partyGroup?.id ?? null, from: row.from, to: row.to ?? null };
}

/** Records a membership; held meetings on its days are brought up to date. */
export function createMembership(em: EntityManager, input: PlacementInput & { memberId: string }): Promise<Membership> {
  return write(em, async (tem) => {
    const member = await findOr404(tem, Member, parseId(input.memberId, 'memberId'), 'memberId', 'đảng viên');
    await assertMemberWritable(tem, member.id, 'memberId');
    const row = await placeMember(tem, member, input);
    await refreshMeetingsTouching(tem, member.id, [{ from: row.from, to: row.to }]);
    return row;
  });
}

/**
 * Corrects a membership; held meetings on the days of the old or the new period, of the old or the new branch or
 * group, are brought up to date.
 */
export function updateMembership(em: EntityManager, id: string, input: Partial<PlacementInput> & { version?: number }): Promise<Membership> {
  return write(em, async (tem) => {
    const row = await findOr404(tem, Membership, parseId(id, 'id'), 'id', 'quá trình sinh hoạt');
    await checkVersion(tem, row, input.version);
    const member = await tem.findOneOrFail(Member, row.member.id);
    const before = placementOf(row);
    await placeMember(tem, member, {
      branchId: input.branchId ?? String(row.branch.id),
      partyGroupId: input.partyGroupId !== undefined ? input.partyGroupId : row.partyGroup ? String(row.partyGroup.id) : null,
      from: input.from ?? row.from,
      to: input.to !== undefined ? input.to : row.to,
      note: input.note !== undefined ? input.note : row.note,
    }, row);
    const after = placementOf(row);
    const moved = (Object.keys(before) as Array<keyof FormerPlacement>).some((k) => before[k] !== after[k]);
    await refreshMeetingsTouching(tem, member.id, moved ? [before, after] : [], [before]);
    await tem.flush();
    return row;
  });
}

/** Deletes a membership entered by mistake; held meetings on its days are brought up to date. */
export function deleteMembership(em: EntityManager, id: string): Promise<Membership> {
  return write(em, async (tem) => {
    const row = await findOr404(tem, Membership, parseId(id, 'id'), 'id', 'quá trình sinh hoạt');
    await assertOrganizationWritable(tem, row.branch.id, 'id', 'quá trình sinh hoạt');
    const snapshot = { ...row } as Membership;
    const before = placementOf(row);
    tem.remove(row);
    await refreshMeetingsTouching(tem, row.member.id, [before], [before]);
    await tem.flush();
    return snapshot;
  });
}
