import { invalid, ReviewKind, todayInVietnam } from '@chibo/domain';
import type { EntityManager } from '@mikro-orm/core';
import { branchCondition, deleteBranchRow, inBranchOn } from '../../shared/branch-rows';
import { and, checkVersion, findOr404, listPage, write } from '../../shared/crud';
import { assertValid, parseId, parseOptionalId } from '../../shared/errors';
import { scoped } from '../../shared/scope';
import { Member } from '../member/member.entity';
import { Meeting } from '../meeting/meeting.entity';
import type { Organization } from '../organization/organization.entity';
import { ResolutionReview } from './resolution-review.entity';
import { writableResolutionContext } from './resolution-task.service';
import { Resolution } from './resolution.entity';
import type { CreateResolutionReviewInput, ResolutionReviewFilter, ReviewFields, UpdateResolutionReviewInput } from './resolution.input';

async function applyReview(tem: EntityManager, row: ResolutionReview, input: ReviewFields, meeting: Meeting, branch: Organization) {
  if (input.reviewedOn !== undefined) row.reviewedOn = input.reviewedOn;
  if (input.kind !== undefined) row.kind = input.kind;
  if (input.note !== undefined) row.note = input.note;
  if (!row.note?.trim() || row.note.length > 5000) assertValid([invalid('note', 'Cần nội dung (tối đa 5000 ký tự).')]);
  if (meeting.heldOn && row.reviewedOn < meeting.heldOn) assertValid([invalid('reviewedOn', 'Ngày đánh giá không thể trước ngày ban hành nghị quyết.')]);
  if (row.reviewedOn > todayInVietnam()) assertValid([invalid('reviewedOn', 'Ngày đánh giá không thể ở tương lai.')]);
  if (input.memberId !== undefined) {
    const memberId = parseOptionalId(input.memberId, 'memberId');
    if (memberId != null && !(await inBranchOn(tem, memberId, branch.id, row.reviewedOn))) assertValid([invalid('memberId', `Đảng viên không sinh hoạt tại ${branch.name} vào ngày đánh giá.`)]);
    row.member = memberId ? tem.getReference(Member, memberId) : null;
  }
  if ((row.kind === ReviewKind.PRAISE || row.kind === ReviewKind.CORRECTION) && !row.member) assertValid([invalid('memberId', 'Biểu dương hoặc nhắc nhở cần nêu đảng viên.')]);
  if (input.reviewMeetingId !== undefined) {
    const id = parseOptionalId(input.reviewMeetingId, 'reviewMeetingId');
    const m = id ? await tem.findOne(Meeting, { id }) : null;
    if (id && (!m || m.branch.id !== branch.id)) assertValid([invalid('reviewMeetingId', 'Cuộc họp không thuộc chi bộ này.')]);
    row.reviewMeeting = m;
  }
}

/** Review entries in the request's scope, latest first. */
export async function listResolutionReviews(em: EntityManager, scopePath: string, filter: ResolutionReviewFilter | undefined, offset?: number, limit?: number) {
  const where = and(
    filter?.ids?.length && { id: { $in: filter.ids.map((v, i) => parseId(v, `filter.ids.${i}`)) } },
    filter?.resolutionId != null && { resolution: parseId(filter.resolutionId, 'filter.resolutionId') },
    await branchCondition(em, filter?.organizationId, filter?.descendants, 'filter.organizationId'),
    scoped('branch', scopePath),
  );
  return listPage(em, ResolutionReview, where, [{ reviewedOn: 'desc' }, { id: 'desc' }] as never, offset, limit);
}

/** Records a monthly review entry of a resolution. */
export function createResolutionReview(em: EntityManager, input: CreateResolutionReviewInput): Promise<ResolutionReview> {
  return write(em, async (tem) => {
    const resolution = await findOr404(tem, Resolution, parseId(input.resolutionId, 'resolutionId'), 'resolutionId', 'nghị quyết');
    const { meeting, branch } = await writableResolutionContext(tem, resolution, 'resolutionId', 'nghị quyết');
    const row = tem.create(ResolutionReview, { resolution, branch } as never, { persist: false });
    await applyReview(tem, row, input, meeting, branch);
    tem.persist(row);
    await tem.flush();
    return row;
  });
}

/** Changes a review entry. */
export function updateResolutionReview(em: EntityManager, id: string, input: UpdateResolutionReviewInput): Promise<ResolutionReview> {
  return write(em, async (tem) => {
    const row = await findOr404(tem, ResolutionReview, parseId(id, 'id'), 'id', 'mục đánh giá');
    const { meeting, branch } = await writableResolutionContext(tem, await tem.findOneOrFail(Resolution, row.resolution.id), 'id', 'mục đánh giá');
    await checkVersion(tem, row, input.version);
    await applyReview(tem, row, input, meeting, branch);
    await tem.flush();
    return row;
  });
}

/** Deletes a review entry entered by mistake. */
export function deleteResolutionReview(em: EntityManager, id: string): Promise<ResolutionReview> {
  return deleteBranchRow(em, ResolutionReview, id, 'mục đánh giá');
}
