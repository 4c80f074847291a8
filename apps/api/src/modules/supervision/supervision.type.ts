import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { DateScalar } from '../../shared/scalars';
import type { Organization } from '../organization/organization.entity';
import type { SupervisorAssignment } from './supervisor-assignment.entity';

@ObjectType({ description: 'A figure: how many of how many, and the rate (null with nothing to count).' })
export class ComplianceFigure {
  @Field(() => Int, { description: 'Numerator.' }) numerator!: number;
  @Field(() => Int, { description: 'Denominator.' }) denominator!: number;
  @Field(() => Float, { nullable: true, description: 'numerator ÷ denominator.' }) rate!: number | null;
}

@ObjectType({ description: 'A standing committee member’s visits in the quarter: attended at least one branch meeting, at a branch not visited by them in the previous quarters of the rotation.' })
export class StandingMemberCompliance {
  @Field(() => ID, { description: 'The member.' }) memberId!: string;
  @Field(() => Int, { description: 'Branch meetings attended in the quarter (as a guest, up to asOf).' }) visits!: number;
  @Field(() => [ID], { description: 'Branches visited.' }) branchIds!: string[];
  @Field({ description: 'At least one visit.' }) attended!: boolean;
  @Field({ description: 'At least one branch visited that they did not visit in the previous rotationQuarters quarters.' }) rotationRespected!: boolean;
  @Field(() => [ID], { description: 'Branches visited again within the rotation.' }) repeatedBranchIds!: string[];
}

@ObjectType({ description: 'A committee member in charge of a branch, and their visits to it in the quarter.' })
export class InChargeCompliance {
  @Field(() => ID, { description: 'The assignment.' }) assignmentId!: string;
  @Field(() => ID, { description: 'The member.' }) memberId!: string;
  @Field(() => ID, { description: 'The branch.' }) branchId!: string;
  @Field(() => Int, { description: 'Meetings of the branch attended in the quarter (up to asOf).' }) visits!: number;
  @Field({ description: 'At least one visit.' }) attended!: boolean;
}

@ObjectType({ description: 'Supervision from above in a quarter under a committee: the two figures and the rows behind them.' })
export class SupervisionCompliance {
  @Field(() => ID, { description: 'The committee.' }) organizationId!: string;
  @Field({ description: 'The quarter, YYYY-Qn.' }) quarter!: string;
  @Field(() => DateScalar, { description: 'Visits counted up to this day.' }) asOf!: string;
  @Field(() => Int, { nullable: true, description: 'Rotation depth of the rule set in force (quarters).' }) rotationQuarters!: number | null;
  @Field(() => ComplianceFigure, { description: 'Standing members who attended with rotation respected / standing members.' }) standing!: ComplianceFigure;
  @Field(() => ComplianceFigure, { description: 'Assignments in charge with a visit / assignments in charge in the quarter.' }) inCharge!: ComplianceFigure;
  @Field(() => [StandingMemberCompliance], { description: 'Each standing member.' }) standingMembers!: StandingMemberCompliance[];
  @Field(() => [InChargeCompliance], { description: 'Each assignment in charge.' }) inChargeAssignments!: InChargeCompliance[];
  missedPlannedVisits!: SupervisorAssignment[];
  branchesWithoutVisitThisYear!: Organization[];
}

@ObjectType({ description: 'A visit the planner proposes, with its reasons.' })
export class ProposedVisit {
  @Field(() => ID, { description: 'The standing member.' }) memberId!: string;
  @Field(() => ID, { description: 'The branch.' }) branchId!: string;
  @Field(() => DateScalar, { description: 'The meeting day.' }) day!: string;
  @Field(() => ID, { nullable: true, description: 'The planned meeting.' }) meetingId!: string | null;
  @Field(() => [String], { description: 'Why this branch, in Vietnamese.' }) reasons!: string[];
  @Field(() => [String], { description: 'The same, as codes: FIXED, PILOT, NEVER_VISITED, LAST_VISITED, ROTATION_RESPECTED, ROTATION_NOT_RESPECTED, SHARED_BRANCH.' }) reasonCodes!: string[];
}

@ObjectType({ description: 'A standing member the planner could not place, and why.' })
export class UnplacedMember {
  @Field(() => ID, { description: 'The member.' }) memberId!: string;
  @Field({ description: 'Why, in Vietnamese.' }) reason!: string;
  @Field({ description: 'NO_MEETINGS, ALL_DAYS_UNAVAILABLE or MEETINGS_TAKEN.' }) code!: string;
}

@ObjectType({ description: 'The planner’s proposal for a quarter’s rotation visits.' })
export class RotationProposal {
  @Field({ description: 'The quarter.' }) quarter!: string;
  @Field({ description: 'Every standing member placed, every visit respecting the rotation.' }) complete!: boolean;
  @Field(() => String, { nullable: true, description: 'The binding constraint when incomplete (or a note), in Vietnamese.' }) explanation!: string | null;
  @Field(() => [String], { description: 'Codes of the constraints met.' }) constraints!: string[];
  @Field(() => [ProposedVisit], { description: 'The visits.' }) visits!: ProposedVisit[];
  @Field(() => [UnplacedMember], { description: 'Members left without a visit.' }) unplaced!: UnplacedMember[];
}
