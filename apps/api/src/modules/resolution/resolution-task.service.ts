import { invalid, TaskStatus, todayInVietnam } from '@chibo/domain';
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
  if (input.ownerMemberId !== undefined || input.ownerOrganizationId !== undefined) {
    const memberId = input.ownerMemberId !== undefined ? parseOptionalId(input.ownerMemberId, p('ownerMemberId')) : row.ownerMember?.id ?? null;
    const orgId = input.ownerOrganizationId !== undefined ? parseOptionalId(input.ownerOrganizationId, p('ownerOrganizationId')) : row.ownerOrganization?.id ?? null;
    if ((memberId == null) === (orgId == null)) assertValid([invalid(p('ownerMemberId'), 'Cần đúng một người hoặc một tổ chức chịu trách nhiệm.')]);
    if (memberId != null && !(await inBranchOn(tem, memberId, branch.id, meeting.heldOn as string))) {
      assertValid([invalid(p('ownerMemberId'), `Người chịu trách nhiệm không sinh hoạt tại ${branch.name} vào ngày họp.`)]);
    }
    if (orgId != null) {
      const org = await tem.findOne(Organization, { id: orgId });
      if (!org?.path.startsWith(branch.path)) assertValid([invalid(p('ownerOrganizationId'), 'Tổ chức chịu trách nhiệm phải là chi bộ hoặc tổ đảng của chi bộ.')]);
    }
    row.ownerMember = memberId ? tem.getReference(Member, memberId) : null;
    row.ownerOrganization = orgId ? tem.getReference(Organization, orgId) : null;
  }
  if (input.status !== undefined) row.status = input.status;
  if (input.completedOn !== undefined) row.completedOn = input.completedOn;
  if (!row.description?.trim() || row.description.length > 500) assertValid([invalid(p('description'), 'Cần nội dung nhiệm vụ (tối đa 500 ký tự).')]);
  if (!row.ownerMember && !row.ownerOrganization) assertValid([invalid(p('ownerMemberId'), 'Cần người hoặc tổ chức chịu trách nhiệm.')]);
  if (meeting.heldOn && row.deadline < meeting.heldOn) assertValid([invalid(p('deadline'), 'Hạn hoàn thành không thể trước ngày họp.')]);
  if (row.status === TaskStatus.DONE) row.completedOn ??= todayInVietnam();
  else if (input.status !== undefined) row.completedOn = null;
  if (row.completedOn && row.completedOn > todayInVietnam()) assertValid([invalid(p('completedOn'), 'Ngày hoàn thành không thể ở tương lai.')]);
}

/** Resolution tasks in the request's scope: the task board. */
export async function listResolutionTasks(em: EntityManager, scopePath: string, filter: ResolutionTaskFilter | undefined, sort: InstanceType<typeof ResolutionTaskSort>[] | undefined, offset?: number, limit?: number) {
  const where = and(
    filter?.ids?.length && { id: { $in: filter.ids.map((v, i) => parseId(v, `filter.ids.${i}`)) } },
    filter?.resolutionId != null && { resolution: parseId(filter.resolutionId, 'filter.resolutionId') },
    await branchCondition(em, filter?.organizationId, filter?.descendants, 'filter.organizationId'),
    filter?.status?.length && { status: { $in: filter.status } },
    filter?.overdueOn && { deadline: { $lt: filter.overdueOn }, status: { $in: [TaskStatus.OPEN, TaskStatus.IN_PROGRESS] } },
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
