import { OrganizationKind, invalid } from '@chibo/domain';
import type { EntityManager, EntityName } from '@mikro-orm/core';
import { Membership } from '../modules/membership/membership.entity';
import { Organization } from '../modules/organization/organization.entity';
import { activeOn, findOr404, write } from './crud';
import { assertValid, parseId } from './errors';
import { actorOf } from './request-scope';
import { assertWritable } from './scope';

/** Refuses a write to a branch outside the acting user's subtree. */
export function assertBranchWritable(tem: EntityManager, branch: Organization, field: string, what?: string): void {
  assertWritable(actorOf(tem).viewer?.scopePath ?? '/', branch.path, field, what);
}

/** Loads a branch for a write: NOT_FOUND outside the subtree (before its kind is judged), then it must be a branch. */
export async function writableBranch(tem: EntityManager, id: string, field: string): Promise<Organization> {
  const branch = await findOr404(tem, Organization, parseId(id, field), field, 'chi bộ');
  assertBranchWritable(tem, branch, field, 'chi bộ');
  if (branch.kind !== OrganizationKind.BRANCH) assertValid([invalid(field, 'Phải là một chi bộ.')]);
  return branch;
}

/** Whether a member belongs to a branch on a day. */
export async function inBranchOn(tem: EntityManager, memberId: number, branchId: number, day: string): Promise<boolean> {
  return (await tem.count(Membership, { member: memberId, branch: branchId, ...activeOn(day) })) > 0;
}

/** Rows that hang off a branch (resolutions, tasks, reviews, plan items, member tasks). */
type BranchRow = { id: number; version: number; branch: { id: number } };

/** Loads such a row for a write: NOT_FOUND naming `field` when it is missing or its branch is outside the user's subtree. */
export async function writableBranchRow<T extends BranchRow>(tem: EntityManager, entity: EntityName<T>, id: string, what: string, field = 'id'): Promise<T> {
  const row = await findOr404(tem, entity, parseId(id, field), field, what);
  assertBranchWritable(tem, await tem.findOneOrFail(Organization, row.branch.id), field, what);
  return row;
}

/** Deletes such a row entered by mistake, in one transaction, and returns it as it was. */
export function deleteBranchRow<T extends BranchRow>(em: EntityManager, entity: EntityName<T>, id: string, what: string): Promise<T> {
  return write(em, async (tem) => {
    const row = await writableBranchRow(tem, entity, id, what);
    const snapshot = { ...row } as T;
    tem.remove(row);
    await tem.flush();
    return snapshot;
  });
}

/** A list filter on the branch column: the organization itself, or (with descendants) every branch below it. */
export async function branchCondition(em: EntityManager, id: string | undefined, descendants: boolean | undefined, field: string) {
  if (id == null) return undefined;
  const orgId = parseId(id, field);
  if (!descendants) return { branch: orgId };
  const org = await em.findOne(Organization, { id: orgId }, { fields: ['path'] });
  return { branch: { path: { $like: `${org?.path ?? '/none/'}%` } } };
}
