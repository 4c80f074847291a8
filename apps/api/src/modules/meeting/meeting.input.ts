import { AttendanceStatus, GuestRole, MeetingForm, MeetingKind, ProcedureStep } from '@chibo/domain';
import { Field, ID, InputType, Int, registerEnumType } from 'type-graphql';
import { DateRange, SortInput } from '../../shared/pagination';
import { DateScalar } from '../../shared/scalars';
import './meeting.enums';

export enum MeetingSortField { DAY = 'DAY', MONTH = 'MONTH', KIND = 'KIND', ID = 'ID' }
registerEnumType(MeetingSortField, { name: 'MeetingSortField', description: 'Fields meetings can be sorted by (DAY: held day, else planned day).' });
export const MeetingSort = SortInput(MeetingSortField, 'Meeting');

@InputType({ description: 'Filters for meetings; all given conditions must hold.' })
export class MeetingFilter {
  @Field(() => [ID], { nullable: true, description: 'Only these ids.' }) ids?: string[];
  @Field(() => ID, { nullable: true, description: 'Meetings of this organization (and below it with descendants).' }) organizationId?: string;
  @Field({ nullable: true, defaultValue: false, description: 'With organizationId: include branches and groups below it.' }) descendants?: boolean;
  @Field(() => [MeetingKind], { nullable: true, description: 'Only these kinds.' }) kind?: MeetingKind[];
  @Field(() => String, { nullable: true, description: 'Only this month, YYYY-MM (held day, else planned day).' }) month?: string;
  @Field(() => DateRange, { nullable: true, description: 'Held between these days.' }) heldOn?: DateRange;
  @Field(() => Boolean, { nullable: true, description: 'true: held meetings only; false: planned ones not yet held.' }) held?: boolean;
  @Field(() => Boolean, { nullable: true, description: 'true: only meetings with at least one finding; false: only those without.' }) withFindings?: boolean;
}

@InputType({ description: 'A guest of a meeting: a member on file, or an outside guest by name.' })
export class GuestInput {
  @Field(() => ID, { nullable: true, description: 'The guest, when a party member on file.' }) memberId?: string | null;
  @Field(() => String, { nullable: true, description: 'Name of an outside guest (taken from the member file otherwise).' }) name?: string | null;
  @Field(() => GuestRole, { description: 'Who the guest is.' }) role!: GuestRole;
}

@InputType({ description: 'Fields of a meeting.' })
export class MeetingFields {
  @Field(() => MeetingKind, { nullable: true, description: 'Regular, thematic or combined.' }) kind?: MeetingKind;
  @Field(() => [MeetingForm], { nullable: true, description: 'Forms of content.' }) forms?: MeetingForm[];
  @Field(() => DateScalar, { nullable: true, description: 'Planned day.' }) plannedOn?: string | null;
  @Field(() => DateScalar, { nullable: true, description: 'Held day (not in the future).' }) heldOn?: string | null;
  @Field(() => String, { nullable: true, description: 'Start time HH:MM.' }) startTime?: string | null;
  @Field(() => String, { nullable: true, description: 'End time HH:MM, after the start.' }) endTime?: string | null;
  @Field(() => String, { nullable: true, description: 'Place.' }) place?: string | null;
  @Field(() => Boolean, { nullable: true, description: 'Held online (needs onlineReason).' }) online?: boolean;
  @Field(() => String, { nullable: true, description: 'Why online.' }) onlineReason?: string | null;
  @Field(() => ID, { nullable: true, description: 'Chair: a member of the branch on the day.' }) chairId?: string | null;
  @Field(() => ID, { nullable: true, description: 'Minute-taker: a member of the branch on the day.' }) minuteTakerId?: string | null;
  @Field(() => String, { nullable: true, description: 'Agenda.' }) agenda?: string | null;
  @Field(() => ID, { nullable: true, description: 'The quarter of the branch’s thematic plan this meeting carries out.' }) thematicPlanItemId?: string | null;
  @Field(() => String, { nullable: true, description: 'Thematic topic (taken from the plan item when omitted).' }) thematicTopic?: string | null;
  @Field(() => DateScalar, { nullable: true, description: 'Day documents were sent.' }) documentsSentOn?: string | null;
  @Field(() => [ProcedureStep], { nullable: true, description: 'Procedure steps carried out.' }) stepsDone?: ProcedureStep[];
  @Field(() => String, { nullable: true, description: 'Minutes.' }) minutes?: string | null;
  @Field(() => Int, { nullable: true, description: 'Votes for.' }) votesFor?: number | null;
  @Field(() => Int, { nullable: true, description: 'Votes against.' }) votesAgainst?: number | null;
  @Field(() => Int, { nullable: true, description: 'Abstentions.' }) votesAbstain?: number | null;
  @Field(() => [GuestInput], { nullable: true, description: 'Guests; replaces the list when given.' }) guests?: GuestInput[];
}

@InputType({ description: 'A new meeting of a branch or party group.' })
export class CreateMeetingInput extends MeetingFields {
  @Field(() => ID, { description: 'The branch, or the party group (group pilot), that meets.' }) organizationId!: string;
  @Field(() => MeetingKind, { description: 'Regular, thematic or combined.' }) declare kind: MeetingKind;
}

@InputType({ description: 'Changes to a meeting; omitted fields stay as they are.' })
export class UpdateMeetingInput extends MeetingFields {
  @Field(() => Int, { nullable: true, description: 'The version you edited.' }) version?: number;
}

@InputType({ description: 'One line of an attendance sheet.' })
export class AttendanceEntryInput {
  @Field(() => ID, { description: 'The member (on the roster of the meeting date).' }) memberId!: string;
  @Field(() => AttendanceStatus, { description: 'Present, excused or unexcused.' }) status!: AttendanceStatus;
  @Field(() => String, { nullable: true, description: 'Reason (required when excused).' }) reason?: string | null;
}
