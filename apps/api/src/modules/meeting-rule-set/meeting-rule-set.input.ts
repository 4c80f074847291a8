import { ProcedureStep } from '@chibo/domain';
import { Field, Float, InputType, Int } from 'type-graphql';
import { DateScalar } from '../../shared/scalars';
import '../meeting/meeting.enums';

@InputType({ description: 'Fields of a meeting rule set; a threshold left null means the document sets no such rule.' })
export class MeetingRuleSetFields {
  @Field(() => String, { nullable: true, description: 'Document number.' }) documentNumber?: string;
  @Field(() => DateScalar, { nullable: true, description: 'Document date.' }) documentDate?: string;
  @Field(() => String, { nullable: true, description: 'Title.' }) title?: string;
  @Field(() => DateScalar, { nullable: true, description: 'First day in force.' }) validFrom?: string;
  @Field(() => DateScalar, { nullable: true, description: 'First day no longer in force.' }) validTo?: string | null;
  @Field(() => Int, { nullable: true, description: 'Regular meeting due by this day of the month.' }) regularByDay?: number | null;
  @Field(() => Float, { nullable: true, description: 'Minimum share present, e.g. 0.9.' }) minAttendanceShare?: number | null;
  @Field(() => Boolean, { nullable: true, description: 'Share must be exceeded (true) or reached (false).' }) minAttendanceStrict?: boolean | null;
  @Field(() => Boolean, { nullable: true, description: 'Nobody absent without a reason.' }) noUnexcusedAbsence?: boolean | null;
  @Field(() => Int, { nullable: true, description: 'Most excused absences in a row in a year.' }) maxConsecutiveExcused?: number | null;
  @Field(() => Int, { nullable: true, description: 'Minimum minutes.' }) minMinutesRegular?: number | null;
  @Field(() => Int, { nullable: true, description: 'Minimum minutes of a combined meeting.' }) minMinutesCombined?: number | null;
  @Field(() => Int, { nullable: true, description: 'Documents this many days ahead.' }) documentsDaysAhead?: number | null;
  @Field(() => [ProcedureStep], { nullable: true, description: 'Required procedure steps.' }) procedure?: ProcedureStep[] | null;
  @Field(() => Boolean, { nullable: true, description: 'Every working member tasked each year.' }) everyWorkingMemberTasked?: boolean | null;
  @Field(() => Int, { nullable: true, description: 'Thematic meetings per quarter.' }) thematicPerQuarter?: number | null;
  @Field(() => Int, { nullable: true, description: 'Supervisor rotation window in quarters.' }) rotationQuarters?: number | null;
  @Field(() => Boolean, { nullable: true, description: 'The competent committee may decide another minimum length (length decisions).' }) localLengthAllowed?: boolean | null;
  @Field(() => Float, { nullable: true, description: 'Least share of branches as regular-meeting pilots.' }) regularPilotShareMin?: number | null;
  @Field(() => Float, { nullable: true, description: 'Largest share of branches as regular-meeting pilots.' }) regularPilotShareMax?: number | null;
  @Field(() => Float, { nullable: true, description: 'Least share of branches as thematic-meeting pilots.' }) thematicPilotShareMin?: number | null;
  @Field(() => Float, { nullable: true, description: 'Largest share of branches as thematic-meeting pilots.' }) thematicPilotShareMax?: number | null;
}

@InputType({ description: 'A new meeting rule set.' })
export class CreateMeetingRuleSetInput extends MeetingRuleSetFields {
  @Field(() => String, { description: 'Document number.' }) declare documentNumber: string;
  @Field(() => DateScalar, { description: 'Document date.' }) declare documentDate: string;
  @Field(() => String, { description: 'Title.' }) declare title: string;
  @Field(() => DateScalar, { description: 'First day in force.' }) declare validFrom: string;
}

@InputType({ description: 'Changes to a meeting rule set; omitted fields stay as they are.' })
export class UpdateMeetingRuleSetInput extends MeetingRuleSetFields {
  @Field(() => Int, { nullable: true, description: 'The version you edited.' }) version?: number;
}
