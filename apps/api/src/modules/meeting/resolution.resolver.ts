import { invalid, ResolutionKind, ReviewKind, TaskStatus, todayInVietnam } from '@chibo/domain';
import type { EntityManager } from '@mikro-orm/core';
import { Arg, Ctx, Field, FieldResolver, ID, InputType, Int, Mutation, Query, Resolver, Root, registerEnumType } from 'type-graphql';
import type { Context } from '../../context.type';
import { and, checkVersion, dayOrToday, findOr404, listPage, orderBy, write } from '../../shared/crud';
import { assertValid, parseId, parseOptionalId } from '../../shared/errors';
import { Page, SortInput } from '../../shared/pagination';
import { DateScalar } from '../../shared/scalars';
import { scoped } from '../../shared/scope';
import { Member } from '../member/member.entity';
import { Organization } from '../organization/organization.entity';
import './meeting-enums';
import { Meeting } from './meeting.entity';
import { assertBranchWritable, branchCondition, deleteBranchRow, inBranchOn, writableBranchRow } from './meeting.service';
import { Resolution, ResolutionReview, ResolutionTask } from './resolution.entity';

const ResolutionPage = Page(Resolution, 'Resolution');
type ResolutionPage = InstanceType<typeof ResolutionPage>;
const ResolutionTaskPage = Page(ResolutionTask, 'ResolutionTask');
type ResolutionTaskPage = InstanceType<typeof ResolutionTaskPage>;
const ResolutionReviewPage = Page(ResolutionReview, 'ResolutionReview');
type ResolutionReviewPage = InstanceType<typeof ResolutionReviewPage>;

export enum ResolutionTaskSortField { DEADLINE = 'DEADLINE', STATUS = 'STATUS', ID = 'ID' }
registerEnumType(ResolutionTaskSortField, { name: 'ResolutionTaskSortField', description: 'Fields resolution tasks can be sorted by.' });
const ResolutionTaskSort = SortInput(ResolutionTaskSortField, 'ResolutionTask');

function longText(values: Record<string, string | null | undefined>, limits: Record<string, number>) {
  for (const [key, max] of Object.entries(limits)) {
    const v = values[key];
    if (v != null && v.length > max) assertValid([invalid(key, `Tối đa ${max} ký tự.`)]);
  }
}

@InputType({ description: 'Filters for resolutions.' })
class ResolutionFilter {
  @Field(() => [ID], { nullable: true, description: 'Only these ids.' }) ids?: string[];
  @Field(() => ID, { nullable: true, description: 'Issued by this meeting.' }) meetingId?: string;
  @Field(() => ID, { nullable: true, description: 'Of this branch (or below this organization with descendants).' }) organizationId?: string;
  @Field({ nullable: true, defaultValue: false, description: 'With organizationId: include branches below it.' }) descendants?: boolean;
}

@InputType({ description: 'A task given with a resolution.' })
class TaskFields {
  @Field(() => String, { nullable: true, description: 'The task.' }) description?: string;
  @Field(() => ID, { nullable: true, description: 'Responsible member (a member of the branch on the meeting day). Give this or ownerOrganizationId.' }) ownerMemberId?: string | null;
  @Field(() => ID, { nullable: true, description: 'Responsible organization (the branch or one of its party groups).' }) ownerOrganizationId?: string | null;
  @Field(() => DateScalar, { nullable: true, description: 'Deadline, not before the meeting.' }) deadline?: string;
  @Field(() => TaskStatus, { nullable: true, description: 'State (OPEN when omitted).' }) status?: TaskStatus;
  @Field(() => DateScalar, { nullable: true, description: 'Day completed (today when marked done without one).' }) completedOn?: string | null;
}

@InputType({ description: 'A new task of a resolution given with it.' })
class NewTaskInput extends TaskFields {
  @Field(() => String, { description: 'The task.' }) declare description: string;
  @Field(() => DateScalar, { description: 'Deadline.' }) declare deadline: string;
}

@InputType({ description: 'A new task of an existing resolution.' })
class CreateResolutionTaskInput extends NewTaskInput {
  @Field(() => ID, { description: 'The resolution.' }) resolutionId!: string;
}

@InputType({ description: 'Changes to a task; omitted fields stay as they are.' })
class UpdateResolutionTaskInput extends TaskFields {
  @Field(() => Int, { nullable: true, description: 'The version you edited.' }) version?: number;
}

@InputType({ description: 'Fields of a resolution.' })
class ResolutionFields {
  @Field(() => ResolutionKind, { nullable: true, description: 'Resolution or conclusion.' }) kind?: ResolutionKind;
  @Field(() => String, { nullable: true, description: 'Title.' }) title?: string;
  @Field(() => String, { nullable: true, description: 'Content.' }) content?: string;
  @Field(() => String, { nullable: true, description: 'Requirements.' }) requirements?: string | null;
  @Field(() => String, { nullable: true, description: 'Measures.' }) measures?: string | null;
}

@InputType({ description: 'A resolution or conclusion issued by a held meeting, with its tasks.' })
class CreateResolutionInput extends ResolutionFields {
  @Field(() => ID, { description: 'The meeting (held).' }) meetingId!: string;
  @Field(() => ResolutionKind, { description: 'Resolution or conclusion.' }) declare kind: ResolutionKind;
  @Field(() => String, { description: 'Title.' }) declare title: string;
  @Field(() => String, { description: 'Content.' }) declare content: string;
  @Field(() => [NewTaskInput], { nullable: true, description: 'Tasks, created in the same transaction.' }) tasks?: NewTaskInput[];
}

@InputType({ description: 'Changes to a resolution; omitted fields stay as they are.' })
class UpdateResolutionInput extends ResolutionFields {
  @Field(() => Int, { nullable: true, description: 'The version you edited.' }) version?: number;
}

@InputType({ description: 'Filters for resolution tasks.' })
class ResolutionTaskFilter {
  @Field(() => [ID], { nullable: true, description: 'Only these ids.' }) ids?: string[];
  @Field(() => ID, { nullable: true, description: 'Tasks of this resolution.' }) resolutionId?: string;
  @Field(() => ID, { nullable: true, description: 'Of this branch (or below this organization with descendants).' }) organizationId?: string;
  @Field({ nullable: true, defaultValue: false, description: 'With organizationId: include branches below it.' }) descendants?: boolean;
  @Field(() => [TaskStatus], { nullable: true, description: 'Only these states.' }) status?: TaskStatus[];
  @Field(() => DateScalar, { nullable: true, description: 'Only tasks overdue on this day: not done or cancelled, deadline before the day.' }) overdueOn?: string;
  @Field(() => ID, { nullable: true, description: 'Owned by this member.' }) ownerMemberId?: string;
}

@InputType({ description: 'Filters for review entries.' })
class ResolutionReviewFilter {
  @Field(() => [ID], { nullable: true, description: 'Only these ids.' }) ids?: string[];
  @Field(() => ID, { nullable: true, description: 'Entries of this resolution.' }) resolutionId?: string;
  @Field(() => ID, { nullable: true, description: 'Of this branch (or below this organization with descendants).' }) organizationId?: string;
  @Field({ nullable: true, defaultValue: false, description: 'With organizationId: include branches below it.' }) descendants?: boolean;
}

@InputType({ description: 'Fields of a review entry.' })
class ReviewFields {
  @Field(() => DateScalar, { nullable: true, description: 'Day of the review.' }) reviewedOn?: string;
  @Field(() => ReviewKind, { nullable: true, description: 'Progress, praise or correction.' }) kind?: ReviewKind;
  @Field(() => ID, { nullable: true, description: 'Member praised or corrected.' }) memberId?: string | null;
  @Field(() => ID, { nullable: true, description: 'The meeting at which it was reviewed.' }) reviewMeetingId?: string | null;
  @Field(() => String, { nullable: true, description: 'What was said.' }) note?: string;
}

@InputType({ description: 'A monthly review entry of a resolution.' })
class CreateResolutionReviewInput extends ReviewFields {
  @Field(() => ID, { description: 'The resolution reviewed.' }) resolutionId!: string;
  @Field(() => DateScalar, { description: 'Day of the review.' }) declare reviewedOn: string;
  @Field(() => ReviewKind, { description: 'Progress, praise or correction.' }) declare kind: ReviewKind;
  @Field(() => String, { description: 'What was said.' }) declare note: string;
}

@InputType({ description: 'Changes to a review entry.' })
class UpdateResolutionReviewInput extends ReviewFields {
  @Field(() => Int, { nullable: true, description: 'The version you edited.' }) version?: number;
}

async function applyResolution(row: Resolution, input: ResolutionFields) {
  for (const key of ['kind', 'title', 'content', 'requirements', 'measures'] as const) if (input[key] !== undefined) (row as unknown as Record<string, unknown>)[key] = input[key];
  if (!row.title?.trim()) assertValid([invalid('title', 'Cần tiêu đề.')]);
  if (!row.content?.trim()) assertValid([invalid('content', 'Cần nội dung.')]);
  longText(row as never, { title: 300, content: 50_000, requirements: 20_000, measures: 20_000 });
}

/** Validates and applies a task's fields: one owner, in the branch; a deadline not before the meeting. */
async function applyTask(tem: EntityManager, row: ResolutionTask, input: TaskFields, meeting: Meeting, branch: Organization, prefix = '') {
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

async function taskContext(tem: EntityManager, resolution: Resolution) {
  const meeting = await tem.findOneOrFail(Meeting, resolution.meeting.id);
  const branch = await tem.findOneOrFail(Organization, resolution.branch.id);
  return { meeting, branch };
}

@Resolver(() => Resolution)
export class ResolutionResolver {
  @Query(() => ResolutionPage, { description: 'Resolutions and conclusions, latest meeting first.' })
  async resolutions(
    @Ctx() { em, viewer }: Context,
    @Arg('filter', () => ResolutionFilter, { nullable: true }) filter?: ResolutionFilter,
    @Arg('offset', () => Int, { nullable: true, defaultValue: 0, description: 'Records to skip.' }) offset?: number,
    @Arg('limit', () => Int, { nullable: true, defaultValue: 25, description: 'Page size, 1 to 100.' }) limit?: number,
  ): Promise<ResolutionPage> {
    const where = and(
      filter?.ids?.length && { id: { $in: filter.ids.map((v, i) => parseId(v, `filter.ids.${i}`)) } },
      filter?.meetingId != null && { meeting: parseId(filter.meetingId, 'filter.meetingId') },
      await branchCondition(em, filter?.organizationId, filter?.descendants, 'filter.organizationId'),
      scoped('branch', viewer?.scopePath ?? '/'),
    );
    return listPage(em, Resolution, where, [{ meeting: { heldOn: 'desc' } }, { id: 'desc' }] as never, offset, limit);
  }

  @Query(() => Resolution, { nullable: true, description: 'One resolution by id, or null.' })
  resolution(@Ctx() { em, viewer }: Context, @Arg('id', () => ID) id: string) {
    return em.findOne(Resolution, { id: parseId(id, 'id'), ...scoped('branch', viewer?.scopePath ?? '/') });
  }

  @Mutation(() => Resolution, { description: 'Records a resolution or conclusion of a held meeting, with its tasks, in one transaction.' })
  createResolution(@Ctx() { em }: Context, @Arg('input', () => CreateResolutionInput) input: CreateResolutionInput): Promise<Resolution> {
    return write(em, async (tem) => {
      const meeting = await findOr404(tem, Meeting, parseId(input.meetingId, 'meetingId'), 'meetingId', 'cuộc họp');
      const branch = await tem.findOneOrFail(Organization, meeting.branch.id);
      assertBranchWritable(tem, branch, 'meetingId', 'cuộc họp');
      if (!meeting.heldOn) assertValid([invalid('meetingId', 'Chỉ cuộc họp đã diễn ra mới ban hành nghị quyết.')]);
      const row = tem.create(Resolution, { meeting, branch } as never, { persist: false });
      await applyResolution(row, input);
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

  @Mutation(() => Resolution, { description: 'Changes a resolution.' })
  updateResolution(@Ctx() { em }: Context, @Arg('id', () => ID) id: string, @Arg('input', () => UpdateResolutionInput) input: UpdateResolutionInput): Promise<Resolution> {
    return write(em, async (tem) => {
      const row = await writableBranchRow(tem, Resolution, id, 'nghị quyết');
      await checkVersion(tem, row, input.version);
      await applyResolution(row, input);
      await tem.flush();
      return row;
    });
  }

  @Mutation(() => Resolution, { description: 'Deletes a resolution entered by mistake, with its tasks and reviews.' })
  deleteResolution(@Ctx() { em }: Context, @Arg('id', () => ID) id: string): Promise<Resolution> {
    return write(em, async (tem) => {
      const row = await writableBranchRow(tem, Resolution, id, 'nghị quyết');
      const snapshot = { ...row } as Resolution;
      for (const t of await tem.find(ResolutionTask, { resolution: row.id })) tem.remove(t);
      for (const r of await tem.find(ResolutionReview, { resolution: row.id })) tem.remove(r);
      tem.remove(row);
      await tem.flush();
      return snapshot;
    });
  }

  @FieldResolver(() => Meeting, { nullable: true, description: 'The meeting that issued it.' })
  meeting(@Root() row: Resolution, @Ctx() { loaders }: Context) { return loaders.meeting().load(row.meeting.id); }

  @FieldResolver(() => ID, { description: 'Id of the meeting.' })
  meetingId(@Root() row: Resolution): string { return String(row.meeting.id); }

  @FieldResolver(() => Organization, { nullable: true, description: 'The branch.' })
  branch(@Root() row: Resolution, @Ctx() { loaders }: Context) { return loaders.organization().load(row.branch.id); }

  @FieldResolver(() => ID, { description: 'Id of the branch.' })
  branchId(@Root() row: Resolution): string { return String(row.branch.id); }

  @FieldResolver(() => [ResolutionTask], { description: 'Tasks, by deadline.' })
  tasks(@Root() row: Resolution, @Ctx() { loaders }: Context) { return loaders.tasksOfResolution().load(row.id); }

  @FieldResolver(() => [ResolutionReview], { description: 'Monthly review entries, oldest first.' })
  reviews(@Root() row: Resolution, @Ctx() { loaders }: Context) { return loaders.reviewsOfResolution().load(row.id); }
}

@Resolver(() => ResolutionTask)
export class ResolutionTaskResolver {
  @Query(() => ResolutionTaskPage, { description: 'Resolution tasks: the task board. Filter overdueOn for overdue ones.' })
  async resolutionTasks(
    @Ctx() { em, viewer }: Context,
    @Arg('filter', () => ResolutionTaskFilter, { nullable: true }) filter?: ResolutionTaskFilter,
    @Arg('sort', () => [ResolutionTaskSort], { nullable: true, description: 'Sort keys; by deadline when omitted.' }) sort?: InstanceType<typeof ResolutionTaskSort>[],
    @Arg('offset', () => Int, { nullable: true, defaultValue: 0, description: 'Records to skip.' }) offset?: number,
    @Arg('limit', () => Int, { nullable: true, defaultValue: 25, description: 'Page size, 1 to 100.' }) limit?: number,
  ): Promise<ResolutionTaskPage> {
    const where = and(
      filter?.ids?.length && { id: { $in: filter.ids.map((v, i) => parseId(v, `filter.ids.${i}`)) } },
      filter?.resolutionId != null && { resolution: parseId(filter.resolutionId, 'filter.resolutionId') },
      await branchCondition(em, filter?.organizationId, filter?.descendants, 'filter.organizationId'),
      filter?.status?.length && { status: { $in: filter.status } },
      filter?.overdueOn && { deadline: { $lt: filter.overdueOn }, status: { $in: [TaskStatus.OPEN, TaskStatus.IN_PROGRESS] } },
      filter?.ownerMemberId != null && { ownerMember: parseId(filter.ownerMemberId, 'filter.ownerMemberId') },
      scoped('branch', viewer?.scopePath ?? '/'),
    );
    return listPage(em, ResolutionTask, where, orderBy(sort as never, { DEADLINE: 'deadline', STATUS: 'status', ID: 'id' }, { deadline: 'asc' }), offset, limit);
  }

  @Query(() => ResolutionTask, { nullable: true, description: 'One task by id, or null.' })
  resolutionTask(@Ctx() { em, viewer }: Context, @Arg('id', () => ID) id: string) {
    return em.findOne(ResolutionTask, { id: parseId(id, 'id'), ...scoped('branch', viewer?.scopePath ?? '/') });
  }

  @Mutation(() => ResolutionTask, { description: 'Adds a task to a resolution.' })
  createResolutionTask(@Ctx() { em }: Context, @Arg('input', () => CreateResolutionTaskInput) input: CreateResolutionTaskInput): Promise<ResolutionTask> {
    return write(em, async (tem) => {
      const resolution = await findOr404(tem, Resolution, parseId(input.resolutionId, 'resolutionId'), 'resolutionId', 'nghị quyết');
      const { meeting, branch } = await taskContext(tem, resolution);
      assertBranchWritable(tem, branch, 'resolutionId', 'nghị quyết');
      const row = tem.create(ResolutionTask, { resolution, branch, status: TaskStatus.OPEN } as never, { persist: false });
      await applyTask(tem, row, input, meeting, branch);
      tem.persist(row);
      await tem.flush();
      return row;
    });
  }

  @Mutation(() => ResolutionTask, { description: 'Changes a task, e.g. marks it done.' })
  updateResolutionTask(@Ctx() { em }: Context, @Arg('id', () => ID) id: string, @Arg('input', () => UpdateResolutionTaskInput) input: UpdateResolutionTaskInput): Promise<ResolutionTask> {
    return write(em, async (tem) => {
      const row = await findOr404(tem, ResolutionTask, parseId(id, 'id'), 'id', 'nhiệm vụ');
      const { meeting, branch } = await taskContext(tem, await tem.findOneOrFail(Resolution, row.resolution.id));
      assertBranchWritable(tem, branch, 'id', 'nhiệm vụ');
      await checkVersion(tem, row, input.version);
      await applyTask(tem, row, input, meeting, branch);
      await tem.flush();
      return row;
    });
  }

  @Mutation(() => ResolutionTask, { description: 'Deletes a task entered by mistake.' })
  deleteResolutionTask(@Ctx() { em }: Context, @Arg('id', () => ID) id: string): Promise<ResolutionTask> {
    return deleteBranchRow(em, ResolutionTask, id, 'nhiệm vụ');
  }

  @FieldResolver(() => Resolution, { nullable: true, description: 'The resolution.' })
  resolution(@Root() row: ResolutionTask, @Ctx() { loaders }: Context) { return loaders.resolution().load(row.resolution.id); }

  @FieldResolver(() => ID, { description: 'Id of the resolution.' })
  resolutionId(@Root() row: ResolutionTask): string { return String(row.resolution.id); }

  @FieldResolver(() => ID, { description: 'Id of the branch.' })
  branchId(@Root() row: ResolutionTask): string { return String(row.branch.id); }

  @FieldResolver(() => Organization, { nullable: true, description: 'The branch.' })
  branch(@Root() row: ResolutionTask, @Ctx() { loaders }: Context) { return loaders.organization().load(row.branch.id); }

  @FieldResolver(() => Member, { nullable: true, description: 'Responsible member.' })
  ownerMember(@Root() row: ResolutionTask, @Ctx() { loaders }: Context) { return row.ownerMember ? loaders.member().load(row.ownerMember.id) : null; }

  @FieldResolver(() => ID, { nullable: true, description: 'Id of the responsible member.' })
  ownerMemberId(@Root() row: ResolutionTask): string | null { return row.ownerMember ? String(row.ownerMember.id) : null; }

  @FieldResolver(() => Organization, { nullable: true, description: 'Responsible organization.' })
  ownerOrganization(@Root() row: ResolutionTask, @Ctx() { loaders }: Context) { return row.ownerOrganization ? loaders.organization().load(row.ownerOrganization.id) : null; }

  @FieldResolver(() => ID, { nullable: true, description: 'Id of the responsible organization.' })
  ownerOrganizationId(@Root() row: ResolutionTask): string | null { return row.ownerOrganization ? String(row.ownerOrganization.id) : null; }

  @FieldResolver(() => Boolean, { description: 'Overdue on the day (today when omitted): not done or cancelled and past its deadline.' })
  isOverdue(@Root() row: ResolutionTask, @Arg('asOf', () => DateScalar, { nullable: true, description: 'The day.' }) asOf?: string): boolean {
    return (row.status === TaskStatus.OPEN || row.status === TaskStatus.IN_PROGRESS) && row.deadline < dayOrToday(asOf);
  }
}

@Resolver(() => ResolutionReview)
export class ResolutionReviewResolver {
  @Query(() => ResolutionReviewPage, { description: 'Monthly review entries of resolutions, latest first.' })
  async resolutionReviews(
    @Ctx() { em, viewer }: Context,
    @Arg('filter', () => ResolutionReviewFilter, { nullable: true }) filter?: ResolutionReviewFilter,
    @Arg('offset', () => Int, { nullable: true, defaultValue: 0, description: 'Records to skip.' }) offset?: number,
    @Arg('limit', () => Int, { nullable: true, defaultValue: 25, description: 'Page size, 1 to 100.' }) limit?: number,
  ): Promise<ResolutionReviewPage> {
    const where = and(
      filter?.ids?.length && { id: { $in: filter.ids.map((v, i) => parseId(v, `filter.ids.${i}`)) } },
      filter?.resolutionId != null && { resolution: parseId(filter.resolutionId, 'filter.resolutionId') },
      await branchCondition(em, filter?.organizationId, filter?.descendants, 'filter.organizationId'),
      scoped('branch', viewer?.scopePath ?? '/'),
    );
    return listPage(em, ResolutionReview, where, [{ reviewedOn: 'desc' }, { id: 'desc' }] as never, offset, limit);
  }

  @Query(() => ResolutionReview, { nullable: true, description: 'One review entry by id, or null.' })
  resolutionReview(@Ctx() { em, viewer }: Context, @Arg('id', () => ID) id: string) {
    return em.findOne(ResolutionReview, { id: parseId(id, 'id'), ...scoped('branch', viewer?.scopePath ?? '/') });
  }

  @Mutation(() => ResolutionReview, { description: 'Records a monthly review entry of a resolution.' })
  createResolutionReview(@Ctx() { em }: Context, @Arg('input', () => CreateResolutionReviewInput) input: CreateResolutionReviewInput): Promise<ResolutionReview> {
    return write(em, async (tem) => {
      const resolution = await findOr404(tem, Resolution, parseId(input.resolutionId, 'resolutionId'), 'resolutionId', 'nghị quyết');
      const { meeting, branch } = await taskContext(tem, resolution);
      assertBranchWritable(tem, branch, 'resolutionId', 'nghị quyết');
      const row = tem.create(ResolutionReview, { resolution, branch } as never, { persist: false });
      await applyReview(tem, row, input, meeting, branch);
      tem.persist(row);
      await tem.flush();
      return row;
    });
  }

  @Mutation(() => ResolutionReview, { description: 'Changes a review entry.' })
  updateResolutionReview(@Ctx() { em }: Context, @Arg('id', () => ID) id: string, @Arg('input', () => UpdateResolutionReviewInput) input: UpdateResolutionReviewInput): Promise<ResolutionReview> {
    return write(em, async (tem) => {
      const row = await findOr404(tem, ResolutionReview, parseId(id, 'id'), 'id', 'mục đánh giá');
      const { meeting, branch } = await taskContext(tem, await tem.findOneOrFail(Resolution, row.resolution.id));
      assertBranchWritable(tem, branch, 'id', 'mục đánh giá');
      await checkVersion(tem, row, input.version);
      await applyReview(tem, row, input, meeting, branch);
      await tem.flush();
      return row;
    });
  }

  @Mutation(() => ResolutionReview, { description: 'Deletes a review entry entered by mistake.' })
  deleteResolutionReview(@Ctx() { em }: Context, @Arg('id', () => ID) id: string): Promise<ResolutionReview> {
    return deleteBranchRow(em, ResolutionReview, id, 'mục đánh giá');
  }

  @FieldResolver(() => Resolution, { nullable: true, description: 'The resolution.' })
  resolution(@Root() row: ResolutionReview, @Ctx() { loaders }: Context) { return loaders.resolution().load(row.resolution.id); }

  @FieldResolver(() => ID, { description: 'Id of the resolution.' })
  resolutionId(@Root() row: ResolutionReview): string { return String(row.resolution.id); }

  @FieldResolver(() => Member, { nullable: true, description: 'Member praised or corrected.' })
  member(@Root() row: ResolutionReview, @Ctx() { loaders }: Context) { return row.member ? loaders.member().load(row.member.id) : null; }

  @FieldResolver(() => ID, { nullable: true, description: 'Id of that member.' })
  memberId(@Root() row: ResolutionReview): string | null { return row.member ? String(row.member.id) : null; }

  @FieldResolver(() => ID, { nullable: true, description: 'Id of the meeting at which it was reviewed.' })
  reviewMeetingId(@Root() row: ResolutionReview): string | null { return row.reviewMeeting ? String(row.reviewMeeting.id) : null; }
}

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
