import { Gender, MemberStatus, WorkStatus } from '@chibo/domain';
import { Field, ID, InputType, Int, registerEnumType } from 'type-graphql';
import '../../shared/enums';
import { DateRange, SortInput } from '../../shared/pagination';
import { DateScalar } from '../../shared/scalars';

export enum MemberSortField {
  NAME = 'NAME',
  FULL_NAME = 'FULL_NAME',
  ADMITTED_ON = 'ADMITTED_ON',
  BIRTH_DATE = 'BIRTH_DATE',
  STATUS = 'STATUS',
  ID = 'ID',
}
registerEnumType(MemberSortField, {
  name: 'MemberSortField',
  description: 'Fields members can be sorted by. NAME is the Vietnamese roll order (given name first); FULL_NAME sorts by the full name as written.',
});
export const MEMBER_SORT_COLUMNS: Record<MemberSortField, string> = {
  NAME: 'sortKey', FULL_NAME: 'fullName', ADMITTED_ON: 'admittedOn', BIRTH_DATE: 'birthDate', STATUS: 'status', ID: 'id',
};
export const MemberSort = SortInput(MemberSortField, 'Member');

@InputType({ description: 'Filters for members; all given conditions must hold. Organization filters use memberships active on `asOf` (today by default).' })
export class MemberFilter {
  @Field(() => [ID], { nullable: true, description: 'Only these members.' })
  ids?: string[];

  @Field(() => String, { nullable: true, description: 'Words to find in the name or card number, ignoring diacritics ("Nguyen" finds "Nguyễn").' })
  search?: string;

  @Field(() => ID, { nullable: true, description: 'Only members of this organization on the day: of the branch or group itself, or of every branch below a committee.' })
  organizationId?: string;

  @Field(() => DateScalar, { nullable: true, description: 'The day memberships, exemptions and duty are read as of; today when omitted.' })
  asOf?: string;

  @Field(() => [MemberStatus], { nullable: true, description: 'Official or probationary.' })
  status?: MemberStatus[];

  @Field(() => [WorkStatus], { nullable: true, description: 'Working or retired on the day (a member retired from a later day is still working).' })
  workStatus?: WorkStatus[];

  @Field(() => [Gender], { nullable: true, description: 'Gender.' })
  gender?: Gender[];

  @Field({ nullable: true, description: 'true: only members exempt on the day; false: only those not exempt.' })
  exempt?: boolean;

  @Field({ nullable: true, description: 'true: only members on armed-forces special duty on the day; false: the others.' })
  onSpecialDuty?: boolean;

  @Field({ nullable: true, description: 'true: only members in no branch on the day (to be placed); false: only placed members.' })
  unplaced?: boolean;

  @Field(() => DateRange, { nullable: true, description: 'Admitted within this range.' })
  admittedOn?: DateRange;

  @Field(() => DateRange, { nullable: true, description: 'Born within this range.' })
  birthDate?: DateRange;
}

@InputType({ description: 'The branch a new member joins.' })
export class InitialMembershipInput {
  @Field(() => ID, { description: 'The branch.' })
  branchId!: string;

  @Field(() => ID, { nullable: true, description: 'A party group of that branch.' })
  partyGroupId?: string | null;

  @Field(() => DateScalar, { description: 'First day in the branch.' })
  from!: string;
}

@InputType({ description: 'Fields of a member; in a change, omitted fields stay as they are.' })
export class MemberFields {
  @Field(() => String, { nullable: true, description: 'Full name.' }) fullName?: string;
  @Field(() => Gender, { nullable: true, description: 'Gender.' }) gender?: Gender | null;
  @Field(() => DateScalar, { nullable: true, description: 'Birth date.' }) birthDate?: string | null;
  @Field(() => String, { nullable: true, description: 'Party card number.' }) cardNumber?: string | null;
  @Field(() => String, { nullable: true, description: 'Citizen identity number.' }) identityNumber?: string | null;
  @Field(() => String, { nullable: true, description: 'Phone.' }) phone?: string | null;
  @Field(() => String, { nullable: true, description: 'Email.' }) email?: string | null;
  @Field(() => String, { nullable: true, description: 'Home address.' }) address?: string | null;
  @Field(() => String, { nullable: true, description: 'Occupation or workplace.' }) occupation?: string | null;
  @Field(() => MemberStatus, { nullable: true, description: 'Official or probationary.' }) status?: MemberStatus;
  @Field(() => DateScalar, { nullable: true, description: 'Day admitted to the party.' }) admittedOn?: string;
  @Field(() => DateScalar, { nullable: true, description: 'Day recognised official (required for official members).' }) officialOn?: string | null;
  @Field(() => WorkStatus, { nullable: true, description: 'Working or retired. Setting WORKING clears retiredOn; setting RETIRED without retiredOn retires from today.' })
  workStatus?: WorkStatus;
  @Field(() => DateScalar, { nullable: true, description: 'First day retired, for a RETIRED member (a later day plans the retirement; null: retired before the records). Not before admittedOn.' })
  retiredOn?: string | null;
  @Field(() => String, { nullable: true, description: 'Notes.' }) note?: string | null;
}

@InputType({ description: 'A new member, optionally placed in a branch in the same step.' })
export class CreateMemberInput extends MemberFields {
  @Field(() => String, { description: 'Full name.' }) declare fullName: string;
  @Field(() => MemberStatus, { description: 'Official or probationary.' }) declare status: MemberStatus;
  @Field(() => DateScalar, { description: 'Day admitted to the party.' }) declare admittedOn: string;
  @Field(() => WorkStatus, { defaultValue: WorkStatus.WORKING, description: 'Working or retired.' }) declare workStatus: WorkStatus;
  @Field(() => InitialMembershipInput, { nullable: true, description: 'Place the member in a branch from a day.' }) membership?: InitialMembershipInput | null;
}

@InputType({ description: 'Changes to a member; omitted fields stay as they are. Use transferMember to change branch.' })
export class UpdateMemberInput extends MemberFields {
  @Field(() => Int, { nullable: true, description: 'The version you edited; a stale one is refused with CONFLICT.' }) version?: number;
}

@InputType({ description: 'Moves a member to another branch from a day: the current membership ends that day and a new one starts.' })
export class TransferMemberInput {
  @Field(() => ID, { description: 'The member.' })
  memberId!: string;

  @Field(() => ID, { description: 'The receiving branch.' })
  branchId!: string;

  @Field(() => ID, { nullable: true, description: 'A party group of the receiving branch.' })
  partyGroupId?: string | null;

  @Field(() => DateScalar, { description: 'First day in the new branch.' })
  on!: string;

  @Field(() => String, { nullable: true, description: 'Reason or decision reference.' })
  note?: string | null;
}
