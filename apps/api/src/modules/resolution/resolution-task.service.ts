import { checkResolutionTask, OPEN_TASK_STATUSES, TaskStatus, todayInVietnam } from '@chibo/domain';
import type { EntityManager } from '@mikro-orm/core';
import { branchCondition, deleteBranchRow, inBranchOn } from '../../shared/branch-rows';
import { and, checkVersion, findOr404, listPage, orderBy, write } from '../../shared/crud';
import { assertValid, parseId, parseOptionalId } from '../../shared/errors';
import { scoped } from '../../shared/scope';
import { Member } from '../member/member.entity';
import type { Meeting } from '../meeting/meeting.entity';
import { Organization } from '../organization/organization.entity';
import { ResolutionTask } from './resolution-task.entity';
import { assertBranchWritable } from '../../shared/branch-rows';
import { Meeting as MeetingEntity } from '../meeting/meeting.entity';
import { Resolution } from './resolution.entity';
import type { CreateResolutionTaskInput, ResolutionTaskFilter, ResolutionTaskSort, TaskFields, UpdateResolutionTaskInput } from './resolution.input';

/** Validates and applies a task's fields: one owner, in the branch; a deadline not before the meeting. */
export async function applyTask(tem: EntityManager, row: ResolutionTask, input: TaskFields, meeting: Meeting, branch: Organization, prefix = '') {
  const p = (f: string) => `${prefix}${f}`;
  if (input.description !== undefined) row.description = input.description;
  if (input.deadline !== undefined) row.deadline = input.deadline;
  const memberId = input.ownerMemberId !== undefined ? parseOptionalId(input.ownerMemberId, p('ownerMemberId')) : (row.ownerMember?.id ?? null);
  const orgId = input.ownerOrganizationId !== undefined ? parseOptionalId(input.ownerOrganizationId, p('ownerOrganizationId')) : (row.ownerOrganization?.id ?? null);
  const ownerChanged = input.ownerMemberId !== undefined || input.ownerOrganizationId !== undefined;
  if (input.status !== undefined) row.status = input.status;
  if (input.completedOn !== undefined) row.completedOn = input.completedOn;
  // Marked done without a day: today; reopened: the done day goes.
  if (row.status === TaskStatus.DONE) row.completedOn ??= todayInVietnam();
  else if (input.status !== undefined) row.completedOn = null;
  const ownerOrganization = ownerChanged && orgId != null ? await tem.findOne(Organization, { id: orgId }, { fields: ['path'] }) : null;
  assertValid(checkResolutionTask({
    description: row.description, ownerMemberId: memberId, ownerOrganizationId: orgId, branchName: branch.name, meetingHeldOn: meeting.heldOn,
    ownerMemberInBranch: ownerChanged && memberId != null ? await inBranchOn(tem, memberId, branch.id, meeting.heldOn as string) : null,
    ownerOrganizationInBranch: ownerChanged && orgId != null ? !!ownerOrganization?.path.startsWith(branch.path) : null,
    deadline: row.deadline, status: row.status, completedOn: row.completedOn,
  }, todayInVietnam(), prefix));
  row.ownerMember = memberId ? tem.getReference(Member, memberId) : null;
  row.ownerOrganization = orgId ? tem.getReference(Organization, orgId) : null;
}

/** Tasks overdue on a day, as a condition: the domain's one definition (`isOverdue`, `OPEN_TASK_STATUSES`) in SQL. */
export function overdueOn(day: string) {
  return { status: { $in: [...OPEN_TASK_STATUSES] }, deadline: { $lt: day } };
}

/** Resolution tasks in the request's scope: the task board. */
export async function listResolutionTasks(em: EntityManager, scopePath: string, filter: ResolutionTaskFilter | undefined, sort: InstanceType<typeof ResolutionTaskSort>[] | undefined, offset?: number, limit?: number) {
  const where = and(
    filter?.ids?.length && { id: { $in: filter.ids.map((v, i) => parseId(v, `filter.ids.${i}`)) } },
    filter?.resolutionId != null && { resolution: parseId(filter.resolutionId, 'filter.resolutionId') },
    await branchCondition(em, filter?.organizationId, filter?.descendants, 'filter.organizationId'),
    filter?.status?.length && { status: { $in: filter.status } },
    filter?.overdueOn && overdueOn(filter.overdueOn),
    filter?.ownerMemberId != null && { ownerMember: parseId(filter.ownerMemberId, 'filter.ownerMemberId') },
    scoped('branch', scopePath),
  );
  return listPage(em, ResolutionTask, where, orderBy(sort as never, { DEADLINE: 'deadline', STATUS: 'status', ID: 'id' }, { deadline: 'asc' }), offset, limit);
}

/** Adds a task to a resolution. */
export function createResolutionTask(em: EntityManager, input: CreateResolutionTaskInput): Promise<ResolutionTask> {
  return write(em, async (tem) => {
    const resolution = await findOr404(tem, Resolution, parseId(input.resolutionId, 'resolutionId'), 'resolutionId', 'nghị quyết');
    const { meeting, branch } = await writableResolutionContext(tem, resolution, 'resolutionId', 'nghị quyết');
    const row = tem.create(ResolutionTask, { resolution, branch, status: TaskStatus.OPEN } as never, { persist: false });
    await applyTask(tem, row, input, meeting, branch);
    tem.persist(row);
    await tem.flush();
    return row;
  });
}

/** Changes a task, e.g. marks it done. */
export function updateResolutionTask(em: EntityManager, id: string, input: UpdateResolutionTaskInput): Promise<ResolutionTask> {
  return write(em, async (tem) => {
    const row = await findOr404(tem, ResolutionTask, parseId(id, 'id'), 'id', 'nhiệm vụ');
    const { meeting, branch } = await writableResolutionContext(tem, await tem.findOneOrFail(Resolution, row.resolution.id), 'id', 'nhiệm vụ');
    await checkVersion(tem, row, input.version);
    await applyTask(tem, row, input, meeting, branch);
    await tem.flush();
    return row;
  });
}

/** Deletes a task entered by mistake. */
export function deleteResolutionTask(em: EntityManager, id: string): Promise<ResolutionTask> {
  return deleteBranchRow(em, ResolutionTask, id, 'nhiệm vụ');
}

/** The meeting and branch a resolution's tasks and reviews are judged against, checked writable (NOT_FOUND naming `field`). */
export async function writableResolutionContext(tem: EntityManager, resolution: Resolution, field: string, what: string) {
  const meeting = await tem.findOneOrFail(MeetingEntity, resolution.meeting.id);
  const branch = await tem.findOneOrFail(Organization, resolution.branch.id);
  assertBranchWritable(tem, branch, field, what);
  return { meeting, branch };
}
