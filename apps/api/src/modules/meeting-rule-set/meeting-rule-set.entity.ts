import type { MeetingRules, ProcedureStep as Step, RuleSet } from '@chibo/domain';
import { Entity, Property, Unique } from '@mikro-orm/core';
import { Field, Float, Int, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../shared/base.entity';
import { FirstDayInForce, FirstDayOutOfForce } from '../../shared/in-force';
import { DateScalar } from '../../shared/scalars';
import { ProcedureStep } from '../meeting/meeting.enums';

/**
 * A document that sets meeting rules, with its number, date and the period it is in force. Thresholds are
 * columns so indicators can join them in SQL; a missing value means the document sets no such rule.
 */
@ObjectType({ description: 'A meeting rule set: the document (number and date) that sets meeting thresholds, and the period it is in force. A meeting is judged by every rule set in force on its date.' })
@Entity({ tableName: 'meeting_rule_set' })
@Unique({ properties: ['documentNumber', 'documentDate'] })
export class MeetingRuleSet extends BaseEntity {
  @Field({ description: 'Document number as issued, e.g. "11-ĐA/TU". Ambiguous alone: read it with documentDate.' })
  @Property({ type: 'string', length: 40 })
  documentNumber!: string;

  @Field(() => DateScalar, { description: 'Date the document was issued.' })
  @Property({ type: 'date' })
  documentDate!: string;

  @Field({ description: 'Title (trích yếu).' })
  @Property({ type: 'string', length: 300 })
  title!: string;

  @FirstDayInForce()
  validFrom!: string;

  @FirstDayOutOfForce()
  validTo?: string | null;

  @Field(() => Int, { nullable: true, description: 'The regular meeting is due by this day of the month (7: the first week).' })
  @Property({ type: 'integer', nullable: true })
  regularByDay?: number | null;

  @Field(() => Float, { nullable: true, description: 'Share of expected attendees who must be present, e.g. 0.9.' })
  @Property({ type: 'double', nullable: true })
  minAttendanceShare?: number | null;

  @Field(() => Boolean, { nullable: true, description: 'True: the share must be exceeded ("more than 85%"); false: reached ("at least 90%").' })
  @Property({ type: 'boolean', nullable: true })
  minAttendanceStrict?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'Nobody may be absent without a reason.' })
  @Property({ type: 'boolean', nullable: true })
  noUnexcusedAbsence?: boolean | null;

  @Field(() => Int, { nullable: true, description: 'At most this many excused absences in a row within a year.' })
  @Property({ type: 'integer', nullable: true })
  maxConsecutiveExcused?: number | null;

  @Field(() => Int, { nullable: true, description: 'Minimum length of a meeting in minutes.' })
  @Property({ type: 'integer', nullable: true })
  minMinutesRegular?: number | null;

  @Field(() => Int, { nullable: true, description: 'Minimum length in minutes when a regular and a thematic meeting are held together.' })
  @Property({ type: 'integer', nullable: true })
  minMinutesCombined?: number | null;

  @Field(() => Int, { nullable: true, description: 'Documents go out at least this many days before the meeting.' })
  @Property({ type: 'integer', nullable: true })
  documentsDaysAhead?: number | null;

  @Field(() => [ProcedureStep], { nullable: true, description: 'The steps a regular meeting must go through, in order.' })
  @Property({ type: 'json', nullable: true })
  procedure?: Step[] | null;

  @Field(() => Boolean, { nullable: true, description: 'Every working member is given a task each year.' })
  @Property({ type: 'boolean', nullable: true })
  everyWorkingMemberTasked?: boolean | null;

  @Field(() => Int, { nullable: true, description: 'Thematic meetings expected per quarter.' })
  @Property({ type: 'integer', nullable: true })
  thematicPerQuarter?: number | null;

  @Field(() => Int, { nullable: true, description: 'Quarters a standing committee member must rotate over (supervisor coverage).' })
  @Property({ type: 'integer', nullable: true })
  rotationQuarters?: number | null;

  @Field(() => Boolean, { nullable: true, description: 'The competent committee may set another minimum length by a decision (e.g. for branches with few members); an applicable decision replaces the minimum minutes.' })
  @Property({ type: 'boolean', nullable: true })
  localLengthAllowed?: boolean | null;

  @Field(() => Float, { nullable: true, description: 'Least share of branches chosen each year as pilots for regular meetings, e.g. 0.05.' })
  @Property({ type: 'double', nullable: true })
  regularPilotShareMin?: number | null;

  @Field(() => Float, { nullable: true, description: 'Largest share of branches chosen as pilots for regular meetings, e.g. 0.1.' })
  @Property({ type: 'double', nullable: true })
  regularPilotShareMax?: number | null;

  @Field(() => Float, { nullable: true, description: 'Least share of branches chosen as pilots for thematic meetings, e.g. 0.03.' })
  @Property({ type: 'double', nullable: true })
  thematicPilotShareMin?: number | null;

  @Field(() => Float, { nullable: true, description: 'Largest share of branches chosen as pilots for thematic meetings, e.g. 0.05.' })
  @Property({ type: 'double', nullable: true })
  thematicPilotShareMax?: number | null;
}

/** The stored row as the domain's rule set. */
export function toRuleSet(row: MeetingRuleSet): RuleSet<MeetingRules> {
  const rules: MeetingRules = {};
  if (row.regularByDay != null) rules.regularByDay = row.regularByDay;
  if (row.minAttendanceShare != null) rules.minAttendance = { share: row.minAttendanceShare, strict: !!row.minAttendanceStrict };
  if (row.noUnexcusedAbsence) rules.noUnexcusedAbsence = true;
  if (row.maxConsecutiveExcused != null) rules.maxConsecutiveExcused = row.maxConsecutiveExcused;
  if (row.minMinutesRegular != null) rules.minMinutes = { regular: row.minMinutesRegular, combined: row.minMinutesCombined ?? row.minMinutesRegular };
  if (row.documentsDaysAhead != null) rules.documentsDaysAhead = row.documentsDaysAhead;
  if (row.procedure?.length) rules.procedure = row.procedure;
  if (row.everyWorkingMemberTasked) rules.everyWorkingMemberTasked = true;
  if (row.thematicPerQuarter != null) rules.thematicPerQuarter = row.thematicPerQuarter;
  if (row.rotationQuarters != null) rules.rotationQuarters = row.rotationQuarters;
  if (row.localLengthAllowed) rules.localLengthAllowed = true;
  if (row.regularPilotShareMin != null && row.regularPilotShareMax != null) rules.regularPilotShare = { min: row.regularPilotShareMin, max: row.regularPilotShareMax };
  if (row.thematicPilotShareMin != null && row.thematicPilotShareMax != null) rules.thematicPilotShare = { min: row.thematicPilotShareMin, max: row.thematicPilotShareMax };
  return { documentNumber: row.documentNumber, documentDate: row.documentDate, title: row.title, validFrom: row.validFrom, validTo: row.validTo ?? null, rules };
}

/** The domain's rule set as column values. */
export function fromRuleSet(set: RuleSet<MeetingRules>): Partial<MeetingRuleSet> {
  const r = set.rules;
  return {
    documentNumber: set.documentNumber, documentDate: set.documentDate, title: set.title, validFrom: set.validFrom, validTo: set.validTo ?? null,
    regularByDay: r.regularByDay ?? null, minAttendanceShare: r.minAttendance?.share ?? null, minAttendanceStrict: r.minAttendance?.strict ?? null,
    noUnexcusedAbsence: r.noUnexcusedAbsence ?? null, maxConsecutiveExcused: r.maxConsecutiveExcused ?? null,
    minMinutesRegular: r.minMinutes?.regular ?? null, minMinutesCombined: r.minMinutes?.combined ?? null,
    documentsDaysAhead: r.documentsDaysAhead ?? null, procedure: r.procedure ?? null,
    everyWorkingMemberTasked: r.everyWorkingMemberTasked ?? null, thematicPerQuarter: r.thematicPerQuarter ?? null,
    rotationQuarters: r.rotationQuarters ?? null, localLengthAllowed: r.localLengthAllowed ?? null,
    regularPilotShareMin: r.regularPilotShare?.min ?? null, regularPilotShareMax: r.regularPilotShare?.max ?? null,
    thematicPilotShareMin: r.thematicPilotShare?.min ?? null, thematicPilotShareMax: r.thematicPilotShare?.max ?? null,
  };
}
