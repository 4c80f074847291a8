import { Field, ID, InputType, Int } from 'type-graphql';
import { memberPeriodResolver } from '../../shared/member-period';
import { DateScalar } from '../../shared/scalars';
import { SpecialDuty } from './special-duty.entity';

@InputType({ description: 'Filters for special-duty periods.' })
class SpecialDutyFilter {
  @Field(() => ID, { nullable: true, description: 'Periods of this member.' }) memberId?: string;
  @Field(() => DateScalar, { nullable: true, description: 'Only periods covering this day.' }) activeOn?: string;
}

@InputType({ description: 'A new special-duty period.' })
class CreateSpecialDutyInput {
  @Field(() => ID, { description: 'The member.' }) memberId!: string;
  @Field(() => DateScalar, { description: 'First day on duty.' }) from!: string;
  @Field(() => DateScalar, { nullable: true, description: 'First day back.' }) to?: string | null;
  @Field(() => String, { nullable: true, description: 'Notes (no operational details).' }) note?: string | null;
}

@InputType({ description: 'Changes to a special-duty period.' })
class UpdateSpecialDutyInput {
  @Field(() => Int, { nullable: true, description: 'The version you edited.' }) version?: number;
  @Field(() => DateScalar, { nullable: true, description: 'First day on duty.' }) from?: string;
  @Field(() => DateScalar, { nullable: true, description: 'First day back (null: still on duty).' }) to?: string | null;
  @Field(() => String, { nullable: true, description: 'Notes.' }) note?: string | null;
}

export const SpecialDutyResolver = memberPeriodResolver({
  entity: SpecialDuty,
  singular: 'specialDuty',
  plural: 'specialDuties',
  label: 'Thời gian làm nhiệm vụ đặc biệt',
  textFields: { note: 300 },
  filter: SpecialDutyFilter,
  createInput: CreateSpecialDutyInput,
  updateInput: UpdateSpecialDutyInput,
});
