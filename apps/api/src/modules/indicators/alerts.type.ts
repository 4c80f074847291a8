import type { Finding } from '@chibo/domain';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { DateScalar } from '../../shared/scalars';
import type { Member } from '../member/member.entity';
import type { Organization } from '../organization/organization.entity';
import type { ResolutionTask } from '../resolution/resolution-task.entity';
import { IndicatorFigure, IndicatorRow } from './indicators.type';

@ObjectType({ description: 'A member flagged by an attendance rule, with the count that triggered it.' })
export class MemberAttendanceAlert {
  member!: Member;
  @Field(() => ID, { description: 'The member.' }) memberId!: string;
  @Field(() => Int, { description: 'Months with an unexcused absence this year, or the longest run of excused absences in a row.' }) count!: number;
  @Field({ description: 'The document whose rule the count is measured against.' }) documentNumber!: string;
  @Field(() => Int, { description: 'The threshold of that rule: months that are grounds for removal (flagged at this many), or the most excused absences in a row allowed (flagged above it).' }) limit!: number;
}

@ObjectType({ description: 'What needs the ward office’s attention on a day, under an organization.' })
export class MeetingAlerts {
  @Field(() => DateScalar, { description: 'The day the alerts are for.' }) asOf!: string;
  @Field({ description: 'Month of the day, YYYY-MM.' }) month!: string;
  @Field(() => Int, { nullable: true, description: 'Day of the month by which the regular meeting is due under the rule sets in force (null: none sets one).' }) regularDueDay!: number | null;
  @Field({ description: 'Whether the due day has passed on asOf.' }) regularOverdue!: boolean;
  branchesWithoutRegularMeeting!: Organization[];
  @Field(() => [MemberAttendanceAlert], { description: 'Members absent without a reason in at least the number of months of the year that is grounds for removal from the rolls.' }) unexcusedMonths!: MemberAttendanceAlert[];
  @Field(() => [MemberAttendanceAlert], { description: 'Members absent with a reason more times in a row this year than the rule set in force allows.' }) excusedRuns!: MemberAttendanceAlert[];
  @Field({ description: 'Quarter of the day, YYYY-Qn.' }) quarter!: string;
  @Field({ description: 'Whether the quarter’s last month has begun, from which a branch without its thematic meeting is flagged.' }) thematicDue!: boolean;
  branchesWithoutThematicMeeting!: Organization[];
  @Field(() => Int, { description: 'Resolution tasks past their deadline and not done.' }) overdueTaskCount!: number;
  overdueTasks!: ResolutionTask[];
  @Field(() => Int, { description: 'Working members with no task for the year.' }) membersWithoutTaskCount!: number;
  @Field(() => [IndicatorRow], { description: 'Branches whose regular meeting this month is below the attendance threshold of the rule sets in force (branches that have not met are in branchesWithoutRegularMeeting), with the meeting.' }) branchesBelowAttendance!: IndicatorRow[];
  @Field({ description: 'First month of the figures checked for figuresBehind, YYYY-MM (the quarter so far).' }) figuresFrom!: string;
  @Field({ description: 'Last month checked: the last whose due day has passed.' }) figuresTo!: string;
  @Field(() => [IndicatorFigure], { description: 'The committee’s figures over figuresFrom–figuresTo that are behind their targets (meetings held and in the first week, full content, attendance, branches at the threshold, members with a task, resolution tasks and documents on time).' }) figuresBehind!: IndicatorFigure[];
}

@ObjectType({ description: 'A rule shortfall of a branch over a period (a quarter without its thematic meeting), with the document that sets the rule.' })
export class BranchFinding {
  @Field(() => ID, { description: 'The branch.' }) branchId!: string;
  finding!: Finding;
}
