import { Authorized, Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Access } from '../../shared/auth-guard';
import type { Context } from '../../context.type';
import { parseId } from '../../shared/errors';
import { Page } from '../../shared/pagination';
import { scoped } from '../../shared/scope';
import { Member } from '../member/member.entity';
import { MemberPage } from '../member/member.resolver';
import { Organization } from '../organization/organization.entity';
import { MemberTask } from './member-task.entity';
import { AssignMemberTasksInput, CreateMemberTaskInput, MemberTaskFilter, MembersWithoutTaskFilter, UpdateMemberTaskInput } from './member-task.input';
import {
  assignMemberTasks, createMemberTask, deleteMemberTask, listMembersWithoutTask, listMemberTasks, updateMemberTask,
} from './member-task.service';

const MemberTaskPage = Page(MemberTask, 'MemberTask');
type MemberTaskPage = InstanceType<typeof MemberTaskPage>;

@Resolver(() => MemberTask)
export class MemberTaskResolver {
  @Authorized(Access.SIGNED_IN)
  @Query(() => MemberTaskPage, { description: 'Members’ yearly tasks.' })
  memberTasks(
    @Ctx() { em, viewer }: Context,
    @Arg('filter', () => MemberTaskFilter, { nullable: true }) filter?: MemberTaskFilter,
    @Arg('offset', () => Int, { nullable: true, defaultValue: 0, description: 'Records to skip.' }) offset?: number,
    @Arg('limit', () => Int, { nullable: true, defaultValue: 25, description: 'Page size, 1 to 100.' }) limit?: number,
  ): Promise<MemberTaskPage> {
    return listMemberTasks(em, viewer?.scopePath ?? '/', filter, offset, limit);
  }

  @Authorized(Access.SIGNED_IN)
  @Query(() => MemberTask, { nullable: true, description: 'One member task by id, or null.' })
  memberTask(@Ctx() { em, viewer }: Context, @Arg('id', () => ID) id: string) {
    return em.findOne(MemberTask, { id: parseId(id, 'id'), ...scoped('branch', viewer?.scopePath ?? '/') });
  }

  @Authorized(Access.SIGNED_IN)
  @Query(() => MemberPage, { description: 'Working members (not retired, not exempt on the day) of branches under the organization on the day who hold no task for the year from any branch. Roll order.' })
  membersWithoutTask(
    @Ctx() { em, viewer }: Context,
    @Arg('filter', () => MembersWithoutTaskFilter) filter: MembersWithoutTaskFilter,
    @Arg('offset', () => Int, { nullable: true, defaultValue: 0, description: 'Records to skip.' }) offset?: number,
    @Arg('limit', () => Int, { nullable: true, defaultValue: 25, description: 'Page size, 1 to 100.' }) limit?: number,
  ) {
    return listMembersWithoutTask(em, viewer?.scopePath ?? '/', filter, offset, limit);
  }

  @Authorized(Access.RECORD_MEETINGS)
  @Mutation(() => MemberTask, { description: 'Assigns a member’s task for a year.' })
  createMemberTask(@Ctx() { em }: Context, @Arg('input', () => CreateMemberTaskInput) input: CreateMemberTaskInput): Promise<MemberTask> {
    return createMemberTask(em, input);
  }

  @Authorized(Access.RECORD_MEETINGS)
  @Mutation(() => [MemberTask], { description: 'Assigns several members’ tasks for a year in one transaction (all or none), e.g. the January vote.' })
  assignMemberTasks(@Ctx() { em }: Context, @Arg('input', () => AssignMemberTasksInput) input: AssignMemberTasksInput): Promise<MemberTask[]> {
    return assignMemberTasks(em, input);
  }

  @Authorized(Access.RECORD_MEETINGS)
  @Mutation(() => MemberTask, { description: 'Changes a member task.' })
  updateMemberTask(@Ctx() { em }: Context, @Arg('id', () => ID) id: string, @Arg('input', () => UpdateMemberTaskInput) input: UpdateMemberTaskInput): Promise<MemberTask> {
    return updateMemberTask(em, id, input);
  }

  @Authorized(Access.RECORD_MEETINGS)
  @Mutation(() => MemberTask, { description: 'Deletes a member task entered by mistake.' })
  deleteMemberTask(@Ctx() { em }: Context, @Arg('id', () => ID) id: string): Promise<MemberTask> {
    return deleteMemberTask(em, id);
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
