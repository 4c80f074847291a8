import { checkMembership, invalid } from '@chibo/domain';
import type { EntityManager } from '@mikro-orm/core';
import { assertValid, parseId, parseOptionalId } from '../../shared/errors';
import { actorOf } from '../../shared/request-scope';
import { and } from '../../shared/crud';
import { assertWritable, organizationScope } from '../../shared/scope';
import type { Member } from '../member/member.entity';
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
