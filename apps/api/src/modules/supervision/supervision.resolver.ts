import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context.type';
import { Access } from '../../shared/auth-guard';
import { parseId } from '../../shared/errors';
import { Page } from '../../shared/pagination';
import { DateScalar } from '../../shared/scalars';
import { scoped } from '../../shared/scope';
import { Meeting } from '../meeting/meeting.entity';
import { Member } from '../member/member.entity';
import { Organization } from '../organization/organization.entity';
import { rotationProposal, supervisionCompliance } from './compliance.service';
import { AcceptRotationInput, CreateSupervisorAssignmentInput, SupervisorAssignmentFilter, UpdateSupervisorAssignmentInput } from './supervision.input';
import { acceptRotation, createAssignment, deleteAssignment, listAssignments, updateAssignment } from './supervision.service';
import { RotationProposal, SupervisionCompliance } from './supervision.type';
import { SupervisorAssignment } from './supervisor-assignment.entity';

const AssignmentPage = Page(SupervisorAssignment, 'SupervisorAssignment');
type AssignmentPage = InstanceType<typeof AssignmentPage>;

@Resolver(() => SupervisorAssignment)
export class SupervisorAssignmentResolver {
  @Authorized(Access.SIGNED_IN)
  @Query(() => AssignmentPage, { description: 'Supervisor assignments to branches in your subtree, newest first.' })
  supervisorAssignments(
    @Ctx() { em, viewer }: Context,
    @Arg('filter', () => SupervisorAssignmentFilter, { nullable: true }) filter?: SupervisorAssignmentFilter,
    @Arg('offset', () => Int, { nullable: true, defaultValue: 0, description: 'Records to skip.' }) offset?: number,
    @Arg('limit', () => Int, { nullable: true, defaultValue: 25, description: 'Page size, 1 to 100.' }) limit?: number,
  ): Promise<AssignmentPage> {
    return listAssignments(em, viewer?.scopePath ?? '/', filter, offset, limit);
  }

  @Authorized(Access.SIGNED_IN)
  @Query(() => SupervisorAssignment, { nullable: true, description: 'One supervisor assignment by id, or null.' })
  supervisorAssignment(@Ctx() { em, viewer }: Context, @Arg('id', () => ID) id: string) {
    return em.findOne(SupervisorAssignment, { id: parseId(id, 'id'), ...scoped('branch', viewer?.scopePath ?? '/') });
  }

  @Authorized(Access.SIGNED_IN)
  @Query(() => SupervisionCompliance, { nullable: true, description: 'Supervision from above in a quarter under a committee, counted up to asOf (today when omitted): the standing members’ rotation visits, the members in charge, missed planned visits, branches not visited this year; null outside your scope.' })
  supervisionCompliance(
    @Ctx() { em, viewer }: Context,
    @Arg('organizationId', () => ID, { description: 'The ward committee.' }) organizationId: string,
    @Arg('quarter', () => String, { description: 'The quarter, YYYY-Qn.' }) quarter: string,
    @Arg('asOf', () => DateScalar, { nullable: true, description: 'Count visits up to this day.' }) asOf?: string,
  ) {
    return supervisionCompliance(em, viewer?.scopePath ?? '/', organizationId, quarter, asOf);
  }

  @Authorized(Access.SIGNED_IN)
  @Query(() => RotationProposal, { nullable: true, description: 'The planner’s proposal of the standing committee’s visits for a quarter under a committee; null outside your scope.' })
  rotationProposal(
    @Ctx() { em, viewer }: Context,
    @Arg('organizationId', () => ID, { description: 'The ward committee.' }) organizationId: string,
    @Arg('quarter', () => String, { description: 'The quarter, YYYY-Qn.' }) quarter: string,
    @Arg('asOf', () => DateScalar, { nullable: true, description: 'Propose meetings from this day on (today when omitted).' }) asOf?: string,
  ) {
    return rotationProposal(em, viewer?.scopePath ?? '/', organizationId, quarter, asOf);
  }

  @Authorized(Access.SUPERVISE)
  @Mutation(() => SupervisorAssignment, { description: 'Assigns a committee member to a branch: in charge for a term, or a standing member’s visit in a quarter.' })
  createSupervisorAssignment(@Ctx() { em }: Context, @Arg('input', () => CreateSupervisorAssignmentInput) input: CreateSupervisorAssignmentInput) {
    return createAssignment(em, input);
  }

  @Authorized(Access.SUPERVISE)
  @Mutation(() => SupervisorAssignment, { description: 'Changes an assignment’s period, planned meeting or note.' })
  updateSupervisorAssignment(@Ctx() { em }: Context, @Arg('id', () => ID) id: string, @Arg('input', () => UpdateSupervisorAssignmentInput) input: UpdateSupervisorAssignmentInput) {
    return updateAssignment(em, id, input);
  }

  @Authorized(Access.SUPERVISE)
  @Mutation(() => SupervisorAssignment, { description: 'Deletes an assignment entered by mistake.' })
  deleteSupervisorAssignment(@Ctx() { em }: Context, @Arg('id', () => ID) id: string) {
    return deleteAssignment(em, id);
  }

  @Authorized(Access.SUPERVISE)
  @Mutation(() => [SupervisorAssignment], { description: 'Keeps a quarter’s rotation visits (the planner’s proposal, possibly edited) in one transaction: they replace the quarter’s rotation assignments under the committee.' })
  acceptRotation(@Ctx() { em }: Context, @Arg('input', () => AcceptRotationInput) input: AcceptRotationInput) {
    return acceptRotation(em, input);
  }

  @FieldResolver(() => Member, { nullable: true, description: 'The committee member.' })
  member(@Root() row: SupervisorAssignment, @Ctx() { loaders }: Context) { return loaders.member().load(row.member.id); }

  @FieldResolver(() => ID, { description: 'Id of the committee member.' })
  memberId(@Root() row: SupervisorAssignment): string { return String(row.member.id); }

  @FieldResolver(() => Organization, { nullable: true, description: 'The branch.' })
  branch(@Root() row: SupervisorAssignment, @Ctx() { loaders }: Context) { return loaders.organization().load(row.branch.id); }

  @FieldResolver(() => ID, { description: 'Id of the branch.' })
  branchId(@Root() row: SupervisorAssignment): string { return String(row.branch.id); }

  @FieldResolver(() => Meeting, { nullable: true, description: 'The planned meeting.' })
  plannedMeeting(@Root() row: SupervisorAssignment, @Ctx() { loaders }: Context) { return row.plannedMeeting ? loaders.meeting().load(row.plannedMeeting.id) : null; }

  @FieldResolver(() => ID, { nullable: true, description: 'Id of the planned meeting.' })
  plannedMeetingId(@Root() row: SupervisorAssignment): string | null { return row.plannedMeeting ? String(row.plannedMeeting.id) : null; }
}
