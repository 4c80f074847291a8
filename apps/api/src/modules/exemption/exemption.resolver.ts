import { Field, ID, InputType, Int } from 'type-graphql';
import { memberPeriodResolver } from '../../shared/member-period';
import { DateScalar } from '../../shared/scalars';
import { Exemption } from './exemption.entity';

@InputType({ description: 'Filters for exemption periods.' })
class ExemptionFilter {
  @Field(() => ID, { nullable: true, description: 'Periods of this member.' }) memberId?: string;
  @Field(() => DateScalar, { nullable: true, description: 'Only periods covering this day.' }) activeOn?: string;
}

@InputType({ description: 'A new exemption period.' })
class CreateExemptionInput {
  @Field(() => ID, { description: 'The member.' }) memberId!: string;
  @Field(() => DateScalar, { description: 'First day exempt.' }) from!: string;
  @Field(() => DateScalar, { nullable: true, description: 'First day no longer exempt.' }) to?: string | null;
  @Field(() => String, { nullable: true, description: 'Reason (age, health).' }) reason?: string | null;
  @Field(() => String, { nullable: true, description: 'The branch resolution that decided it.' }) decisionRef?: string | null;
}

@InputType({ description: 'Changes to an exemption period.' })
class UpdateExemptionInput {
  @Field(() => Int, { nullable: true, description: 'The version you edited.' }) version?: number;
  @Field(() => DateScalar, { nullable: true, description: 'First day exempt.' }) from?: string;
  @Field(() => DateScalar, { nullable: true, description: 'First day no longer exempt (null: still exempt).' }) to?: string | null;
  @Field(() => String, { nullable: true, description: 'Reason.' }) reason?: string | null;
  @Field(() => String, { nullable: true, description: 'Decision reference.' }) decisionRef?: string | null;
}

export const ExemptionResolver = memberPeriodResolver({
  entity: Exemption,
  singular: 'exemption',
  plural: 'exemptions',
  label: 'Thời gian miễn sinh hoạt',
  textFields: { reason: 300, decisionRef: 100 },
  filter: ExemptionFilter,
  createInput: CreateExemptionInput,
  updateInput: UpdateExemptionInput,
});
