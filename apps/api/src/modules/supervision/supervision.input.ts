import { AssignmentKind } from '@chibo/domain';
import { Field, ID, InputType, Int } from 'type-graphql';
import { DateScalar } from '../../shared/scalars';
import './supervision.enums';

@InputType({ description: 'Filters for supervisor assignments; all given conditions must hold.' })
export class SupervisorAssignmentFilter {
  @Field(() => ID, { nullable: true, description: 'Assignments to branches at or below this organization.' }) organizationId?: string;
  @Field(() => ID, { nullable: true, description: 'Assignments of this committee member.' }) memberId?: string;
  @Field(() => String, { nullable: true, description: 'Assignments covering this quarter, YYYY-Qn.' }) quarter?: string;
  @Field(() => [AssignmentKind], { nullable: true, description: 'Only these kinds.' }) kind?: AssignmentKind[];
}

@InputType({ description: 'Fields of a supervisor assignment; in a change, omitted fields stay as they are.' })
export class AssignmentFields {
  @Field(() => String, { nullable: true, description: 'For a rotation: the quarter, YYYY-Qn.' }) quarter?: string | null;
  @Field(() => DateScalar, { nullable: true, description: 'In charge: first day of the term.' }) from?: string | null;
  @Field(() => DateScalar, { nullable: true, description: 'In charge: first day after the term (null: open).' }) to?: string | null;
  @Field(() => ID, { nullable: true, description: 'The planned meeting of the branch the member will attend.' }) plannedMeetingId?: string | null;
  @Field(() => String, { nullable: true, description: 'Note.' }) note?: string | null;
}

@InputType({ description: 'A new supervisor assignment.' })
export class CreateSupervisorAssignmentInput extends AssignmentFields {
  @Field(() => ID, { description: 'The committee member.' }) memberId!: string;
  @Field(() => ID, { description: 'The branch.' }) branchId!: string;
  @Field(() => AssignmentKind, { description: 'In charge for a term, or a rotation visit in a quarter.' }) kind!: AssignmentKind;
}

@InputType({ description: 'Changes to a supervisor assignment.' })
export class UpdateSupervisorAssignmentInput extends AssignmentFields {
  @Field(() => Int, { nullable: true, description: 'The version you edited.' }) version?: number;
}

@InputType({ description: 'A visit of the planner’s proposal, as accepted (possibly edited).' })
export class AcceptedVisit {
  @Field(() => ID, { description: 'The standing committee member.' }) memberId!: string;
  @Field(() => ID, { description: 'The branch.' }) branchId!: string;
  @Field(() => ID, { nullable: true, description: 'The planned meeting.' }) meetingId?: string | null;
}

@InputType({ description: 'The quarter’s rotation visits to keep: they replace the quarter’s rotation assignments under the organization.' })
export class AcceptRotationInput {
  @Field(() => ID, { description: 'The ward committee.' }) organizationId!: string;
  @Field(() => String, { description: 'The quarter, YYYY-Qn.' }) quarter!: string;
  @Field(() => [AcceptedVisit], { description: 'The visits.' }) visits!: AcceptedVisit[];
}
