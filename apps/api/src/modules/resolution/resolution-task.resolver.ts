import { isOverdue } from '@chibo/domain';
import { Authorized, Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Access } from '../../shared/auth-guard';
import type { Context } from '../../context.type';
import { dayOrToday } from '../../shared/crud';
import { parseId } from '../../shared/errors';
import { Page } from '../../shared/pagination';
import { DateScalar } from '../../shared/scalars';
import { scoped } from '../../shared/scope';
import { Member } from '../member/member.entity';
import { Organization } from '../organization/organization.entity';
import { ResolutionTask } from './resolution-task.entity';
import { createResolutionTask, deleteResolutionTask, listResolutionTasks, updateResolutionTask } from './resolution-task.service';
import { Resolution } from './resolution.entity';
import { CreateResolutionTaskInput, ResolutionTaskFilter, ResolutionTaskSort, UpdateResolutionTaskInput } from './resolution.input';

const ResolutionTaskPage = Page(ResolutionTask, 'ResolutionTask');
type ResolutionTaskPage = InstanceType<typeof ResolutionTaskPage>;

@Resolver(() => ResolutionTask)
export class ResolutionTaskResolver {
  @Authorized(Access.SIGNED_IN)
  @Query(() => ResolutionTaskPage, { description: 'Resolution tasks: the task board. Filter overdueOn for overdue ones.' })
  resolutionTasks(
    @Ctx() { em, viewer }: Context,
    @Arg('filter', () => ResolutionTaskFilter, { nullable: true }) filter?: ResolutionTaskFilter,
    @Arg('sort', () => [ResolutionTaskSort], { nullable: true, description: 'Sort keys; by deadline when omitted.' }) sort?: InstanceType<typeof ResolutionTaskSort>[],
    @Arg('offset', () => Int, { nullable: true, defaultValue: 0, description: 'Records to skip.' }) offset?: number,
    @Arg('limit', () => Int, { nullable: true, defaultValue: 25, description: 'Page size, 1 to 100.' }) limit?: number,
  ): Promise<ResolutionTaskPage> {
    return listResolutionTasks(em, viewer?.scopePath ?? '/', filter, sort, offset, limit);
  }

  @Authorized(Access.SIGNED_IN)
  @Query(() => ResolutionTask, { nullable: true, description: 'One task by id, or null.' })
  resolutionTask(@Ctx() { em, viewer }: Context, @Arg('id', () => ID) id: string) {
    return em.findOne(ResolutionTask, { id: parseId(id, 'id'), ...scoped('branch', viewer?.scopePath ?? '/') });
  }

  @Authorized(Access.RECORD_MEETINGS)
  @Mutation(() => ResolutionTask, { description: 'Adds a task to a resolution.' })
  createResolutionTask(@Ctx() { em }: Context, @Arg('input', () => CreateResolutionTaskInput) input: CreateResolutionTaskInput): Promise<ResolutionTask> {
    return createResolutionTask(em, input);
  }

  @Authorized(Access.RECORD_MEETINGS)
  @Mutation(() => ResolutionTask, { description: 'Changes a task, e.g. marks it done.' })
  updateResolutionTask(@Ctx() { em }: Context, @Arg('id', () => ID) id: string, @Arg('input', () => UpdateResolutionTaskInput) input: UpdateResolutionTaskInput): Promise<ResolutionTask> {
    return updateResolutionTask(em, id, input);
  }

  @Authorized(Access.RECORD_MEETINGS)
  @Mutation(() => ResolutionTask, { description: 'Deletes a task entered by mistake.' })
  deleteResolutionTask(@Ctx() { em }: Context, @Arg('id', () => ID) id: string): Promise<ResolutionTask> {
    return deleteResolutionTask(em, id);
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
    return isOverdue(row, dayOrToday(asOf));
  }
}
