import {
  AttendanceExclusion, AttendanceStatus, checkAttendance, formatDay, checkMeeting, conflict, covers, countsAsRegular, GuestRole, invalid,
  MeetingForm, MeetingKind, meetingLength, monthOf, ProcedureStep, todayInVietnam,
} from '@chibo/domain';
import type { EntityManager } from '@mikro-orm/core';
import { Arg, Ctx, Field, FieldResolver, Float, ID, InputType, Int, Mutation, ObjectType, Query, Resolver, Root, registerEnumType, UseMiddleware } from 'type-graphql';
import { personalField } from '../../shared/auth-guard';
import type { Context } from '../../context.type';
import { and, checkVersion, dateRangeConditionFor, findOr404, listPage, write } from '../../shared/crud';
import { assertValid, parseId, parseOptionalId } from '../../shared/errors';
import { DateRange, Page, SortDirection, SortInput } from '../../shared/pagination';
import { DateScalar } from '../../shared/scalars';
import { memberScope, scoped } from '../../shared/scope';
import { actorOf } from '../../shared/request-scope';
import { Member } from '../member/member.entity';
import { Organization } from '../organization/organization.entity';
import './meeting-enums';
import { MeetingRuleSet } from './meeting-rule-set.entity';
import { Attendance, Meeting, MeetingGuest } from './meeting.entity';
import { assertBranchWritable, branchCondition, inBranchOn, meetingBranch, meetingDay, refreshMeeting, rosterOn } from './meeting.service';
import { ThematicPlanItem } from './plan.entity';
import { Resolution, ResolutionReview, ResolutionTask } from './resolution.entity';

export enum MeetingSortField { DAY = 'DAY', MONTH = 'MONTH', KIND = 'KIND', ID = 'ID' }
registerEnumType(MeetingSortField, { name: 'MeetingSortField', description: 'Fields meetings can be sorted by (DAY: held day, else planned day).' });
const MeetingSort = SortInput(MeetingSortField, 'Meeting');
const MeetingPage = Page(Meeting, 'Meeting');
type MeetingPage = InstanceType<typeof MeetingPage>;

@InputType({ description: 'Filters for meetings; all given conditions must hold.' })
class MeetingFilter {
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
class GuestInput {
  @Field(() => ID, { nullable: true, description: 'The guest, when a party member on file.' }) memberId?: string | null;
  @Field(() => String, { nullable: true, description: 'Name of an outside guest (taken from the member file otherwise).' }) name?: string | null;
  @Field(() => GuestRole, { description: 'Who the guest is.' }) role!: GuestRole;
}

@InputType({ description: 'Fields of a meeting.' })
class MeetingFields {
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
class CreateMeetingInput extends MeetingFields {
  @Field(() => ID, { description: 'The branch, or the party group (group pilot), that meets.' }) organizationId!: string;
  @Field(() => MeetingKind, { description: 'Regular, thematic or combined.' }) declare kind: MeetingKind;
}

@InputType({ description: 'Changes to a meeting; omitted fields stay as they are.' })
class UpdateMeetingInput extends MeetingFields {
  @Field(() => Int, { nullable: true, description: 'The version you edited.' }) version?: number;
}

@InputType({ description: 'One line of an attendance sheet.' })
class AttendanceEntryInput {
  @Field(() => ID, { description: 'The member (on the roster of the meeting date).' }) memberId!: string;
  @Field(() => AttendanceStatus, { description: 'Present, excused or unexcused.' }) status!: AttendanceStatus;
  @Field(() => String, { nullable: true, description: 'Reason (required when excused).' }) reason?: string | null;
}

@ObjectType({ description: 'A line of a meeting’s roster: a member of the organization on the meeting date, any exclusion, and the attendance recorded (null until the sheet is saved).' })
export class RosterEntry {
  member!: Member;
  @Field(() => ID, { description: 'The member.' }) memberId!: string;
  @Field(() => AttendanceExclusion, { nullable: true, description: 'Exempt or on special duty on the day: listed, recordable, not in the denominator.' }) exclusion!: AttendanceExclusion | null;
  @Field(() => AttendanceStatus, { nullable: true, description: 'Recorded status, or null when not yet recorded.' }) status!: AttendanceStatus | null;
  @Field(() => String, { nullable: true, description: 'Recorded reason (personal data).' }) @UseMiddleware(personalField) reason!: string | null;
  @Field(() => ID, { nullable: true, description: 'The member’s party group on the day.' }) partyGroupId!: string | null;
}

const FIELD_LIMITS: Array<[keyof MeetingFields, number]> = [['place', 300], ['onlineReason', 300], ['thematicTopic', 300], ['agenda', 20_000], ['minutes', 200_000]];

/** Meetings visible to the request: those of branches inside the scope. */
function meetingScope(scopePath: string) {
  return scoped('branch', scopePath);
}

/** Meetings of an organization: its own and, for a branch, its party groups'; with descendants, every branch below. */
async function orgCondition(em: EntityManager, id: string | undefined, descendants: boolean | undefined, field: string) {
  if (id == null || descendants) return branchCondition(em, id, descendants, field);
  const orgId = parseId(id, field);
  return { $or: [{ organization: orgId }, { branch: orgId }] };
}

/** Validates and applies meeting fields, refusing the impossible with the field named. */
async function applyMeeting(tem: EntityManager, row: Meeting, input: MeetingFields, organization: Organization, branch: Organization) {
  const next = {
    kind: input.kind ?? row.kind,
    plannedOn: input.plannedOn !== undefined ? input.plannedOn : row.plannedOn ?? null,
    heldOn: input.heldOn !== undefined ? input.heldOn : row.heldOn ?? null,
    startTime: input.startTime !== undefined ? input.startTime : row.startTime ?? null,
    endTime: input.endTime !== undefined ? input.endTime : row.endTime ?? null,
    online: input.online ?? row.online ?? false,
    onlineReason: input.onlineReason !== undefined ? input.onlineReason : row.onlineReason ?? null,
    documentsSentOn: input.documentsSentOn !== undefined ? input.documentsSentOn : row.documentsSentOn ?? null,
    votesFor: input.votesFor !== undefined ? input.votesFor : row.votesFor ?? null,
    votesAgainst: input.votesAgainst !== undefined ? input.votesAgainst : row.votesAgainst ?? null,
    votesAbstain: input.votesAbstain !== undefined ? input.votesAbstain : row.votesAbstain ?? null,
  };
  const day = next.heldOn ?? next.plannedOn;
  assertValid(checkMeeting({ ...next, organizationExists: !day || covers({ from: organization.foundedOn, to: organization.dissolvedOn }, day) }, todayInVietnam()));
  for (const [key, max] of FIELD_LIMITS) {
    const v = input[key];
    if (typeof v === 'string' && v.length > max) assertValid([invalid(key, `Tối đa ${max} ký tự.`)]);
  }
  const month = monthOf(day as string);
  const regularMonth = countsAsRegular(next.kind) ? month : null;
  if (regularMonth) {
    const clash = await tem.findOne(Meeting, { organization: organization.id, regularMonth, id: { $ne: row.id ?? 0 } });
    if (clash) assertValid([conflict(next.heldOn ? 'heldOn' : 'plannedOn', `${organization.name} đã có cuộc sinh hoạt thường kỳ tháng ${month.slice(5)}/${month.slice(0, 4)}.`)]);
  }
  // People named on the meeting must be in the branch on the day.
  for (const key of ['chairId', 'minuteTakerId'] as const) {
    const id = input[key] !== undefined ? parseOptionalId(input[key], key) : (key === 'chairId' ? row.chair?.id : row.minuteTaker?.id) ?? null;
    if (id != null && !(await inBranchOn(tem, id, branch.id, day as string))) {
      assertValid([invalid(key, `Người này không sinh hoạt tại ${branch.name} vào ngày ${formatDay(day as string)}.`)]);
    }
    if (input[key] !== undefined) (row as unknown as Record<string, unknown>)[key === 'chairId' ? 'chair' : 'minuteTaker'] = id ? tem.getReference(Member, id) : null;
  }
  if (input.thematicPlanItemId !== undefined) {
    const planId = parseOptionalId(input.thematicPlanItemId, 'thematicPlanItemId');
    const item = planId ? await tem.findOne(ThematicPlanItem, { id: planId }) : null;
    if (planId && (!item || item.branch.id !== branch.id)) assertValid([invalid('thematicPlanItemId', 'Chủ đề không thuộc kế hoạch chuyên đề của chi bộ này.')]);
    row.thematicPlanItem = item;
    if (item && input.thematicTopic === undefined && !row.thematicTopic) row.thematicTopic = item.title;
  }
  // A changed day must keep every recorded attendee on the roster.
  if (row.id && row.attendanceRecorded && next.heldOn !== row.heldOn) {
    if (!next.heldOn) assertValid([invalid('heldOn', 'Cuộc họp đã có điểm danh; không thể bỏ ngày họp.')]);
    const roster = new Set((await rosterOn(tem, organization, next.heldOn as string)).map((r) => r.member.id));
    const rows = await tem.find(Attendance, { meeting: row.id });
    if (rows.some((r) => !roster.has(r.member.id))) assertValid([invalid('heldOn', `Có người đã điểm danh không sinh hoạt tại tổ chức vào ngày ${formatDay(next.heldOn as string)}.`)]);
  }
  Object.assign(row, next, { month, regularMonth });
  for (const key of ['forms', 'place', 'agenda', 'thematicTopic', 'stepsDone', 'minutes'] as const) {
    if (input[key] !== undefined) (row as unknown as Record<string, unknown>)[key] = key === 'forms' || key === 'stepsDone' ? [...new Set(input[key] as string[] ?? [])] : input[key];
  }
  if (input.guests) await replaceGuests(tem, row, input.guests);
}

async function replaceGuests(tem: EntityManager, meeting: Meeting, guests: GuestInput[]) {
  const existing = meeting.id ? await tem.find(MeetingGuest, { meeting: meeting.id }) : [];
  const wanted: Array<{ member: Member | null; name: string; role: GuestRole }> = [];
  for (const [i, g] of guests.entries()) {
    const memberId = parseOptionalId(g.memberId, `guests.${i}.memberId`);
    // A guest on file must be a member the writer may read, or one already on this meeting's list: otherwise the
    // name echoed back would reveal any member of the ward by id. Outside the scope answers like a missing id.
    const alreadyGuest = memberId != null && existing.some((g) => g.member?.id === memberId);
    const member = memberId ? await tem.findOne(Member, and({ id: memberId }, alreadyGuest ? undefined : memberScope(actorOf(tem).viewer?.scopePath ?? '/')) as never) : null;
    if (memberId && !member) assertValid([{ field: `guests.${i}.memberId`, code: 'NOT_FOUND', message: 'Không tìm thấy đảng viên.' }]);
    const name = (member?.fullName ?? g.name ?? '').trim();
    if (!name || name.length > 120) assertValid([invalid(`guests.${i}.name`, 'Cần tên khách mời (tối đa 120 ký tự).')]);
    if (member && wanted.some((w) => w.member?.id === member.id)) assertValid([invalid(`guests.${i}.memberId`, 'Khách mời bị trùng.')]);
    wanted.push({ member, name, role: g.role });
  }
  const key = (g: { member?: { id: number } | null; name: string; role: string }) => `${g.member?.id ?? ''}|${g.name}|${g.role}`;
  const keep = new Set(wanted.map(key));
  for (const old of existing) if (!keep.has(key(old))) tem.remove(old);
  const have = new Set(existing.map(key));
  for (const w of wanted) if (!have.has(key(w))) tem.create(MeetingGuest, { meeting, member: w.member, name: w.name, role: w.role } as never);
}

@Resolver(() => Meeting)
export class MeetingResolver {
  @Query(() => MeetingPage, { description: 'Meetings, filtered, sorted (latest first by default) and paged.' })
  async meetings(
    @Ctx() { em, viewer }: Context,
    @Arg('filter', () => MeetingFilter, { nullable: true }) filter?: MeetingFilter,
    @Arg('sort', () => [MeetingSort], { nullable: true, description: 'Sort keys; latest day first when omitted.' }) sort?: InstanceType<typeof MeetingSort>[],
    @Arg('offset', () => Int, { nullable: true, defaultValue: 0, description: 'Records to skip.' }) offset?: number,
    @Arg('limit', () => Int, { nullable: true, defaultValue: 25, description: 'Page size, 1 to 100.' }) limit?: number,
  ): Promise<MeetingPage> {
    if (filter?.month != null && !/^\d{4}-(0[1-9]|1[0-2])$/.test(filter.month)) assertValid([invalid('filter.month', 'Tháng phải có dạng YYYY-MM.')]);
    const where = and(
      await orgCondition(em, filter?.organizationId, filter?.descendants, 'filter.organizationId'),
      filter?.ids?.length && { id: { $in: filter.ids.map((v, i) => parseId(v, `filter.ids.${i}`)) } },
      filter?.kind?.length && { kind: { $in: filter.kind } },
      filter?.month && { month: filter.month },
      dateRangeConditionFor('heldOn', filter?.heldOn),
      filter?.held === true && { heldOn: { $ne: null } },
      filter?.held === false && { heldOn: null },
      filter?.withFindings === true && { findingCount: { $gt: 0 } },
      filter?.withFindings === false && { findingCount: 0 },
      meetingScope(viewer?.scopePath ?? '/'),
    );
    // DAY is the held day, else the planned one: month first (always set), then the held and the planned day.
    const keys = (sort?.length ? sort : [{ field: MeetingSortField.DAY, direction: SortDirection.DESC }]).flatMap((k): Array<Record<string, string>> => {
      const dir = k.direction === SortDirection.DESC ? 'desc' : 'asc';
      if (k.field === MeetingSortField.DAY) return [{ month: dir }, { heldOn: dir }, { plannedOn: dir }];
      return [{ [{ MONTH: 'month', KIND: 'kind', ID: 'id' }[k.field as 'MONTH' | 'KIND' | 'ID']]: dir }];
    });
    const order = [...keys, { id: 'desc' }] as never;
    return listPage(em, Meeting, where, order, offset, limit);
  }

  @Query(() => Meeting, { nullable: true, description: 'One meeting by id, or null.' })
  meeting(@Ctx() { em, viewer }: Context, @Arg('id', () => ID) id: string): Promise<Meeting | null> {
    return em.findOne(Meeting, { id: parseId(id, 'id'), ...meetingScope(viewer?.scopePath ?? '/') });
  }

  @Mutation(() => Meeting, { description: 'Plans or records a meeting. Impossible data is refused (a held day in the future, end before start, a second regular meeting in a month); rule shortfalls are kept as findings.' })
  createMeeting(@Ctx() { em }: Context, @Arg('input', () => CreateMeetingInput) input: CreateMeetingInput): Promise<Meeting> {
    return write(em, async (tem) => {
      const organization = await findOr404(tem, Organization, parseId(input.organizationId, 'organizationId'), 'organizationId', 'tổ chức');
      // Scope first: an organization outside it answers like a missing one, before anything reveals its kind.
      assertBranchWritable(tem, organization, 'organizationId', 'tổ chức');
      const branch = await meetingBranch(tem, organization, 'organizationId');
      const row = tem.create(Meeting, { organization, branch, kind: input.kind, forms: [], stepsDone: [], findings: [] } as never, { persist: false });
      await applyMeeting(tem, row, input, organization, branch);
      tem.persist(row);
      await refreshMeeting(tem, row);
      await tem.flush();
      return row;
    });
  }

  @Mutation(() => Meeting, { description: 'Changes a meeting; findings are recomputed.' })
  updateMeeting(@Ctx() { em }: Context, @Arg('id', () => ID) id: string, @Arg('input', () => UpdateMeetingInput) input: UpdateMeetingInput): Promise<Meeting> {
    return write(em, async (tem) => {
      const row = await findOr404(tem, Meeting, parseId(id, 'id'), 'id', 'cuộc họp');
      const branch = await tem.findOneOrFail(Organization, row.branch.id);
      assertBranchWritable(tem, branch, 'id', 'cuộc họp');
      await checkVersion(tem, row, input.version);
      const organization = await tem.findOneOrFail(Organization, row.organization.id);
      await applyMeeting(tem, row, input, organization, branch);
      await refreshMeeting(tem, row);
      await tem.flush();
      return row;
    });
  }

  @Mutation(() => Meeting, { description: 'Deletes a meeting entered by mistake, with its attendance, guests and resolutions.' })
  deleteMeeting(@Ctx() { em }: Context, @Arg('id', () => ID) id: string): Promise<Meeting> {
    return write(em, async (tem) => {
      const row = await findOr404(tem, Meeting, parseId(id, 'id'), 'id', 'cuộc họp');
      assertBranchWritable(tem, await tem.findOneOrFail(Organization, row.branch.id), 'id', 'cuộc họp');
      const snapshot = { ...row } as Meeting;
      // Children go first so each leaves its own trace in the audit trail.
      for (const r of await tem.find(Resolution, { meeting: row.id })) {
        // Tasks and reviews too: a database cascade would delete them without their audit entries.
        for (const t of await tem.find(ResolutionTask, { resolution: r.id })) tem.remove(t);
        for (const v of await tem.find(ResolutionReview, { resolution: r.id })) tem.remove(v);
        tem.remove(r);
      }
      for (const a of await tem.find(Attendance, { meeting: row.id })) tem.remove(a);
      for (const g of await tem.find(MeetingGuest, { meeting: row.id })) tem.remove(g);
      tem.remove(row);
      await tem.flush();
      return snapshot;
    });
  }

  @Mutation(() => Meeting, { description: 'Saves a meeting’s attendance sheet in one transaction: one line per member on the roster of the meeting date. Members not on the roster are refused; excused absences need a reason. Counts and findings are recomputed.' })
  recordAttendance(
    @Ctx() { em }: Context,
    @Arg('meetingId', () => ID, { description: 'The held meeting.' }) meetingId: string,
    @Arg('entries', () => [AttendanceEntryInput], { description: 'The sheet.' }) entries: AttendanceEntryInput[],
    @Arg('version', () => Int, { nullable: true, description: 'The meeting version you edited.' }) version?: number,
  ): Promise<Meeting> {
    return write(em, async (tem) => {
      const meeting = await findOr404(tem, Meeting, parseId(meetingId, 'meetingId'), 'meetingId', 'cuộc họp');
      assertBranchWritable(tem, await tem.findOneOrFail(Organization, meeting.branch.id), 'meetingId', 'cuộc họp');
      await checkVersion(tem, meeting, version);
      const lines = entries.map((e, i) => ({ memberId: parseId(e.memberId, `entries.${i}.memberId`), status: e.status, reason: e.reason?.trim() || null }));
      const organization = await tem.findOneOrFail(Organization, meeting.organization.id);
      const roster = meeting.heldOn ? await rosterOn(tem, organization, meeting.heldOn) : [];
      assertValid(checkAttendance(lines, new Set(roster.map((r) => r.member.id)), meeting.heldOn));
      const exclusion = new Map(roster.map((r) => [r.member.id, r.exclusion]));
      const existing = new Map((await tem.find(Attendance, { meeting: meeting.id })).map((a) => [a.member.id, a]));
      for (const line of lines) {
        const reason = line.status === AttendanceStatus.PRESENT ? null : line.reason;
        const row = existing.get(line.memberId);
        existing.delete(line.memberId);
        const values = { status: line.status, reason, exclusion: exclusion.get(line.memberId) ?? null };
        if (row) Object.assign(row, values);
        else tem.create(Attendance, { meeting, member: tem.getReference(Member, line.memberId), ...values } as never);
      }
      for (const stale of existing.values()) tem.remove(stale);
      await tem.flush();
      await refreshMeeting(tem, meeting);
      meeting.updatedAt = new Date();
      await tem.flush();
      return meeting;
    });
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
  async roster(@Root() row: Meeting, @Ctx() { em }: Context): Promise<RosterEntry[]> {
    const day = meetingDay(row);
    if (!day) return [];
    const organization = await em.findOneOrFail(Organization, row.organization.id);
    const [roster, recorded] = await Promise.all([rosterOn(em, organization, day), em.find(Attendance, { meeting: row.id })]);
    const byMember = new Map(recorded.map((a) => [a.member.id, a]));
    return roster.map((r) => ({
      member: r.member, memberId: String(r.member.id), exclusion: r.exclusion, partyGroupId: r.partyGroupId ? String(r.partyGroupId) : null,
      status: byMember.get(r.member.id)?.status ?? null, reason: byMember.get(r.member.id)?.reason ?? null,
    }));
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
    return sets.filter((s) => covers({ from: s.validFrom, to: s.validTo }, day));
  }
}

@Resolver(() => RosterEntry)
export class RosterEntryResolver {
  @FieldResolver(() => Member, { nullable: true, description: 'The member.' })
  member(@Root() row: RosterEntry): Member { return row.member; }
}

@Resolver(() => MeetingGuest)
export class MeetingGuestResolver {
  @FieldResolver(() => Member, { nullable: true, description: 'The guest’s member record (null for an outside guest or outside your scope).' })
  member(@Root() row: MeetingGuest, @Ctx() { loaders }: Context) { return row.member ? loaders.member().load(row.member.id) : null; }

  @FieldResolver(() => ID, { nullable: true, description: 'Id of the guest’s member record.' })
  memberId(@Root() row: MeetingGuest): string | null { return row.member ? String(row.member.id) : null; }
}

@Resolver(() => Attendance)
export class AttendanceResolver {
  @FieldResolver(() => Member, { nullable: true, description: 'The member.' })
  member(@Root() row: Attendance, @Ctx() { loaders }: Context) { return loaders.member().load(row.member.id); }

  @FieldResolver(() => ID, { description: 'Id of the member.' })
  memberId(@Root() row: Attendance): string { return String(row.member.id); }
}

