import { invalid, OrganizationKind, ThematicTopicArea, todayInVietnam, WorkStatus } from '@chibo/domain';
import type { EntityManager } from '@mikro-orm/core';
import type { EntityManager as SqlEntityManager } from '@mikro-orm/knex';
import { Arg, Ctx, Field, FieldResolver, ID, InputType, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context.type';
import { and, checkVersion, dayOrToday, findOr404, listPage, write } from '../../shared/crud';
import { AppError, assertValid, ErrorCode, parseId } from '../../shared/errors';
import { Page, pageWindow } from '../../shared/pagination';
import { DateScalar } from '../../shared/scalars';
import { scoped } from '../../shared/scope';
import { assertMemberWritable } from '../../shared/write-scope';
import { Member } from '../member/member.entity';
import { MemberPage } from '../member/member.resolver';
import { Organization } from '../organization/organization.entity';
import './meeting-enums';
import { assertBranchWritable, branchCondition, deleteBranchRow, inBranchOn, writableBranchRow } from './meeting.service';
import { MemberTask, ThematicPlanItem } from './plan.entity';

const ThematicPlanItemPage = Page(ThematicPlanItem, 'ThematicPlanItem');
type ThematicPlanItemPage = InstanceType<typeof ThematicPlanItemPage>;
const MemberTaskPage = Page(MemberTask, 'MemberTask');
type MemberTaskPage = InstanceType<typeof MemberTaskPage>;

async function writableBranch(tem: EntityManager, id: string, field: string): Promise<Organization> {
  const branch = await findOr404(tem, Organization, parseId(id, field), field, 'chi bộ');
  // Scope first: an organization outside it answers like a missing one, before its kind is judged.
  assertBranchWritable(tem, branch, field, 'chi bộ');
  if (branch.kind !== OrganizationKind.BRANCH) assertValid([invalid(field, 'Phải là một chi bộ.')]);
  return branch;
}

function checkYear(year: number, field = 'year') {
  if (!Number.isInteger(year) || year < 2000 || year > 2100) assertValid([invalid(field, 'Năm từ 2000 đến 2100.')]);
}

@InputType({ description: 'Filters for thematic plan items.' })
class ThematicPlanFilter {
  @Field(() => [ID], { nullable: true, description: 'Only these ids.' }) ids?: string[];
  @Field(() => ID, { nullable: true, description: 'Of this branch (or below this organization with descendants).' }) organizationId?: string;
  @Field({ nullable: true, defaultValue: false, description: 'With organizationId: include branches below it.' }) descendants?: boolean;
  @Field(() => Int, { nullable: true, description: 'Plans of this year.' }) year?: number;
}

@InputType({ description: 'Fields of a thematic plan item.' })
class ThematicPlanFields {
  @Field(() => Int, { nullable: true, description: 'Year.' }) year?: number;
  @Field(() => Int, { nullable: true, description: 'Quarter, 1 to 4.' }) quarter?: number;
  @Field(() => ThematicTopicArea, { nullable: true, description: 'Topic area.' }) topicArea?: ThematicTopicArea;
  @Field(() => String, { nullable: true, description: 'The topic.' }) title?: string;
  @Field(() => DateScalar, { nullable: true, description: 'Day reported to the ward committee.' }) reportedOn?: string | null;
}

@InputType({ description: 'A quarter of a branch’s thematic plan.' })
class CreateThematicPlanItemInput extends ThematicPlanFields {
  @Field(() => ID, { description: 'The branch.' }) branchId!: string;
  @Field(() => Int, { description: 'Year.' }) declare year: number;
  @Field(() => Int, { description: 'Quarter, 1 to 4.' }) declare quarter: number;
  @Field(() => ThematicTopicArea, { description: 'Topic area.' }) declare topicArea: ThematicTopicArea;
  @Field(() => String, { description: 'The topic.' }) declare title: string;
}

@InputType({ description: 'Changes to a thematic plan item.' })
class UpdateThematicPlanItemInput extends ThematicPlanFields {
  @Field(() => Int, { nullable: true, description: 'The version you edited.' }) version?: number;
}

@InputType({ description: 'Filters for member tasks.' })
class MemberTaskFilter {
  @Field(() => [ID], { nullable: true, description: 'Only these ids.' }) ids?: string[];
  @Field(() => ID, { nullable: true, description: 'Of this branch (or below this organization with descendants).' }) organizationId?: string;
  @Field({ nullable: true, defaultValue: false, description: 'With organizationId: include branches below it.' }) descendants?: boolean;
  @Field(() => Int, { nullable: true, description: 'Tasks for this year.' }) year?: number;
  @Field(() => ID, { nullable: true, description: 'Tasks of this member.' }) memberId?: string;
}

@InputType({ description: 'Fields of a member task.' })
class MemberTaskFields {
  @Field(() => String, { nullable: true, description: 'The task.' }) description?: string;
  @Field(() => DateScalar, { nullable: true, description: 'Day assigned; the member must be in the branch that day.' }) assignedOn?: string;
}

@InputType({ description: 'A member’s task for a year.' })
class CreateMemberTaskInput extends MemberTaskFields {
  @Field(() => ID, { description: 'The member.' }) memberId!: string;
  @Field(() => ID, { description: 'The branch that assigns it.' }) branchId!: string;
  @Field(() => Int, { description: 'Year.' }) year!: number;
  @Field(() => String, { description: 'The task.' }) declare description: string;
  @Field(() => DateScalar, { description: 'Day assigned.' }) declare assignedOn: string;
}

@InputType({ description: 'Changes to a member task.' })
class UpdateMemberTaskInput extends MemberTaskFields {
  @Field(() => Int, { nullable: true, description: 'The version you edited.' }) version?: number;
}

@InputType({ description: 'One member’s task in a bulk assignment.' })
class MemberTaskLine {
  @Field(() => ID, { description: 'The member.' }) memberId!: string;
  @Field(() => String, { description: 'The task.' }) description!: string;
}

@InputType({ description: 'Tasks the branch assigns at once (the January vote): one line per member.' })
class AssignMemberTasksInput {
  @Field(() => ID, { description: 'The branch.' }) branchId!: string;
  @Field(() => Int, { description: 'Year.' }) year!: number;
  @Field(() => DateScalar, { description: 'Day assigned; every member must be in the branch that day.' }) assignedOn!: string;
  @Field(() => [MemberTaskLine], { description: 'The tasks; a member who already has one for the year from this branch is refused.' }) tasks!: MemberTaskLine[];
}

@InputType({ description: 'Which members without a task to list.' })
class MembersWithoutTaskFilter {
  @Field(() => ID, { description: 'Branches at or below this organization.' }) organizationId!: string;
  @Field(() => Int, { description: 'The year.' }) year!: number;
  @Field(() => DateScalar, { nullable: true, description: 'Membership as of this day (today when omitted).' }) asOf?: string;
}

async function applyPlanItem(tem: EntityManager, row: ThematicPlanItem, input: ThematicPlanFields) {
  for (const key of ['year', 'quarter', 'topicArea', 'title', 'reportedOn'] as const) if (input[key] !== undefined) (row as unknown as Record<string, unknown>)[key] = input[key];
  checkYear(row.year);
  if (!Number.isInteger(row.quarter) || row.quarter < 1 || row.quarter > 4) assertValid([invalid('quarter', 'Quý từ 1 đến 4.')]);
  if (!row.title?.trim() || row.title.length > 300) assertValid([invalid('title', 'Cần tên chủ đề (tối đa 300 ký tự).')]);
  if (row.reportedOn && row.reportedOn > todayInVietnam()) assertValid([invalid('reportedOn', 'Ngày báo cáo không thể ở tương lai.')]);
  const clash = await tem.findOne(ThematicPlanItem, { branch: row.branch.id, year: row.year, quarter: row.quarter, id: { $ne: row.id ?? 0 } });
  if (clash) throw new AppError(ErrorCode.CONFLICT, `quarter: chi bộ đã có chủ đề quý ${row.quarter}/${row.year}.`, 'quarter');
}

async function applyMemberTask(tem: EntityManager, row: MemberTask, input: MemberTaskFields) {
  if (input.description !== undefined) row.description = input.description;
  if (input.assignedOn !== undefined) row.assignedOn = input.assignedOn;
  if (!row.description?.trim() || row.description.length > 500) assertValid([invalid('description', 'Cần nội dung nhiệm vụ (tối đa 500 ký tự).')]);
  if (row.assignedOn < `${row.year - 1}-12-01` || row.assignedOn > `${row.year}-12-31`) assertValid([invalid('assignedOn', `Ngày phân công phải thuộc năm ${row.year} (hoặc tháng 12 năm trước).`)]);
  if (row.assignedOn > todayInVietnam()) assertValid([invalid('assignedOn', 'Ngày phân công không thể ở tương lai.')]);
  if (!(await inBranchOn(tem, row.member.id, row.branch.id, row.assignedOn))) assertValid([invalid('assignedOn', 'Đảng viên không sinh hoạt tại chi bộ vào ngày phân công.')]);
  const clash = await tem.findOne(MemberTask, { member: row.member.id, branch: row.branch.id, year: row.year, id: { $ne: row.id ?? 0 } });
  if (clash) throw new AppError(ErrorCode.CONFLICT, `year: đảng viên đã được phân công nhiệm vụ năm ${row.year} tại chi bộ này.`, 'year');
}

/**
 * Working members without a task for the year (DOMAIN convention 7): members of branches under the organization
 * on the day, not retired and not exempt that day, holding no task for that year from any branch.
 */
export function membersWithoutTaskQuery(em: EntityManager, path: string, year: number, day: string) {
  return (em as SqlEntityManager).createQueryBuilder(Member, 'm')
    .where({ workStatus: WorkStatus.WORKING })
    .andWhere('exists (select 1 from membership ms join organization o on o.id = ms.branch_id where ms.member_id = m.id and ms.from_date <= ? and (ms.to_date is null or ms.to_date > ?) and o.path like ?)', [day, day, `${path}%`])
    .andWhere('not exists (select 1 from exemption e where e.member_id = m.id and e.from_date <= ? and (e.to_date is null or e.to_date > ?))', [day, day])
    .andWhere('not exists (select 1 from member_task t where t.member_id = m.id and t.year = ?)', [year]);
}

@Resolver(() => ThematicPlanItem)
export class ThematicPlanItemResolver {
  @Query(() => ThematicPlanItemPage, { description: 'Quarters of branches’ annual thematic plans.' })
  async thematicPlanItems(
    @Ctx() { em, viewer }: Context,
    @Arg('filter', () => ThematicPlanFilter, { nullable: true }) filter?: ThematicPlanFilter,
    @Arg('offset', () => Int, { nullable: true, defaultValue: 0, description: 'Records to skip.' }) offset?: number,
    @Arg('limit', () => Int, { nullable: true, defaultValue: 25, description: 'Page size, 1 to 100.' }) limit?: number,
  ): Promise<ThematicPlanItemPage> {
    const where = and(
      await branchCondition(em, filter?.organizationId, filter?.descendants, 'filter.organizationId'),
      filter?.ids?.length && { id: { $in: filter.ids.map((v, i) => parseId(v, `filter.ids.${i}`)) } },
      filter?.year != null && { year: filter.year },
      scoped('branch', viewer?.scopePath ?? '/'),
    );
    return listPage(em, ThematicPlanItem, where, [{ year: 'desc' }, { branch: 'asc' }, { quarter: 'asc' }] as never, offset, limit);
  }

  @Query(() => ThematicPlanItem, { nullable: true, description: 'One thematic plan item by id, or null.' })
  thematicPlanItem(@Ctx() { em, viewer }: Context, @Arg('id', () => ID) id: string) {
    return em.findOne(ThematicPlanItem, { id: parseId(id, 'id'), ...scoped('branch', viewer?.scopePath ?? '/') });
  }

  @Mutation(() => ThematicPlanItem, { description: 'Plans a quarter’s thematic topic for a branch.' })
  createThematicPlanItem(@Ctx() { em }: Context, @Arg('input', () => CreateThematicPlanItemInput) input: CreateThematicPlanItemInput): Promise<ThematicPlanItem> {
    return write(em, async (tem) => {
      const branch = await writableBranch(tem, input.branchId, 'branchId');
      const row = tem.create(ThematicPlanItem, { branch } as never, { persist: false });
      await applyPlanItem(tem, row, input);
      tem.persist(row);
      await tem.flush();
      return row;
    });
  }

  @Mutation(() => ThematicPlanItem, { description: 'Changes a thematic plan item (e.g. records the day it was reported).' })
  updateThematicPlanItem(@Ctx() { em }: Context, @Arg('id', () => ID) id: string, @Arg('input', () => UpdateThematicPlanItemInput) input: UpdateThematicPlanItemInput): Promise<ThematicPlanItem> {
    return write(em, async (tem) => {
      const row = await writableBranchRow(tem, ThematicPlanItem, id, 'chủ đề');
      await checkVersion(tem, row, input.version);
      await applyPlanItem(tem, row, input);
      await tem.flush();
      return row;
    });
  }

  @Mutation(() => ThematicPlanItem, { description: 'Deletes a thematic plan item.' })
  deleteThematicPlanItem(@Ctx() { em }: Context, @Arg('id', () => ID) id: string): Promise<ThematicPlanItem> {
    return deleteBranchRow(em, ThematicPlanItem, id, 'chủ đề');
  }

  @FieldResolver(() => Organization, { nullable: true, description: 'The branch.' })
  branch(@Root() row: ThematicPlanItem, @Ctx() { loaders }: Context) { return loaders.organization().load(row.branch.id); }

  @FieldResolver(() => ID, { description: 'Id of the branch.' })
  branchId(@Root() row: ThematicPlanItem): string { return String(row.branch.id); }
}

@Resolver(() => MemberTask)
export class MemberTaskResolver {
  @Query(() => MemberTaskPage, { description: 'Members’ yearly tasks.' })
  async memberTasks(
    @Ctx() { em, viewer }: Context,
    @Arg('filter', () => MemberTaskFilter, { nullable: true }) filter?: MemberTaskFilter,
    @Arg('offset', () => Int, { nullable: true, defaultValue: 0, description: 'Records to skip.' }) offset?: number,
    @Arg('limit', () => Int, { nullable: true, defaultValue: 25, description: 'Page size, 1 to 100.' }) limit?: number,
  ): Promise<MemberTaskPage> {
    const where = and(
      await branchCondition(em, filter?.organizationId, filter?.descendants, 'filter.organizationId'),
      filter?.ids?.length && { id: { $in: filter.ids.map((v, i) => parseId(v, `filter.ids.${i}`)) } },
      filter?.year != null && { year: filter.year },
      filter?.memberId != null && { member: parseId(filter.memberId, 'filter.memberId') },
      scoped('branch', viewer?.scopePath ?? '/'),
    );
    return listPage(em, MemberTask, where, [{ year: 'desc' }, { member: { sortKey: 'asc' } }] as never, offset, limit);
  }

  @Query(() => MemberTask, { nullable: true, description: 'One member task by id, or null.' })
  memberTask(@Ctx() { em, viewer }: Context, @Arg('id', () => ID) id: string) {
    return em.findOne(MemberTask, { id: parseId(id, 'id'), ...scoped('branch', viewer?.scopePath ?? '/') });
  }

  @Query(() => MemberPage, { description: 'Working members (not retired, not exempt on the day) of branches under the organization on the day who hold no task for the year from any branch. Roll order.' })
  async membersWithoutTask(
    @Ctx() { em, viewer }: Context,
    @Arg('filter', () => MembersWithoutTaskFilter) filter: MembersWithoutTaskFilter,
    @Arg('offset', () => Int, { nullable: true, defaultValue: 0, description: 'Records to skip.' }) offset?: number,
    @Arg('limit', () => Int, { nullable: true, defaultValue: 25, description: 'Page size, 1 to 100.' }) limit?: number,
  ) {
    checkYear(filter.year, 'filter.year');
    const window = pageWindow(offset, limit);
    const org = await em.findOne(Organization, { id: parseId(filter.organizationId, 'filter.organizationId') });
    const scope = viewer?.scopePath ?? '/';
    if (!org?.path.startsWith(scope)) return { items: [], total: 0, ...window };
    const day = dayOrToday(filter.asOf);
    const total = await membersWithoutTaskQuery(em, org.path, filter.year, day).getCount();
    const items = await membersWithoutTaskQuery(em, org.path, filter.year, day).orderBy({ sortKey: 'asc', id: 'asc' }).offset(window.offset).limit(window.limit).getResultList();
    return { items, total, ...window };
  }

  @Mutation(() => MemberTask, { description: 'Assigns a member’s task for a year.' })
  createMemberTask(@Ctx() { em }: Context, @Arg('input', () => CreateMemberTaskInput) input: CreateMemberTaskInput): Promise<MemberTask> {
    return write(em, async (tem) => {
      const branch = await writableBranch(tem, input.branchId, 'branchId');
      const member = await findOr404(tem, Member, parseId(input.memberId, 'memberId'), 'memberId', 'đảng viên');
      await assertMemberWritable(tem, member.id, 'memberId');
      checkYear(input.year);
      const row = tem.create(MemberTask, { member, branch, year: input.year } as never, { persist: false });
      await applyMemberTask(tem, row, input);
      tem.persist(row);
      await tem.flush();
      return row;
    });
  }

  @Mutation(() => [MemberTask], { description: 'Assigns several members’ tasks for a year in one transaction (all or none), e.g. the January vote.' })
  assignMemberTasks(@Ctx() { em }: Context, @Arg('input', () => AssignMemberTasksInput) input: AssignMemberTasksInput): Promise<MemberTask[]> {
    return write(em, async (tem) => {
      const branch = await writableBranch(tem, input.branchId, 'branchId');
      checkYear(input.year);
      if (input.tasks.length === 0 || input.tasks.length > 500) assertValid([invalid('tasks', 'Từ 1 đến 500 dòng.')]);
      const out: MemberTask[] = [];
      const seen = new Set<number>();
      for (const [i, line] of input.tasks.entries()) {
        const memberId = parseId(line.memberId, `tasks.${i}.memberId`);
        if (seen.has(memberId)) assertValid([invalid(`tasks.${i}.memberId`, 'Đảng viên được ghi hai lần.')]);
        seen.add(memberId);
        const member = await findOr404(tem, Member, memberId, `tasks.${i}.memberId`, 'đảng viên');
        await assertMemberWritable(tem, member.id, `tasks.${i}.memberId`);
        const row = tem.create(MemberTask, { member, branch, year: input.year } as never, { persist: false });
        try {
          await applyMemberTask(tem, row, { description: line.description, assignedOn: input.assignedOn });
        } catch (error) {
          // Name the line at fault, so the sheet can mark it.
          if (error instanceof AppError) {
            const field = `tasks.${i}.${error.extensions.field === 'assignedOn' ? 'memberId' : error.extensions.field}`;
            throw new AppError(error.extensions.code as ErrorCode, `${field}: ${error.message.replace(/^[^:]*: /, '')}`, field);
          }
          throw error;
        }
        tem.persist(row);
        out.push(row);
      }
      await tem.flush();
      return out;
    });
  }

  @Mutation(() => MemberTask, { description: 'Changes a member task.' })
  updateMemberTask(@Ctx() { em }: Context, @Arg('id', () => ID) id: string, @Arg('input', () => UpdateMemberTaskInput) input: UpdateMemberTaskInput): Promise<MemberTask> {
    return write(em, async (tem) => {
      const row = await writableBranchRow(tem, MemberTask, id, 'nhiệm vụ');
      await checkVersion(tem, row, input.version);
      await applyMemberTask(tem, row, input);
      await tem.flush();
      return row;
    });
  }

  @Mutation(() => MemberTask, { description: 'Deletes a member task entered by mistake.' })
  deleteMemberTask(@Ctx() { em }: Context, @Arg('id', () => ID) id: string): Promise<MemberTask> {
    return deleteBranchRow(em, MemberTask, id, 'nhiệm vụ');
  }

  @FieldResolver(() => Member, { nullable: true, description: 'The member.' })
  member(@Root() row: MemberTask, @Ctx() { loaders }: Context) { return loaders.member().load(row.member.id); }

  @FieldResolver(() => ID, { description: 'Id of the member.' })
  memberId(@Root() row: MemberTask): string { return String(row.member.id); }

  @FieldResolver(() => Organization, { nullable: true, description: 'The branch.' })
  branch(@Root() row: MemberTask, @Ctx() { loaders }: Context) { return loaders.organization().load(row.branch.id); }

  @FieldResolver(() => ID, { description: 'Id of the branch.' })
  branchId(@Root() row: MemberTask): string { return String(row.branch.id); }
}
