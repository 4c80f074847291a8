import { invalid, TaskStatus } from '@chibo/domain';
import type { EntityManager } from '@mikro-orm/core';
import { assertBranchWritable, branchCondition, writableBranchRow } from '../../shared/branch-rows';
import { and, checkVersion, findOr404, listPage, write } from '../../shared/crud';
import { assertValid, parseId } from '../../shared/errors';
import { scoped } from '../../shared/scope';
import { Meeting } from '../meeting/meeting.entity';
import { Organization } from '../organization/organization.entity';
import { ResolutionReview } from './resolution-review.entity';
import { ResolutionTask } from './resolution-task.entity';
import { applyTask } from './resolution-task.service';
import { Resolution } from './resolution.entity';
import type { CreateResolutionInput, ResolutionFields, ResolutionFilter, UpdateResolutionInput } from './resolution.input';

/** Refuses text longer than its column allows, naming the field. */
export function assertLengths(values: Record<string, string | null | undefined>, limits: Record<string, number>): void {
  for (const [key, max] of Object.entries(limits)) {
    const v = values[key];
    if (v != null && v.length > max) assertValid([invalid(key, `Tối đa ${max} ký tự.`)]);
  }
}

function applyResolution(row: Resolution, input: ResolutionFields): void {
  for (const key of ['kind', 'title', 'content', 'requirements', 'measures'] as const) if (input[key] !== undefined) (row as unknown as Record<string, unknown>)[key] = input[key];
  if (!row.title?.trim()) assertValid([invalid('title', 'Cần tiêu đề.')]);
  if (!row.content?.trim()) assertValid([invalid('content', 'Cần nội dung.')]);
  assertLengths(row as never, { title: 300, content: 50_000, requirements: 20_000, measures: 20_000 });
}

/** Resolutions in the request's scope, latest meeting first. */
export async function listResolutions(em: EntityManager, scopePath: string, filter: ResolutionFilter | undefined, offset?: number, limit?: number) {
  const where = and(
    filter?.ids?.length && { id: { $in: filter.ids.map((v, i) => parseId(v, `filter.ids.${i}`)) } },
    filter?.meetingId != null && { meeting: parseId(filter.meetingId, 'filter.meetingId') },
    await branchCondition(em, filter?.organizationId, filter?.descendants, 'filter.organizationId'),
    scoped('branch', scopePath),
  );
  return listPage(em, Resolution, where, [{ meeting: { heldOn: 'desc' } }, { id: 'desc' }] as never, offset, limit);
}

/** Records a resolution or conclusion of a held meeting, with its tasks, in one transaction. */
export function createResolution(em: EntityManager, input: CreateResolutionInput): Promise<Resolution> {
  return write(em, async (tem) => {
    const meeting = await findOr404(tem, Meeting, parseId(input.meetingId, 'meetingId'), 'meetingId', 'cuộc họp');
    const branch = await tem.findOneOrFail(Organization, meeting.branch.id);
    assertBranchWritable(tem, branch, 'meetingId', 'cuộc họp');
    if (!meeting.heldOn) assertValid([invalid('meetingId', 'Chỉ cuộc họp đã diễn ra mới ban hành nghị quyết.')]);
    const row = tem.create(Resolution, { meeting, branch } as never, { persist: false });
    applyResolution(row, input);
    tem.persist(row);
    if ((input.tasks?.length ?? 0) > 200) assertValid([invalid('tasks', 'Tối đa 200 nhiệm vụ.')]);
    for (const [i, t] of (input.tasks ?? []).entries()) {
      const task = tem.create(ResolutionTask, { resolution: row, branch, status: TaskStatus.OPEN } as never, { persist: false });
      await applyTask(tem, task, t, meeting, branch, `tasks.${i}.`);
      tem.persist(task);
    }
    await tem.flush();
    return row;
  });
}

/** Changes a resolution. */
export function updateResolution(em: EntityManager, id: string, input: UpdateResolutionInput): Promise<Resolution> {
  return write(em, async (tem) => {
    const row = await writableBranchRow(tem, Resolution, id, 'nghị quyết');
    await checkVersion(tem, row, input.version);
    applyResolution(row, input);
    await tem.flush();
    return row;
  });
}

/** Deletes a resolution entered by mistake, with its tasks and reviews, each leaving its audit entry. */
export function deleteResolution(em: EntityManager, id: string): Promise<Resolution> {
  return write(em, async (tem) => {
    const row = await writableBranchRow(tem, Resolution, id, 'nghị quyết');
    const snapshot = { ...row } as Resolution;
    for (const entity of [ResolutionTask, ResolutionReview] as const) for (const child of await tem.find(entity as never, { resolution: row.id })) tem.remove(child);
    tem.remove(row);
    await tem.flush();
    return snapshot;
  });
}
