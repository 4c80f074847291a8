import { Authorized, Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { Access } from '../../shared/auth-guard';
import type { Context } from '../../context.type';
import { DateScalar } from '../../shared/scalars';
import { MeetingFinding } from '../meeting/meeting.entity';
import { Member } from '../member/member.entity';
import { Organization } from '../organization/organization.entity';
import { ResolutionTask } from '../resolution/resolution-task.entity';
import { branchFindings, meetingAlerts } from './alerts.service';
import { BranchFinding, MeetingAlerts, MemberAttendanceAlert } from './alerts.type';

@Resolver(() => MeetingAlerts)
export class MeetingAlertsResolver {
  @Authorized(Access.SIGNED_IN)
  @Query(() => MeetingAlerts, { nullable: true, description: 'Alerts for the home page under an organization on a day (today when omitted); null outside your scope.' })
  meetingAlerts(
    @Ctx() { em, viewer }: Context,
    @Arg('organizationId', () => ID, { description: 'The committee or branch whose subtree to check.' }) organizationId: string,
    @Arg('asOf', () => DateScalar, { nullable: true, description: 'The day.' }) asOf?: string,
  ): Promise<MeetingAlerts | null> {
    return meetingAlerts(em, viewer?.scopePath ?? '/', organizationId, asOf);
  }

  @FieldResolver(() => [Organization], { description: 'Branches expected to hold this month’s regular meeting (existing on the first day) that have not held one of their own by asOf, in tree order.' })
  branchesWithoutRegularMeeting(@Root() row: MeetingAlerts, @Ctx() { loaders }: Context) { return loaders.primeOrganizations(row.branchesWithoutRegularMeeting); }

  @FieldResolver(() => [Organization], { description: 'Once the quarter’s last month has begun: branches that existed throughout the quarter and have not held the thematic meetings the rule sets ask for by asOf.' })
  branchesWithoutThematicMeeting(@Root() row: MeetingAlerts, @Ctx() { loaders }: Context) { return loaders.primeOrganizations(row.branchesWithoutThematicMeeting); }

  @Authorized(Access.SIGNED_IN)
  @Query(() => [BranchFinding], { nullable: true, description: 'Findings of the branches under an organization over a quarter: THEMATIC_MISSING (a branch that existed throughout it without its thematic meeting, counting meetings held up to asOf, today when omitted) and MEMBERS_WITHOUT_TASK (working members without a task for the year on the quarter’s last day, or asOf if earlier); null outside your scope.' })
  branchFindings(
    @Ctx() { em, viewer }: Context,
    @Arg('organizationId', () => ID, { description: 'The committee or branch whose subtree to check.' }) organizationId: string,
    @Arg('quarter', () => String, { description: 'The quarter, YYYY-Qn.' }) quarter: string,
    @Arg('asOf', () => DateScalar, { nullable: true, description: 'Count meetings held up to this day.' }) asOf?: string,
  ) {
    return branchFindings(em, viewer?.scopePath ?? '/', organizationId, quarter, asOf);
  }

  @FieldResolver(() => [ResolutionTask], { description: 'The first 20 overdue tasks, earliest deadline first.' })
  overdueTasks(@Root() row: MeetingAlerts): ResolutionTask[] { return row.overdueTasks; }
}

@Resolver(() => MemberAttendanceAlert)
export class MemberAttendanceAlertResolver {
  @FieldResolver(() => Member, { nullable: true, description: 'The member.' })
  member(@Root() row: MemberAttendanceAlert, @Ctx() { loaders }: Context) { return loaders.member().load(Number(row.memberId)); }
}

@Resolver(() => BranchFinding)
export class BranchFindingResolver {
  @FieldResolver(() => Organization, { nullable: true, description: 'The branch.' })
  branch(@Root() row: BranchFinding, @Ctx() { loaders }: Context) { return loaders.organization().load(Number(row.branchId)); }

  @FieldResolver(() => MeetingFinding, { description: 'What falls short, with the document, threshold and actual value.' })
  finding(@Root() row: BranchFinding): MeetingFinding { return row.finding as MeetingFinding; }
}
