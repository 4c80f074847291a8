import {
  AttendanceStatus, checkAttendance, checkMeeting, conflict, countsAsRegular, covers, formatDay, type GuestRole, invalid, monthOf, OrganizationKind,
  todayInVietnam,
} from '@chibo/domain';
import type { EntityManager } from '@mikro-orm/core';
import { and, checkVersion, dateRangeConditionFor, findOr404, listPage, write } from '../../shared/crud';
import { assertBranchWritable, branchCondition, inBranchOn } from '../../shared/branch-rows';
import { assertValid, parseId, parseOptionalId } from '../../shared/errors';
import { SortDirection } from '../../shared/pagination';
import { actorOf } from '../../shared/request-scope';
import { memberScope, scoped } from '../../shared/scope';
import { Member } from '../member/member.entity';
import { Organization } from '../organization/organization.entity';
import { ResolutionReview } from '../resolution/resolution-review.entity';
import { ResolutionTask } from '../resolution/resolution-task.entity';
import { Resolution } from '../resolution/resolution.entity';
import { ThematicPlanItem } from '../thematic-plan/thematic-plan.entity';
import { Attendance } from './attendance.entity';
import { MeetingGuest } from './meeting-guest.entity';
import { Meeting } from './meeting.entity';
import {
  type AttendanceEntryInput, type CreateMeetingInput, type GuestInput, type MeetingFields, type MeetingFilter, type MeetingSort, MeetingSortField,
  type UpdateMeetingInput,
} from './meeting.input';
import { meetingDay, refreshLaterRuns, refreshMeeting, rosterOn } from './roster.service';
import type { RosterEntry } from './roster.type';

const FIELD_LIMITS: Array<[keyof MeetingFields, number]> = [['place', 300], ['onlineReason', 300], ['thematicTopic', 300], ['agenda', 20_000], ['minutes', 200_000]];


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

/** The branch a meeting belongs to: the organization itself, or a party group's branch. Refuses other kinds. */
async function meetingBranch(tem: EntityManager, organization: Organization, field: string): Promise<Organization> {
  if (organization.kind === OrganizationKind.BRANCH) return organization;
  if (organization.kind === OrganizationKind.PARTY_GROUP && organization.parent) return tem.findOneOrFail(Organization, organization.parent.id);
  assertValid([invalid(field, 'Chỉ chi bộ hoặc tổ đảng tổ chức sinh hoạt.')]);
  throw new Error('unreachable');
}

/** Loads a meeting for a write: NOT_FOUND naming `field` when missing or outside the user's subtree, with its branch. */
async function writableMeeting(tem: EntityManager, id: string, field: string) {
  const meeting = await findOr404(tem, Meeting, parseId(id, field), field, 'cuộc họp');
  const branch = await tem.findOneOrFail(Organization, meeting.branch.id);
  assertBranchWritable(tem, branch, field, 'cuộc họp');
  return { meeting, branch };
}

/** Meetings, filtered, in the request's scope, sorted (latest first by default) and paged. */
export async function listMeetings(em: EntityManager, scopePath: string, filter: MeetingFilter | undefined, sort: InstanceType<typeof MeetingSort>[] | undefined, offset?: number, limit?: number) {
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
    scoped('branch', scopePath),
  );
  // DAY is the held day, else the planned one: month first (always set), then the held and the planned day.
  const keys = (sort?.length ? sort : [{ field: MeetingSortField.DAY, direction: SortDirection.DESC }]).flatMap((k): Array<Record<string, string>> => {
    const dir = k.direction === SortDirection.DESC ? 'desc' : 'asc';
    if (k.field === MeetingSortField.DAY) return [{ month: dir }, { heldOn: dir }, { plannedOn: dir }];
    return [{ [{ MONTH: 'month', KIND: 'kind', ID: 'id' }[k.field as 'MONTH' | 'KIND' | 'ID']]: dir }];
  });
  return listPage(em, Meeting, where, [...keys, { id: 'desc' }] as never, offset, limit);
}

/** One meeting in the request's scope, or null. */
export function findMeeting(em: EntityManager, scopePath: string, id: string): Promise<Meeting | null> {
  return em.findOne(Meeting, { id: parseId(id, 'id'), ...scoped('branch', scopePath) });
}

/** Plans or records a meeting: refuses the impossible naming the field, keeps rule shortfalls as findings. */
export function createMeeting(em: EntityManager, input: CreateMeetingInput): Promise<Meeting> {
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

/** Changes a meeting; counts and findings are recomputed. */
export function updateMeeting(em: EntityManager, id: string, input: UpdateMeetingInput): Promise<Meeting> {
  return write(em, async (tem) => {
    const { meeting, branch } = await writableMeeting(tem, id, 'id');
    await checkVersion(tem, meeting, input.version);
    const organization = await tem.findOneOrFail(Organization, meeting.organization.id);
    await applyMeeting(tem, meeting, input, organization, branch);
    await refreshMeeting(tem, meeting);
    await tem.flush();
    return meeting;
  });
}

/** Deletes a meeting entered by mistake with its attendance, guests and resolutions, each leaving its audit entry. */
export function deleteMeeting(em: EntityManager, id: string): Promise<Meeting> {
  return write(em, async (tem) => {
    const { meeting } = await writableMeeting(tem, id, 'id');
    const snapshot = { ...meeting } as Meeting;
    // Children go first, one by one: a database cascade would delete them without their audit entries.
    const resolutions = await tem.find(Resolution, { meeting: meeting.id });
    const ids = resolutions.map((r) => r.id);
    for (const entity of [ResolutionTask, ResolutionReview] as const) for (const row of await tem.find(entity as never, { resolution: { $in: ids } })) tem.remove(row);
    for (const row of resolutions) tem.remove(row);
    for (const entity of [Attendance, MeetingGuest] as const) for (const row of await tem.find(entity as never, { meeting: meeting.id })) tem.remove(row);
    tem.remove(meeting);
    await tem.flush();
    return snapshot;
  });
}

/**
 * Saves a meeting's attendance sheet in one transaction: one line per member on the roster of the held day. The
 * roster and the stored sheet are read once; the counts and findings are recomputed from them.
 */
export function recordAttendance(em: EntityManager, meetingId: string, entries: AttendanceEntryInput[], version?: number): Promise<Meeting> {
  return write(em, async (tem) => {
    const { meeting } = await writableMeeting(tem, meetingId, 'meetingId');
    await checkVersion(tem, meeting, version);
    const lines = entries.map((e, i) => ({ memberId: parseId(e.memberId, `entries.${i}.memberId`), status: e.status, reason: e.reason?.trim() || null }));
    const organization = await tem.findOneOrFail(Organization, meeting.organization.id);
    const roster = meeting.heldOn ? await rosterOn(tem, organization, meeting.heldOn) : [];
    assertValid(checkAttendance(lines, new Set(roster.map((r) => r.member.id)), meeting.heldOn));
    const exclusion = new Map(roster.map((r) => [r.member.id, r.exclusion]));
    const existing = new Map((await tem.find(Attendance, { meeting: meeting.id })).map((a) => [a.member.id, a]));
    const rows: Attendance[] = [];
    for (const line of lines) {
      const values = { status: line.status, reason: line.status === AttendanceStatus.PRESENT ? null : line.reason, exclusion: exclusion.get(line.memberId) ?? null };
      const row = existing.get(line.memberId);
      existing.delete(line.memberId);
      if (row) rows.push(Object.assign(row, values));
      else rows.push(tem.create(Attendance, { meeting, member: tem.getReference(Member, line.memberId), ...values } as never));
    }
    for (const stale of existing.values()) tem.remove(stale);
    await refreshMeeting(tem, meeting, { roster, rows });
    await refreshLaterRuns(tem, meeting, lines.map((l) => l.memberId));
    meeting.updatedAt = new Date();
    await tem.flush();
    return meeting;
  });
}

/** A meeting's roster on its day (held, else planned) with the attendance recorded: the attendance sheet. */
export async function meetingRoster(em: EntityManager, meeting: Meeting): Promise<RosterEntry[]> {
  const day = meetingDay(meeting);
  if (!day) return [];
  const organization = await em.findOneOrFail(Organization, meeting.organization.id);
  const [roster, recorded] = await Promise.all([rosterOn(em, organization, day), em.find(Attendance, { meeting: meeting.id })]);
  const byMember = new Map(recorded.map((a) => [a.member.id, a]));
  return roster.map((r) => ({
    member: r.member, memberId: String(r.member.id), exclusion: r.exclusion, partyGroupId: r.partyGroupId ? String(r.partyGroupId) : null,
    status: byMember.get(r.member.id)?.status ?? null, reason: byMember.get(r.member.id)?.reason ?? null,
  }));
}
