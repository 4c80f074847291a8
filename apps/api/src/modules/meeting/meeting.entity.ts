import type { Finding } from '@chibo/domain';
import { Entity, Enum, Index, ManyToOne, Property, Unique } from '@mikro-orm/core';
import { Field, Float, Int, ObjectType, } from 'type-graphql';
import { BaseEntity } from '../../shared/base.entity';
import { DateScalar } from '../../shared/scalars';
import type { Member } from '../member/member.entity';
import { Member as MemberEntity } from '../member/member.entity';
import { Organization } from '../organization/organization.entity';
import {type MeetingForm, MeetingKind, type ProcedureStep,
} from './meeting.enums';
import { ThematicPlanItem } from '../thematic-plan/thematic-plan.entity';

/** A finding as stored on a meeting and shown as a warning. */
@ObjectType('MeetingFinding', { description: 'A rule shortfall found on a held meeting (a warning, not a refusal), with the document whose rule it falls short of.' })
export class MeetingFinding implements Finding {
  @Field(() => String, { description: 'HELD_AFTER_FIRST_WEEK, ATTENDANCE_BELOW_THRESHOLD, UNEXCUSED_ABSENCE, EXCUSED_RUN, NO_ATTENDANCE_RECORDED, TOO_SHORT, DOCUMENTS_LATE or PROCEDURE_INCOMPLETE.' })
  code!: Finding['code'];

  @Field({ description: 'Number of the document that sets the rule.' })
  documentNumber!: string;

  @Field(() => DateScalar, { description: 'Date of that document.' })
  documentDate!: string;

  @Field({ description: 'What falls short, in Vietnamese.' })
  detail!: string;

  @Field(() => Float, { nullable: true, description: 'The rule’s figure in `unit` (90 minutes, 0.9 of the expected, day 7), null when the rule has none.' })
  threshold?: number | null;

  @Field(() => Float, { nullable: true, description: 'The figure found, in the same unit; null when there is none (documents never sent).' })
  actual?: number | null;

  @Field(() => String, { nullable: true, description: 'What threshold and actual count: DAY, SHARE (0 to 1), MINUTES, COUNT or STEPS.' })
  unit?: Finding['unit'];

  @Field(() => String, { nullable: true, description: 'The committee’s length decision applied instead of the rule set’s minimum, when one applies.' })
  decisionReference?: string;
}

/**
 * A meeting of a branch, or of one of its party groups (the group pilot). Planned meetings have only a planned
 * date; once held they carry the held date, times, attendance and findings.
 */
@ObjectType({ description: 'A branch meeting (sinh hoạt chi bộ), or a party group meeting: planned, then held with its attendance, procedure, minutes, vote and findings.' })
@Entity({ tableName: 'meeting' })
@Index({ properties: ['branch', 'month'] })
@Index({ properties: ['month'] })
@Index({ properties: ['heldOn'] })
// The indicators read these columns only, from the index (a meeting row is wide: minutes, findings).
@Index({ name: 'meeting_indicator_regular_index', properties: ['organization', 'regularMonth', 'heldOn', 'attendanceRecorded', 'expectedCount', 'presentCount'] })
@Index({ name: 'meeting_indicator_month_index', properties: ['month', 'organization', 'branch', 'heldOn', 'contentComplete', 'documentsDue', 'documentsOnTime'] })
@Index({ name: 'meeting_indicator_kind_index', properties: ['organization', 'heldOn', 'kind'] })
@Unique({ properties: ['organization', 'regularMonth'] })
export class Meeting extends BaseEntity {
  /** The branch or party group that meets. */
  @ManyToOne({ entity: () => Organization })
  organization!: Organization;

  /** The branch: the organization itself, or the party group's branch. Scope and counts go by it. */
  @ManyToOne({ entity: () => Organization })
  branch!: Organization;

  @Field(() => MeetingKind, { description: 'Regular, thematic, or both held together.' })
  @Enum({ items: () => MeetingKind, type: 'string', length: 16 })
  kind!: MeetingKind;

  @Field(() => [String], { description: 'Forms of content (POLITICAL, STUDY, THEMATIC); see MeetingForm.' })
  @Property({ type: 'json' })
  forms: MeetingForm[] = [];

  @Field(() => DateScalar, { nullable: true, description: 'Day the meeting was planned for.' })
  @Property({ type: 'date', nullable: true })
  plannedOn?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Day it was held; null while only planned. Never in the future.' })
  @Property({ type: 'date', nullable: true })
  heldOn?: string | null;

  /** YYYY-MM of the held (else planned) day, for month queries on both databases. */
  @Field({ description: 'Month of the meeting (YYYY-MM) from the held day, else the planned day.' })
  @Property({ type: 'string', length: 7 })
  month!: string;

  /** Set for regular and combined meetings: one per organization and month (a unique key). */
  @Property({ type: 'string', length: 7, nullable: true })
  regularMonth?: string | null;

  @Field(() => String, { nullable: true, description: 'Start time, HH:MM (Vietnam time).' })
  @Property({ type: 'string', length: 5, nullable: true })
  startTime?: string | null;

  @Field(() => String, { nullable: true, description: 'End time, HH:MM.' })
  @Property({ type: 'string', length: 5, nullable: true })
  endTime?: string | null;

  @Field(() => String, { nullable: true, description: 'Place.' })
  @Property({ type: 'string', length: 300, nullable: true })
  place?: string | null;

  @Field({ description: 'Held online (only as a pilot or in force majeure).' })
  @Property({ type: 'boolean' })
  online: boolean = false;

  @Field(() => String, { nullable: true, description: 'Why it was held online.' })
  @Property({ type: 'string', length: 300, nullable: true })
  onlineReason?: string | null;

  @ManyToOne({ entity: () => MemberEntity, nullable: true, deleteRule: 'set null' })
  chair?: Member | null;

  @ManyToOne({ entity: () => MemberEntity, nullable: true, deleteRule: 'set null' })
  minuteTaker?: Member | null;

  @Field(() => String, { nullable: true, description: 'Agenda announced before the meeting.' })
  @Property({ type: 'text', nullable: true })
  agenda?: string | null;

  @ManyToOne({ entity: () => ThematicPlanItem, nullable: true, deleteRule: 'set null' })
  thematicPlanItem?: ThematicPlanItem | null;

  @Field(() => String, { nullable: true, description: 'Topic of a thematic meeting.' })
  @Property({ type: 'string', length: 300, nullable: true })
  thematicTopic?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Day documents and suggested questions were sent.' })
  @Property({ type: 'date', nullable: true })
  documentsSentOn?: string | null;

  @Field(() => [String], { description: 'Procedure steps carried out (see ProcedureStep).' })
  @Property({ type: 'json' })
  stepsDone: ProcedureStep[] = [];

  @Field(() => String, { nullable: true, description: 'Minutes: the proceedings and every opinion, minority opinions included.' })
  @Property({ type: 'text', nullable: true })
  minutes?: string | null;

  @Field(() => Int, { nullable: true, description: 'Votes for the resolution.' })
  @Property({ type: 'integer', nullable: true })
  votesFor?: number | null;

  @Field(() => Int, { nullable: true, description: 'Votes against.' })
  @Property({ type: 'integer', nullable: true })
  votesAgainst?: number | null;

  @Field(() => Int, { nullable: true, description: 'Abstentions.' })
  @Property({ type: 'integer', nullable: true })
  votesAbstain?: number | null;

  @Field(() => Int, { description: 'Expected attendees: members on the meeting date minus those exempt or on special duty (0 until attendance is recorded).' })
  @Property({ type: 'integer' })
  expectedCount: number = 0;

  @Field(() => Int, { description: 'Expected attendees who were present.' })
  @Property({ type: 'integer' })
  presentCount: number = 0;

  @Field(() => Int, { description: 'Expected attendees absent with a reason.' })
  @Property({ type: 'integer' })
  excusedCount: number = 0;

  @Field(() => Int, { description: 'Expected attendees absent without a reason.' })
  @Property({ type: 'integer' })
  unexcusedCount: number = 0;

  @Field({ description: 'Whether an attendance sheet has been saved.' })
  @Property({ type: 'boolean' })
  attendanceRecorded: boolean = false;

  @Field(() => Int, { description: 'Number of findings.' })
  @Property({ type: 'integer' })
  findingCount: number = 0;

  @Field(() => [MeetingFinding], { description: 'Rule shortfalls found when the meeting was last saved, each naming its document.' })
  @Property({ type: 'json' })
  findings: MeetingFinding[] = [];

  /**
   * For each member excused at this meeting, the length of their run of excused absences in the year ending here
   * (exclusions apart); judged against the most excused absences in a row allowed by the rule sets in force.
   */
  @Property({ type: 'json', nullable: true })
  excusedRuns?: number[] | null;

  /** The revision of the meeting rules (`JUDGING_REVISION`) its counts and findings were computed by. */
  @Property({ type: 'integer', default: 0 })
  judgingRevision: number = 0;

  /** Figure 2: held with every procedure step and long enough (its length known), from the findings (`meetingQuality`). */
  @Field({ description: 'Held with every procedure step and enough length (the plan’s figure 2); false while only planned or with no times recorded.' })
  @Property({ type: 'boolean', default: false })
  contentComplete: boolean = false;

  /** A rule set in force on the day asks for documents sent ahead. */
  @Property({ type: 'boolean', default: false })
  documentsDue: boolean = false;

  /** Documents went out early enough under that rule. */
  @Property({ type: 'boolean', default: false })
  documentsOnTime: boolean = false;
}
