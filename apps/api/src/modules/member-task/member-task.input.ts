import { Field, ID, InputType, Int } from 'type-graphql';
import { DateScalar } from '../../shared/scalars';

@InputType({ description: 'Filters for member tasks.' })
export class MemberTaskFilter {
  @Field(() => [ID], { nullable: true, description: 'Only these ids.' }) ids?: string[];
  @Field(() => ID, { nullable: true, description: 'Of this branch (or below this organization with descendants).' }) organizationId?: string;
  @Field({ nullable: true, defaultValue: false, description: 'With organizationId: include branches below it.' }) descendants?: boolean;
  @Field(() => Int, { nullable: true, description: 'Tasks for this year.' }) year?: number;
  @Field(() => ID, { nullable: true, description: 'Tasks of this member.' }) memberId?: string;
}

@InputType({ description: 'Fields of a member task.' })
export class MemberTaskFields {
  @Field(() => String, { nullable: true, description: 'The task.' }) description?: string;
  @Field(() => DateScalar, { nullable: true, description: 'Day assigned; the member must be in the branch that day.' }) assignedOn?: string;
}

@InputType({ description: 'A member’s task for a year.' })
export class CreateMemberTaskInput extends MemberTaskFields {
  @Field(() => ID, { description: 'The member.' }) memberId!: string;
  @Field(() => ID, { description: 'The branch that assigns it.' }) branchId!: string;
  @Field(() => Int, { description: 'Year.' }) year!: number;
  @Field(() => String, { description: 'The task.' }) declare description: string;
  @Field(() => DateScalar, { description: 'Day assigned.' }) declare assignedOn: string;
}

@InputType({ description: 'Changes to a member task.' })
export class UpdateMemberTaskInput extends MemberTaskFields {
  @Field(() => Int, { nullable: true, description: 'The version you edited.' }) version?: number;
}

@InputType({ description: 'One member’s task in a bulk assignment.' })
export class MemberTaskLine {
  @Field(() => ID, { description: 'The member.' }) memberId!: string;
  @Field(() => String, { description: 'The task.' }) description!: string;
}

@InputType({ description: 'Tasks the branch assigns at once (the January vote): one line per member.' })
export class AssignMemberTasksInput {
  @Field(() => ID, { description: 'The branch.' }) branchId!: string;
  @Field(() => Int, { description: 'Year.' }) year!: number;
  @Field(() => DateScalar, { description: 'Day assigned; every member must be in the branch that day.' }) assignedOn!: string;
  @Field(() => [MemberTaskLine], { description: 'The tasks; a member who already has one for the year from this branch is refused.' }) tasks!: MemberTaskLine[];
}

@InputType({ description: 'Which members without a task to list.' })
export class MembersWithoutTaskFilter {
  @Field(() => ID, { description: 'Branches at or below this organization.' }) organizationId!: string;
  @Field(() => Int, { description: 'The year.' }) year!: number;
  @Field(() => DateScalar, { nullable: true, description: 'Membership as of this day (today when omitted).' }) asOf?: string;
}
