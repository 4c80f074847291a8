import { judgingRuleSetsOn, meetingLength } from '@chibo/domain';
import { Authorized, Arg, Ctx, FieldResolver, Float, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Access } from '../../shared/auth-guard';
import type { Context } from '../../context.type';
import { Page } from '../../shared/pagination';
import { Member } from '../member/member.entity';
import { MeetingRuleSet, toRuleSet } from '../meeting-rule-set/meeting-rule-set.entity';
import { Organization } from '../organization/organization.entity';
import { Resolution } from '../resolution/resolution.entity';
import { ThematicPlanItem } from '../thematic-plan/thematic-plan.entity';
import { Attendance } from './attendance.entity';
import { MeetingGuest } from './meeting-guest.entity';
import { Meeting } from './meeting.entity';
import { AttendanceEntryInput, CreateMeetingInput, MeetingFilter, MeetingSort, UpdateMeetingInput } from './meeting.input';
import { createMeeting, deleteMeeting, findMeeting, listMeetings, meetingRoster, recordAttendance, updateMeeting } from './meeting.service';
import { meetingDay } from './roster.service';
import { RosterEntry } from './roster.type';

const MeetingPage = Page(Meeting, 'Meeting');
type MeetingPage = InstanceType<typeof MeetingPage>;

@Resolver(() => Meeting)
export class MeetingResolver {
  @Authorized(Access.SIGNED_IN)
  @Query(() => MeetingPage, { description: 'Meetings, filtered, sorted (latest first by default) and paged.' })
  meetings(
    @Ctx() { em, viewer }: Context,
    @Arg('filter', () => MeetingFilter, { nullable: true }) filter?: MeetingFilter,
    @Arg('sort', () => [MeetingSort], { nullable: true, description: 'Sort keys; latest day first when omitted.' }) sort?: InstanceType<typeof MeetingSort>[],
    @Arg('offset', () => Int, { nullable: true, defaultValue: 0, description: 'Records to skip.' }) offset?: number,
    @Arg('limit', () => Int, { nullable: true, defaultValue: 25, description: 'Page size, 1 to 100.' }) limit?: number,
  ): Promise<MeetingPage> {
    return listMeetings(em, viewer?.scopePath ?? '/', filter, sort, offset, limit);
  }

  @Authorized(Access.SIGNED_IN)
  @Query(() => Meeting, { nullable: true, description: 'One meeting by id, or null.' })
  meeting(@Ctx() { em, viewer }: Context, @Arg('id', () => ID) id: string): Promise<Meeting | null> {
    return findMeeting(em, viewer?.scopePath ?? '/', id);
  }

  @Authorized(Access.RECORD_MEETINGS)
  @Mutation(() => Meeting, { description: 'Plans or records a meeting. Impossible data is refused (a held day in the future, end before start, a second regular meeting in a month); rule shortfalls are kept as findings.' })
  createMeeting(@Ctx() { em }: Context, @Arg('input', () => CreateMeetingInput) input: CreateMeetingInput): Promise<Meeting> {
    return createMeeting(em, input);
  }

  @Authorized(Access.RECORD_MEETINGS)
  @Mutation(() => Meeting, { description: 'Changes a meeting; findings are recomputed.' })
  updateMeeting(@Ctx() { em }: Context, @Arg('id', () => ID) id: string, @Arg('input', () => UpdateMeetingInput) input: UpdateMeetingInput): Promise<Meeting> {
    return updateMeeting(em, id, input);
  }

  @Authorized(Access.RECORD_MEETINGS)
  @Mutation(() => Meeting, { description: 'Deletes a meeting entered by mistake, with its attendance, guests and resolutions.' })
  deleteMeeting(@Ctx() { em }: Context, @Arg('id', () => ID) id: string): Promise<Meeting> {
    return deleteMeeting(em, id);
  }

  @Authorized(Access.RECORD_MEETINGS)
  @Mutation(() => Meeting, { description: 'Saves a meeting’s attendance sheet in one transaction: one line per member on the roster of the meeting date. Members not on the roster are refused; excused absences need a reason. Counts and findings are recomputed.' })
  recordAttendance(
    @Ctx() { em }: Context,
    @Arg('meetingId', () => ID, { description: 'The held meeting.' }) meetingId: string,
    @Arg('entries', () => [AttendanceEntryInput], { description: 'The sheet.' }) entries: AttendanceEntryInput[],
    @Arg('version', () => Int, { nullable: true, description: 'The meeting version you edited.' }) version?: number,
  ): Promise<Meeting> {
    return recordAttendance(em, meetingId, entries, version);
  }

  @FieldResolver(() => Organization, { nullable: true, description: 'The branch or party group that meets.' })
  organization(@Root() row: Meeting, @Ctx() { loaders }: Context) { return loaders.organization().load(row.organization.id); }

  @FieldResolver(() => ID, { description: 'Id of the branch or party group.' })
  organizationId(@Root() row: Meeting): string { return String(row.organization.id); }

  @FieldResolver(() => Organization, { nullable: true, description: 'The branch (the organization itself, or the group’s branch).' })
  branch(@Root() row: Meeting, @Ctx() { loaders }: Context) { return loaders.organization().load(row.branch.id); }

  @FieldResolver(() => ID, { description: 'Id of the branch.' })
  branchId(@Root() row: Meeting): string { return String(row.branch.id); }

  @FieldResolver(() => Member, { nullable: true, description: 'Chair.' })
  chair(@Root() row: Meeting, @Ctx() { loaders }: Context) { return row.chair ? loaders.member().load(row.chair.id) : null; }

  @FieldResolver(() => ID, { nullable: true, description: 'Id of the chair.' })
  chairId(@Root() row: Meeting): string | null { return row.chair ? String(row.chair.id) : null; }

  @FieldResolver(() => Member, { nullable: true, description: 'Minute-taker.' })
  minuteTaker(@Root() row: Meeting, @Ctx() { loaders }: Context) { return row.minuteTaker ? loaders.member().load(row.minuteTaker.id) : null; }

  @FieldResolver(() => ID, { nullable: true, description: 'Id of the minute-taker.' })
  minuteTakerId(@Root() row: Meeting): string | null { return row.minuteTaker ? String(row.minuteTaker.id) : null; }

  @FieldResolver(() => ThematicPlanItem, { nullable: true, description: 'The quarter of the thematic plan this meeting carries out.' })
  thematicPlanItem(@Root() row: Meeting, @Ctx() { loaders }: Context) { return row.thematicPlanItem ? loaders.thematicPlanItem().load(row.thematicPlanItem.id) : null; }

  @FieldResolver(() => ID, { nullable: true, description: 'Id of the thematic plan item.' })
  thematicPlanItemId(@Root() row: Meeting): string | null { return row.thematicPlanItem ? String(row.thematicPlanItem.id) : null; }

  @FieldResolver(() => [MeetingGuest], { description: 'Guests.' })
  guests(@Root() row: Meeting, @Ctx() { loaders }: Context) { return loaders.guestsOfMeeting().load(row.id); }

  @FieldResolver(() => [Attendance], { description: 'Attendance as recorded.' })
  attendance(@Root() row: Meeting, @Ctx() { loaders }: Context) { return loaders.attendanceOfMeeting().load(row.id); }

  @FieldResolver(() => [Resolution], { description: 'Resolutions and conclusions issued.' })
  resolutions(@Root() row: Meeting, @Ctx() { loaders }: Context) { return loaders.resolutionsOfMeeting().load(row.id); }

  @FieldResolver(() => [RosterEntry], { description: 'Every member of the organization on the meeting day (held, else planned), in roll order, with exclusions and the attendance recorded. This is the attendance sheet.' })
  roster(@Root() row: Meeting, @Ctx() { em }: Context): Promise<RosterEntry[]> {
    return meetingRoster(em, row);
  }

  @FieldResolver(() => Float, { nullable: true, description: 'Attendance rate: present among expected ÷ expected (null before the sheet is saved or with nobody expected).' })
  attendanceRate(@Root() row: Meeting): number | null {
    return row.attendanceRecorded && row.expectedCount > 0 ? row.presentCount / row.expectedCount : null;
  }

  @FieldResolver(() => Int, { nullable: true, description: 'Length in minutes, from the start and end times.' })
  lengthMinutes(@Root() row: Meeting): number | null {
    return meetingLength(row.startTime, row.endTime);
  }

  @FieldResolver(() => [MeetingRuleSet], { description: 'The rule sets in force on the meeting day, by which it is judged.' })
  async judgedBy(@Root() row: Meeting, @Ctx() { loaders }: Context): Promise<MeetingRuleSet[]> {
    const day = meetingDay(row);
    if (!day) return [];
    const sets = await loaders.meetingRuleSets();
    const judging = new Set(judgingRuleSetsOn(sets.map(toRuleSet), day).map((s) => `${s.documentNumber}|${s.documentDate}`));
    return sets.filter((s) => judging.has(`${s.documentNumber}|${s.documentDate}`));
  }
}
