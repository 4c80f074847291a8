import { BranchKind } from '@chibo/domain';
import { Field, ID, InputType, Int } from 'type-graphql';
import '../../shared/enums';
import { DateScalar } from '../../shared/scalars';

@InputType({ description: 'Filters for length decisions.' })
export class LengthDecisionFilter {
  @Field(() => ID, { nullable: true, description: 'Decisions of this organization and of those above it (the decisions that can apply to it).' }) organizationId?: string;
  @Field(() => DateScalar, { nullable: true, description: 'Only decisions in force on this day.' }) activeOn?: string;
}

@InputType({ description: 'Fields of a length decision.' })
export class LengthDecisionFields {
  @Field(() => BranchKind, { nullable: true, description: 'Only branches of this kind (null: every branch below the organization).' }) branchKind?: BranchKind | null;
  @Field(() => Int, { nullable: true, description: 'Minimum length of a meeting, in minutes (15 to 600).' }) minutes?: number;
  @Field(() => String, { nullable: true, description: 'Number and date of the decision.' }) decisionReference?: string;
  @Field(() => DateScalar, { nullable: true, description: 'First day in force.' }) validFrom?: string;
  @Field(() => DateScalar, { nullable: true, description: 'First day no longer in force.' }) validTo?: string | null;
}

@InputType({ description: 'A new length decision of a committee.' })
export class CreateLengthDecisionInput extends LengthDecisionFields {
  @Field(() => ID, { description: 'The deciding organization: the decision covers the branches at or below it.' }) organizationId!: string;
  @Field(() => Int, { description: 'Minimum length of a meeting, in minutes (15 to 600).' }) declare minutes: number;
  @Field(() => String, { description: 'Number and date of the decision.' }) declare decisionReference: string;
  @Field(() => DateScalar, { description: 'First day in force.' }) declare validFrom: string;
}

@InputType({ description: 'Changes to a length decision; omitted fields stay as they are.' })
export class UpdateLengthDecisionInput extends LengthDecisionFields {
  @Field(() => Int, { nullable: true, description: 'The version you edited.' }) version?: number;
}
