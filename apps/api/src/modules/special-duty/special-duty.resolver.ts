import { checkSpecialDutyBranch } from '@chibo/domain';
import { Field, ID, InputType, Int } from 'type-graphql';
import { activeOn } from '../../shared/crud';
import { memberPeriodResolver } from '../../shared/member-period';
import { DateScalar } from '../../shared/scalars';
import { Membership } from '../membership/membership.entity';
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
  // Only armed-forces members go on special duty: the branch the member is in on the first day decides.
  check: async (tem, period, field) => {
    const membership = await tem.findOne(Membership, { member: period.member.id, ...activeOn(period.from) }, { populate: ['branch'] });
    return checkSpecialDutyBranch(membership?.branch.branchKind ?? null, field);
  },
});
