import { todayInVietnam } from '@chibo/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATABASES, openTestDb, type TestDb } from './harness';

const CREATE_ORG = `mutation($input: CreateOrganizationInput!) { createOrganization(input: $input) { id } }`;
const CREATE_MEMBER = `mutation($input: CreateMemberInput!) { createMember(input: $input) { id workStatus retiredOn } }`;
const UPDATE_MEMBER = `mutation($id: ID!, $input: UpdateMemberInput!) { updateMember(id: $id, input: $input) { id workStatus retiredOn } }`;
const CREATE_MEETING = `mutation($input: CreateMeetingInput!) { createMeeting(input: $input) { id } }`;
const RECORD = `mutation($id: ID!, $entries: [AttendanceEntryInput!]!) { recordAttendance(meetingId: $id, entries: $entries) { id } }`;
const STATE = `query($id: ID!) { meeting(id: $id) {
  version expectedCount presentCount excusedCount unexcusedCount attendanceRate findings { code documentNumber }
  attendance { memberId status exclusion } roster { memberId exclusion }
} }`;
const CREATE_EXEMPTION = `mutation($input: CreateExemptionInput!) { createExemption(input: $input) { id version } }`;
const UPDATE_EXEMPTION = `mutation($id: ID!, $input: UpdateExemptionInput!) { updateExemption(id: $id, input: $input) { id version } }`;
const DELETE_EXEMPTION = `mutation($id: ID!) { deleteExemption(id: $id) { id } }`;
const CREATE_DUTY = `mutation($input: CreateSpecialDutyInput!) { createSpecialDuty(input: $input) { id } }`;
const UPDATE_DUTY = `mutation($id: ID!, $input: UpdateSpecialDutyInput!) { updateSpecialDuty(id: $id, input: $input) { id } }`;
const DELETE_DUTY = `mutation($id: ID!) { deleteSpecialDuty(id: $id) { id } }`;
const UPDATE_MEMBERSHIP = `mutation($id: ID!, $input: UpdateMembershipInput!) { updateMembership(id: $id, input: $input) { id from } }`;
const WITHOUT_TASK = `query($o: ID!, $d: Date) { membersWithoutTask(filter: { organizationId: $o, year: 2026, asOf: $d }, limit: 100) { items { id } } }`;

/** Full procedure of a regular meeting. */
const ALL_STEPS = ['GUESTS_INTRODUCED', 'ATTENDANCE_REPORTED', 'AGENDA_ADOPTED', 'MINUTE_TAKER_NAMED', 'LAST_RESOLUTION_REVIEWED', 'NEXT_TASKS_DISCUSSED', 'RESOLUTION_VOTED', 'MINUTES_ADOPTED'];

interface MeetingState {
  version: number;
  expectedCount: number;
  presentCount: number;
  excusedCount: number;
  unexcusedCount: number;
  attendanceRate: number | null;
  findings: Array<{ code: string; documentNumber: string }>;
  attendance: Array<{ memberId: string; status: string; exclusion: string | null }>;
  roster: Array<{ memberId: string; exclusion: string | null }>;
}

describe.each(DATABASES)('corrections on %s', (kind) => {
  let db: TestDb;
  let wardId: string;
  let committee: string;
  let police: string;
  let residential: string;
  const m: Record<string, string> = {};

  async function member(key: string, fullName: string, branchId: string, from = '2020-01-01', extra: Record<string, unknown> = {}) {
    const res = await db.run(CREATE_MEMBER, {
      input: { fullName, status: 'OFFICIAL', admittedOn: '2000-01-01', officialOn: '2001-01-01', birthDate: '1970-03-03', membership: { branchId, from }, ...extra },
    });
    expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
    m[key] = res.data!.createMember.id;
    return res.data!.createMember;
  }

  async function ok(query: string, variables: Record<string, unknown>) {
    const res = await db.run(query, variables);
    expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
    return res.data!;
  }

  async function expectRefused(query: string, variables: Record<string, unknown>, code: string, field: string) {
    const before = await db.fingerprint();
    const res = await db.run(query, variables);
    expect(res.errors?.[0]?.extensions, JSON.stringify(res.errors)).toMatchObject({ code, field });
    expect(await db.fingerprint()).toBe(before);
  }

  /** A held regular meeting of the branch on the day, with its sheet saved. */
  async function heldMeeting(organizationId: string, heldOn: string, entries: Array<{ memberId: string; status: string; reason?: string }>) {
    const documentsSentOn = `${heldOn.slice(0, 8)}01`;
    const id = (await ok(CREATE_MEETING, { input: { organizationId, kind: 'REGULAR', heldOn, startTime: '08:00', endTime: '10:00', documentsSentOn, stepsDone: ALL_STEPS } })).createMeeting.id as string;
    await ok(RECORD, { id, entries });
    return id;
  }

  const state = async (id: string) => (await ok(STATE, { id })).meeting as MeetingState;
  /** What a correction may change on a meeting, without the version. */
  const facts = ({ version: _v, ...rest }: MeetingState) => rest;
  const codes = (s: MeetingState) => s.findings.map((f) => `${f.code} ${f.documentNumber}`).sort();
  const lineOf = (s: MeetingState, memberId: string) => s.attendance.find((a) => a.memberId === memberId);
  const present = (keys: string[]) => keys.map((k) => ({ memberId: m[k], status: 'PRESENT' }));
  const policeKeys = Array.from({ length: 10 }, (_, i) => `p${i}`);

  beforeAll(async () => {
    db = await openTestDb(kind);
    wardId = (await ok(`mutation { createWard(input: { code: "SC", name: "Phường Sửa Chữa", foundedOn: "2020-01-01" }) { id } }`, {})).createWard.id;
    committee = (await ok(CREATE_ORG, { input: { wardId, kind: 'WARD_COMMITTEE', code: 'DU', name: 'Đảng ủy phường Sửa Chữa', foundedOn: '2020-01-01' } })).createOrganization.id;
    const branch = async (code: string, name: string, branchKind: string) =>
      (await ok(CREATE_ORG, { input: { wardId, parentId: committee, kind: 'BRANCH', branchKind, code, name, foundedOn: '2020-01-01' } })).createOrganization.id as string;
    // Only members of an armed-forces branch go on special duty.
    police = await branch('CA', 'Chi bộ Công an phường', 'ARMED_FORCES');
    residential = await branch('TDP', 'Chi bộ Tổ dân phố số 1', 'RESIDENTIAL');
    const names = ['Nguyễn Văn An', 'Trần Thị Bình', 'Lê Văn Cường', 'Phạm Thị Dung', 'Hoàng Văn Em', 'Vũ Thị Giang', 'Đỗ Văn Hải', 'Bùi Thị Lan', 'Ngô Văn Minh', 'Đặng Thị Nga'];
    for (const [i, name] of names.entries()) await member(`p${i}`, name, police);
    for (const [i, name] of ['Kiều Văn Sơn', 'Lương Thị Tâm', 'Quách Văn Uy'].entries()) await member(`r${i}`, name, residential);
  });
  afterAll(() => db.close());

  it('counts and judges a meeting again when an exemption is recorded, moved or deleted after its sheet was saved', async () => {
    // Eight of ten present, one excused, one absent without a reason: 80%.
    const sheet = [...present(policeKeys.slice(0, 8)), { memberId: m.p8, status: 'EXCUSED', reason: 'Ốm' }, { memberId: m.p9, status: 'UNEXCUSED' }];
    const march = await heldMeeting(police, '2026-03-04', sheet);
    const april = await heldMeeting(police, '2026-04-02', sheet);
    const marchBefore = await state(march);
    const aprilBefore = await state(april);
    expect(aprilBefore).toMatchObject({ expectedCount: 10, presentCount: 8, unexcusedCount: 1, attendanceRate: 0.8 });
    expect(lineOf(aprilBefore, m.p9)?.exclusion).toBeNull();
    expect(codes(aprilBefore)).toEqual(expect.arrayContaining(['ATTENDANCE_BELOW_THRESHOLD 11-ĐA/TU', 'ATTENDANCE_BELOW_THRESHOLD 42-HD/BTCTW']));
    expect(codes(aprilBefore).some((c) => c.startsWith('UNEXCUSED_ABSENCE'))).toBe(true);

    // The absent member was in fact exempt in April, decided later: they leave April's denominator.
    const exemption = (await ok(CREATE_EXEMPTION, { input: { memberId: m.p9, from: '2026-04-01', to: '2026-05-01', reason: 'Sức khỏe' } })).createExemption;
    const aprilExempt = await state(april);
    expect(aprilExempt).toMatchObject({ expectedCount: 9, presentCount: 8, excusedCount: 1, unexcusedCount: 0 });
    expect(aprilExempt.attendanceRate).toBeCloseTo(8 / 9);
    expect(lineOf(aprilExempt, m.p9)).toMatchObject({ status: 'UNEXCUSED', exclusion: 'EXEMPT' });
    // 8/9 = 88.9%: still short of 11-ĐA/TU's 90%, above 42-HD/BTCTW's 85%; nobody expected was absent without a reason.
    expect(codes(aprilExempt)).toEqual(codes(aprilBefore).filter((c) => c !== 'ATTENDANCE_BELOW_THRESHOLD 42-HD/BTCTW' && !c.startsWith('UNEXCUSED_ABSENCE')));
    // March lies outside the period: not even rewritten.
    expect(await state(march)).toEqual(marchBefore);

    // Moved to March: March changes, April is as before.
    await ok(UPDATE_EXEMPTION, { id: exemption.id, input: { version: exemption.version, from: '2026-03-01', to: '2026-04-01' } });
    expect(facts(await state(april))).toEqual(facts(aprilBefore));
    const marchExempt = await state(march);
    expect(marchExempt).toMatchObject({ expectedCount: 9, unexcusedCount: 0 });
    expect(lineOf(marchExempt, m.p9)?.exclusion).toBe('EXEMPT');

    // Deleted: both meetings are as they were.
    await ok(DELETE_EXEMPTION, { id: exemption.id });
    expect(facts(await state(march))).toEqual(facts(marchBefore));
    expect(facts(await state(april))).toEqual(facts(aprilBefore));
  });

  it('counts a meeting again when a special-duty period is recorded, ended before it, or deleted', async () => {
    const may = await heldMeeting(police, '2026-05-05', [...present(policeKeys.filter((k) => k !== 'p8')), { memberId: m.p8, status: 'UNEXCUSED' }]);
    const april = (await ok(`query($o: ID!) { meetings(filter: { organizationId: $o, month: "2026-04" }) { items { id } } }`, { o: police })).meetings.items[0].id;
    const aprilBefore = await state(april);
    const before = await state(may);
    expect(before).toMatchObject({ expectedCount: 10, presentCount: 9, unexcusedCount: 1, attendanceRate: 0.9 });

    const duty = (await ok(CREATE_DUTY, { input: { memberId: m.p8, from: '2026-05-01' } })).createSpecialDuty;
    const onDuty = await state(may);
    expect(onDuty).toMatchObject({ expectedCount: 9, presentCount: 9, unexcusedCount: 0, attendanceRate: 1 });
    expect(lineOf(onDuty, m.p8)?.exclusion).toBe('SPECIAL_DUTY');
    expect(onDuty.roster.find((r) => r.memberId === m.p8)?.exclusion).toBe('SPECIAL_DUTY');
    expect(codes(onDuty).some((c) => c.startsWith('UNEXCUSED_ABSENCE'))).toBe(false);
    expect(codes(before).some((c) => c.startsWith('UNEXCUSED_ABSENCE'))).toBe(true);
    expect(await state(april)).toEqual(aprilBefore);

    // Back from duty on the meeting day (the first day back is not on duty): counted again.
    await ok(UPDATE_DUTY, { id: duty.id, input: { to: '2026-05-05' } });
    expect(facts(await state(may))).toEqual(facts(before));
    await ok(UPDATE_DUTY, { id: duty.id, input: { to: null } });
    expect((await state(may)).expectedCount).toBe(9);
    await ok(DELETE_DUTY, { id: duty.id });
    expect(facts(await state(may))).toEqual(facts(before));
  });

  it('takes a member off a meeting’s roster counts when their membership is corrected to start after it, and back', async () => {
    const june = await heldMeeting(police, '2026-06-02', present(policeKeys));
    expect(await state(june)).toMatchObject({ expectedCount: 10, presentCount: 10 });
    // A member entered later with a membership from a past day joins that day's roster: expected, not recorded.
    await member('late', 'Đinh Văn Sửa', police, '2026-06-01');
    expect(await state(june)).toMatchObject({ expectedCount: 11, presentCount: 10 });
    await ok(RECORD, { id: june, entries: present([...policeKeys, 'late']) });
    const before = await state(june);
    expect(before).toMatchObject({ expectedCount: 11, presentCount: 11 });

    const membership = (await ok(`query($id: ID!) { memberships(filter: { memberId: $id }) { items { id version } } }`, { id: m.late })).memberships.items[0];
    await ok(UPDATE_MEMBERSHIP, { id: membership.id, input: { from: '2026-06-10' } });
    const after = await state(june);
    expect(after).toMatchObject({ expectedCount: 10, presentCount: 10 });
    expect(after.roster.map((r) => r.memberId)).not.toContain(m.late);

    // A refused correction writes nothing, meeting included.
    await expectRefused(UPDATE_MEMBERSHIP, { id: membership.id, input: { from: '1999-01-01' } }, 'BAD_USER_INPUT', 'from');
    await expectRefused(UPDATE_EXEMPTION, { id: '999999', input: { from: '2026-06-01' } }, 'NOT_FOUND', 'id');
    await expectRefused(CREATE_EXEMPTION, { input: { memberId: m.late, from: '2026-06-05', to: '2026-06-01' } }, 'BAD_USER_INPUT', 'to');
    await expectRefused(CREATE_DUTY, { input: { memberId: m.r0, from: '2026-06-01' } }, 'BAD_USER_INPUT', 'memberId');

    await ok(UPDATE_MEMBERSHIP, { id: membership.id, input: { from: '2026-06-01' } });
    expect(facts(await state(june))).toEqual(facts(before));
  });

  it('counts both branches’ meetings again when a member is transferred from a past day', async () => {
    await member('mover', 'Tạ Thị Chuyển', police, '2026-06-15');
    // The mover has no line on either sheet: counted as expected where they belong.
    const policeJuly = await heldMeeting(police, '2026-07-02', present([...policeKeys, 'late']));
    const residentialJuly = await heldMeeting(residential, '2026-07-03', present(['r0', 'r1', 'r2']));
    expect(await state(policeJuly)).toMatchObject({ expectedCount: 12, presentCount: 11 });
    expect(await state(residentialJuly)).toMatchObject({ expectedCount: 3, presentCount: 3 });

    await ok(`mutation($id: ID!, $b: ID!) { transferMember(input: { memberId: $id, branchId: $b, on: "2026-07-01" }) { id } }`, { id: m.mover, b: residential });
    expect(await state(policeJuly)).toMatchObject({ expectedCount: 11, presentCount: 11, attendanceRate: 1 });
    expect(await state(residentialJuly)).toMatchObject({ expectedCount: 4, presentCount: 3, attendanceRate: 0.75 });
  });

  it('counts a member retired from a day as working before it and not from it', async () => {
    const elder = await member('elder', 'Hồ Văn Hưu', residential, '2020-01-01', { workStatus: 'RETIRED', retiredOn: '2026-07-01' });
    expect(elder).toMatchObject({ workStatus: 'RETIRED', retiredOn: '2026-07-01' });
    const without = async (day: string) => (await ok(WITHOUT_TASK, { o: residential, d: day })).membersWithoutTask.items.map((i: { id: string }) => i.id);
    expect(await without('2026-06-30')).toContain(m.elder);
    expect(await without('2026-07-01')).not.toContain(m.elder);
    const working = async (day: string) =>
      (await ok(`query($o: ID!, $d: Date) { members(filter: { organizationId: $o, asOf: $d, workStatus: [WORKING] }, limit: 100) { items { id } } }`, { o: residential, d: day })).members.items.map((i: { id: string }) => i.id);
    expect(await working('2026-06-30')).toContain(m.elder);
    expect(await working('2026-07-01')).not.toContain(m.elder);

    // Not before admission; not a retirement day on a working member.
    await expectRefused(UPDATE_MEMBER, { id: m.elder, input: { retiredOn: '1999-12-31' } }, 'BAD_USER_INPUT', 'retiredOn');
    await expectRefused(UPDATE_MEMBER, { id: m.r2, input: { retiredOn: '2026-01-01' } }, 'BAD_USER_INPUT', 'retiredOn');
    // Working again clears the day; retired without a day retires from today.
    expect((await ok(UPDATE_MEMBER, { id: m.elder, input: { workStatus: 'WORKING' } })).updateMember).toMatchObject({ workStatus: 'WORKING', retiredOn: null });
    expect(await without('2026-07-01')).toContain(m.elder);
    expect((await ok(UPDATE_MEMBER, { id: m.elder, input: { workStatus: 'RETIRED' } })).updateMember).toMatchObject({ workStatus: 'RETIRED', retiredOn: todayInVietnam() });
    // A planned retirement: still working until the day.
    expect((await ok(UPDATE_MEMBER, { id: m.elder, input: { retiredOn: '2099-01-01' } })).updateMember.retiredOn).toBe('2099-01-01');
    expect(await without(todayInVietnam())).toContain(m.elder);
  });

  it('places five members in one branch from a past day at the same time: every placement succeeds and the meeting counts them all', async () => {
    const meeting = await heldMeeting(residential, '2026-05-06', present(['r0', 'r1', 'r2']));
    const before = await state(meeting);
    const results = await Promise.all(['Hồ Văn Một', 'Hồ Văn Hai', 'Hồ Văn Ba', 'Hồ Văn Bốn', 'Hồ Văn Năm'].map((fullName) =>
      db.run(CREATE_MEMBER, { input: { fullName, status: 'OFFICIAL', admittedOn: '2000-01-01', officialOn: '2001-01-01', membership: { branchId: residential, from: '2026-05-01' } } })));
    // No CONFLICT: corrections touching one meeting take turns instead of failing on its version.
    expect(results.map((r) => r.errors ?? null)).toEqual([null, null, null, null, null]);
    expect(await state(meeting)).toMatchObject({ expectedCount: before.expectedCount + 5, presentCount: 3 });
  });
});
