import type { EntityManager } from '@mikro-orm/core';
import { Membership } from '../modules/membership/membership.entity';
import { Organization } from '../modules/organization/organization.entity';
import { actorOf } from './request-scope';
import { assertWritable } from './scope';

/** Refuses a write to an organization (by id) outside the acting user's subtree. */
export async function assertOrganizationWritable(tem: EntityManager, organizationId: number, field: string, what?: string): Promise<void> {
  const scope = actorOf(tem).viewer?.scopePath ?? '/';
  if (scope === '/') return;
  const org = await tem.findOneOrFail(Organization, organizationId);
  assertWritable(scope, org.path, field, what);
}

/**
 * Refuses a write to a member who never belonged to a branch in the acting user's subtree. A member not yet
 * placed anywhere may be edited by any administrator (to place them).
 */
export async function assertMemberWritable(tem: EntityManager, memberId: number, field: string, what = 'đảng viên'): Promise<void> {
  const scope = actorOf(tem).viewer?.scopePath ?? '/';
  if (scope === '/') return;
  const all = await tem.count(Membership, { member: memberId });
  const mine = await tem.count(Membership, { member: memberId, branch: { path: { $like: `${scope}%` } } });
  if (all > 0 && mine === 0) assertWritable(scope, '', field, what);
}
