import { Role } from '@chibo/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATABASES, openTestDb, type TestDb, viewerFor } from './harness';

const CREATE_ORG = `mutation($input: CreateOrganizationInput!) { createOrganization(input: $input) { id } }`;
const CREATE_MEMBER = `mutation($input: CreateMemberInput!) { createMember(input: $input) { id } }`;
const CREATE_MEETING = `mutation($input: CreateMeetingInput!) {
  createMeeting(input: $input) { id version kind heldOn expectedCount presentCount findingCount findings { code documentNumber documentDate detail } judgedBy { documentNumber } }
}`;
const RECORD = `mutation($id: ID!, $entries: [AttendanceEntryInput!]!) {
  recordAttendance(meetingId: $id, entries: $entries) { id expectedCount presentCount excusedCount unexcusedCount attendanceRate findings { code documentNumber } }
}`;
const ROSTER = `query($id: ID!) { meeting(id: $id) { roster { memberId exclusion status member { fullName } } } }`;

/** Full procedure of a regular meeting. */
const ALL_STEps = ['GUESTS_INTRODUCED', 'ATTENDANCE_REPORTED', 'AGENDA_ADOPTED', 'MINUTE_TAKER_NAMED', 'LAST_RESOLUTION_REVIEWED', 'NEXT_TASKS_DISCUSSED', 'RESOLUTION_VOTED', 'MINUTES_ADOPTED'];

describe.each(DATABASES)('meetings on %s', (kind) => {
  let db: TestDb;
  let committee: string;
  let branchA: string;
  let branchB: string;
  const m: Record<string, string> = {};

  async function member(key: string, fullName: string, branchId: string, from = '2020-01-01') {
    const res = await db.run(CREATE_MEMBER, {
      input: { fullName, status: 'OFFICIAL', admittedOn: '2000-01-01', officialOn: '2001-01-01', birthDate: '1970-03-03', membership: { branchId, from } },
    });
    expect(res.errors).toBeUndefined();
    m[key] = res.data!.createMember.id;
  }

  async function expectRefused(query: string, variables: Record<string, unknown>, code: string, field: string) {
    const before = await db.fingerprint();
    const res = await db.run(query, variables);
    expect(res.errors?.[0]?.extensions, JSON.stringify(res.errors)).toMatchObject({ code, field });
    expect(res.errors?.[0]?.message).toContain(field);
    expect(await db.fingerprint()).toBe(before);
  }

  async function meeting(input: Record<string, unknown>) {
    const res = await db.run(CREATE_MEETING, { input });
    expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
    return res.data!.createMeeting;
  }

  const present = (ids: string[]) => ids.map((memberId) => ({ memberId, status: 'PRESENT' }));

  beforeAll(async () => {
    db = await openTestDb(kind);
    const ward = await db.run(`mutation { createWard(input: { code: "HT", name: "Phường Họp Thử", foundedOn: "2020-01-01" }) { id } }`);
    const wardId = ward.data!.createWard.id;
    committee = (await db.run(CREATE_ORG, { input: { wardId, kind: 'WARD_COMMITTEE', code: 'DU', name: 'Đảng ủy phường Họp Thử', foundedOn: '2020-01-01' } })).data!.createOrganization.id;
    const branch = async (code: string, name: string, branchKind = 'RESIDENTIAL') =>
      (await db.run(CREATE_ORG, { input: { wardId, parentId: committee, kind: 'BRANCH', branchKind, code, name, foundedOn: '2020-01-01' } })).data!.createOrganization.id as string;
    // The police branch: only armed-forces members go on special duty, and branch A has one on it.
    branchA = await branch('A', 'Chi bộ Công an phường', 'ARMED_FORCES');
    branchB = await branch('B', 'Chi bộ Tổ dân phố số 2');
    const namesA = ['Nguyễn Văn An', 'Trần Thị Bình', 'Lê Văn Cường', 'Phạm Thị Dung', 'Hoàng Văn Em', 'Vũ Thị Giang', 'Đỗ Văn Hải', 'Bùi Thị Lan', 'Ngô Văn Minh', 'Đặng Thị Nga'];
    for (const [i, name] of namesA.entries()) await member(`a${i}`, name, branchA);
    await member('exempt', 'Lý Văn Thọ', branchA);
    await member('duty', 'Mai Văn Quân', branchA);
    await member('mover', 'Tạ Thị Chuyển', branchA);
    for (const [i, name] of ['Kiều Văn Sơn', 'Lương Thị Tâm', 'Quách Văn Uy'].entries()) await member(`b${i}`, name, branchB);
    expect((await db.run(`mutation($id: ID!) { createExemption(input: { memberId: $id, from: "2021-01-01", reason: "Tuổi cao" }) { id } }`, { id: m.exempt })).errors).toBeUndefined();
    expect((await db.run(`mutation($id: ID!) { createSpecialDuty(input: { memberId: $id, from: "2026-01-01" }) { id } }`, { id: m.duty })).errors).toBeUndefined();
    const t = await db.run(`mutation($id: ID!, $b: ID!) { transferMember(input: { memberId: $id, branchId: $b, on: "2026-03-15" }) { id } }`, { id: m.mover, b: branchB });
    expect(t.errors).toBeUndefined();
  });
  afterAll(() => db.close());

  const aIds = () => Array.from({ length: 10 }, (_, i) => m[`a${i}`]);

  it('takes the roster from membership history: a member who moved mid-month is in the branch where they were that day', async () => {
    const before = await meeting({ organizationId: branchA, kind: 'REGULAR', heldOn: '2026-03-05', startTime: '08:00', endTime: '10:00' });
    const after = await meeting({ organizationId: branchB, kind: 'REGULAR', heldOn: '2026-03-20', startTime: '08:00', endTime: '10:00' });
    const rosterA = (await db.run(ROSTER, { id: before.id })).data!.meeting.roster.map((r: { memberId: string }) => r.memberId);
    const rosterB = (await db.run(ROSTER, { id: after.id })).data!.meeting.roster.map((r: { memberId: string }) => r.memberId);
    expect(rosterA).toContain(m.mover);
    expect(rosterB).toContain(m.mover);
    expect(rosterB).toHaveLength(4);
    const laterA = await meeting({ organizationId: branchA, kind: 'THEMATIC', heldOn: '2026-03-25', thematicTopic: 'Học tập tư tưởng Hồ Chí Minh' });
    expect((await db.run(ROSTER, { id: laterA.id })).data!.meeting.roster.map((r: { memberId: string }) => r.memberId)).not.toContain(m.mover);
    // Recording the mover at branch A after they left is refused and writes nothing.
    await expectRefused(RECORD, { id: laterA.id, entries: present([...aIds(), m.mover]) }, 'BAD_USER_INPUT', 'entries.10.memberId');
  });

  it('lists exempt and special-duty members, records an exempt member who came, and leaves both out of the denominator', async () => {
    const mtg = await meeting({ organizationId: branchA, kind: 'REGULAR', heldOn: '2026-04-03', startTime: '08:00', endTime: '09:45', documentsSentOn: '2026-04-01', stepsDone: ALL_STEps });
    const roster = (await db.run(ROSTER, { id: mtg.id })).data!.meeting.roster as Array<{ memberId: string; exclusion: string | null }>;
    expect(roster.find((r) => r.memberId === m.exempt)?.exclusion).toBe('EXEMPT');
    expect(roster.find((r) => r.memberId === m.duty)?.exclusion).toBe('SPECIAL_DUTY');
    const entries = [
      ...present(aIds().slice(0, 9)), { memberId: m.a9, status: 'EXCUSED', reason: 'Ốm' },
      { memberId: m.exempt, status: 'PRESENT' }, { memberId: m.duty, status: 'UNEXCUSED' },
    ];
    const res = await db.run(RECORD, { id: mtg.id, entries });
    expect(res.errors).toBeUndefined();
    // 10 expected (12 on the roster minus the exempt and the on-duty member); 9 of them present: 90%.
    expect(res.data!.recordAttendance).toMatchObject({ expectedCount: 10, presentCount: 9, excusedCount: 1, unexcusedCount: 0, attendanceRate: 0.9 });
    // 90% reaches 11-ĐA/TU's "at least 90%" and exceeds 42-HD/BTCTW's "more than 85%": no attendance finding.
    expect(res.data!.recordAttendance.findings).toEqual([]);
    const sheet = (await db.run(ROSTER, { id: mtg.id })).data!.meeting.roster as Array<{ memberId: string; status: string }>;
    expect(sheet.find((r) => r.memberId === m.exempt)?.status).toBe('PRESENT');
    // The reason of an absence may concern health: analysts see the status, not the reason.
    const reasons = `query($id: ID!) { meeting(id: $id) { attendance { memberId status reason } roster { memberId reason } } }`;
    const asAdmin = (await db.run(reasons, { id: mtg.id })).data!.meeting;
    expect(asAdmin.attendance.find((a: { memberId: string }) => a.memberId === m.a9)).toMatchObject({ status: 'EXCUSED', reason: 'Ốm' });
    const asAnalyst = (await db.run(reasons, { id: mtg.id }, viewerFor(Role.ANALYST, '/'))).data!.meeting;
    expect(asAnalyst.attendance.find((a: { memberId: string }) => a.memberId === m.a9)).toMatchObject({ status: 'EXCUSED', reason: null });
    expect(asAnalyst.roster.every((r: { reason: string | null }) => r.reason === null)).toBe(true);
  });

  it('judges a combined meeting in 2026 by 42-HD/BTCTW: 100 minutes is short of 120', async () => {
    const mtg = await meeting({ organizationId: branchB, kind: 'COMBINED', heldOn: '2026-01-06', startTime: '08:00', endTime: '09:40', documentsSentOn: '2026-01-04', stepsDone: ALL_STEps, thematicTopic: 'Phòng chống tham nhũng, lãng phí' });
    expect(mtg.judgedBy.map((s: { documentNumber: string }) => s.documentNumber).sort()).toEqual(['11-ĐA/TU', '42-HD/BTCTW']);
    // No sheet saved yet: that is a finding of its own under each rule set with an attendance threshold.
    expect(mtg.findings.filter((f: { code: string }) => f.code === 'NO_ATTENDANCE_RECORDED').map((f: { documentNumber: string }) => f.documentNumber).sort()).toEqual(['11-ĐA/TU', '42-HD/BTCTW']);
    expect(mtg.findings.filter((f: { code: string }) => f.code !== 'NO_ATTENDANCE_RECORDED')).toEqual([expect.objectContaining({ code: 'TOO_SHORT', documentNumber: '42-HD/BTCTW', documentDate: '2025-10-28' })]);
    expect(mtg.findings.find((f: { code: string }) => f.code === 'TOO_SHORT').detail).toContain('120');
  });

  it('judges a 2022 meeting by 11-ĐA/TU (and 12-HD/BTCTW): held after the first week, attendance below 90%, 60 minutes short of 90', async () => {
    const mtg = await meeting({ organizationId: branchA, kind: 'REGULAR', heldOn: '2022-03-10', startTime: '19:30', endTime: '20:30', stepsDone: ALL_STEps });
    expect(mtg.judgedBy.map((s: { documentNumber: string }) => s.documentNumber).sort()).toEqual(['11-ĐA/TU', '12-HD/BTCTW']);
    // In 2022 the mover was still in branch A and nobody was on special duty: 12 expected (the exempt member is not).
    const entries = [...present([...aIds().slice(0, 8), m.duty, m.mover]), { memberId: m.a8, status: 'UNEXCUSED' }, { memberId: m.a9, status: 'EXCUSED', reason: 'Đi công tác' }];
    const res = await db.run(RECORD, { id: mtg.id, entries });
    expect(res.errors).toBeUndefined();
    expect(res.data!.recordAttendance).toMatchObject({ expectedCount: 12, presentCount: 10 });
    const codes = res.data!.recordAttendance.findings.map((f: { code: string; documentNumber: string }) => `${f.code} ${f.documentNumber}`).sort();
    // 10/12 = 83.3%: below 11-ĐA/TU's 90% and 12-HD/BTCTW's 85%; an unexcused absence; late; 60 minutes, where
    // 12-HD/BTCTW asks at least 90.
    expect(codes).toEqual([
      'ATTENDANCE_BELOW_THRESHOLD 11-ĐA/TU', 'ATTENDANCE_BELOW_THRESHOLD 12-HD/BTCTW', 'HELD_AFTER_FIRST_WEEK 11-ĐA/TU', 'TOO_SHORT 12-HD/BTCTW', 'UNEXCUSED_ABSENCE 12-HD/BTCTW',
    ]);
  });

  it('refuses a held date in the future, end before start, a second regular meeting in a month, and writes nothing', async () => {
    await expectRefused(CREATE_MEETING, { input: { organizationId: branchA, kind: 'REGULAR', heldOn: '2099-01-05' } }, 'BAD_USER_INPUT', 'heldOn');
    await expectRefused(CREATE_MEETING, { input: { organizationId: branchA, kind: 'REGULAR', heldOn: '2026-05-04', startTime: '10:00', endTime: '09:00' } }, 'BAD_USER_INPUT', 'endTime');
    await expectRefused(CREATE_MEETING, { input: { organizationId: branchA, kind: 'COMBINED', heldOn: '2026-04-20' } }, 'CONFLICT', 'heldOn');
    await expectRefused(CREATE_MEETING, { input: { organizationId: branchA, kind: 'REGULAR', heldOn: '2026-05-04', online: true } }, 'BAD_USER_INPUT', 'onlineReason');
    await expectRefused(CREATE_MEETING, { input: { organizationId: committee, kind: 'REGULAR', heldOn: '2026-05-04' } }, 'BAD_USER_INPUT', 'organizationId');
    // A thematic meeting in a month that already has its regular one is fine.
    await meeting({ organizationId: branchA, kind: 'THEMATIC', heldOn: '2026-04-20', thematicTopic: 'Xây dựng Đảng' });
  });

  it('refuses attendance for a planned meeting, an excused absence without a reason, a member listed twice, and writes nothing', async () => {
    const planned = await meeting({ organizationId: branchA, kind: 'REGULAR', plannedOn: '2026-12-03' });
    await expectRefused(RECORD, { id: planned.id, entries: present(aIds()) }, 'BAD_USER_INPUT', 'meetingId');
    const held = (await db.run(`{ meetings(filter: { month: "2026-04", kind: [REGULAR] }) { items { id organizationId } } }`)).data!.meetings.items[0];
    await expectRefused(RECORD, { id: held.id, entries: [{ memberId: m.a0, status: 'EXCUSED' }] }, 'BAD_USER_INPUT', 'entries.0.reason');
    await expectRefused(RECORD, { id: held.id, entries: [...present([m.a0]), ...present([m.a0])] }, 'BAD_USER_INPUT', 'entries.1.memberId');
  });

  it('records a resolution with two tasks in one transaction, and shows a task overdue once past its deadline', async () => {
    const mtg = (await db.run(`{ meetings(filter: { month: "2026-04", kind: [REGULAR] }) { items { id } } }`)).data!.meetings.items[0];
    const res = await db.run(
      `mutation($input: CreateResolutionInput!) { createResolution(input: $input) { id tasks { id description deadline status ownerMember { fullName } ownerOrganization { name } } } }`,
      { input: {
        meetingId: mtg.id, kind: 'RESOLUTION', title: 'Nghị quyết tháng 4/2026', content: 'Vận động nhân dân giữ gìn vệ sinh môi trường.',
        tasks: [
          { description: 'Tổ chức tổng vệ sinh khu dân cư', ownerMemberId: m.a0, deadline: '2026-04-30' },
          { description: 'Rà soát hộ nghèo', ownerOrganizationId: branchA, deadline: '2026-12-31' },
        ],
      } },
    );
    expect(res.errors).toBeUndefined();
    const tasks = res.data!.createResolution.tasks;
    expect(tasks).toHaveLength(2);
    expect(tasks[0]).toMatchObject({ ownerMember: { fullName: 'Nguyễn Văn An' }, status: 'OPEN' });
    expect(tasks[1]).toMatchObject({ ownerOrganization: { name: 'Chi bộ Công an phường' } });
    const overdue = await db.run(`query($o: ID!) { resolutionTasks(filter: { organizationId: $o, overdueOn: "2026-05-10" }) { total items { description isOverdue(asOf: "2026-05-10") } } }`, { o: branchA });
    expect(overdue.data!.resolutionTasks).toMatchObject({ total: 1, items: [{ description: 'Tổ chức tổng vệ sinh khu dân cư', isOverdue: true }] });
    // A task with no owner, or both, is refused and neither the resolution nor its other task is written.
    await expectRefused(
      `mutation($input: CreateResolutionInput!) { createResolution(input: $input) { id } }`,
      { input: { meetingId: mtg.id, kind: 'CONCLUSION', title: 'Kết luận', content: 'Nội dung', tasks: [{ description: 'Việc 1', ownerMemberId: m.a1, deadline: '2026-06-01' }, { description: 'Việc 2', deadline: '2026-06-01' }] } },
      'BAD_USER_INPUT', 'tasks.1.ownerMemberId',
    );
    // Marked done, it leaves the overdue list.
    await db.run(`mutation($id: ID!) { updateResolutionTask(id: $id, input: { status: DONE, completedOn: "2026-05-02" }) { id } }`, { id: tasks[0].id });
    const after = await db.run(`query($o: ID!) { resolutionTasks(filter: { organizationId: $o, overdueOn: "2026-05-10" }) { total } }`, { o: branchA });
    expect(after.data!.resolutionTasks.total).toBe(0);
  });

  it('alerts: branches without a regular meeting by day 7, unexcused absences in 3 months, excused absences in a row', async () => {
    const alerts = async (asOf: string) => (await db.run(`query($o: ID!, $d: Date) {
      meetingAlerts(organizationId: $o, asOf: $d) { regularDueDay regularOverdue branchesWithoutRegularMeeting { id } unexcusedMonths { memberId count documentNumber limit } excusedRuns { memberId count limit } }
    }`, { o: committee, d: asOf })).data!.meetingAlerts;
    const june = await alerts('2026-06-08');
    expect(june).toMatchObject({ regularDueDay: 7, regularOverdue: true });
    expect(june.branchesWithoutRegularMeeting.map((b: { id: string }) => b.id).sort()).toEqual([branchA, branchB].sort());
    const held = await meeting({ organizationId: branchB, kind: 'REGULAR', heldOn: '2026-06-05', startTime: '08:00', endTime: '09:30' });
    expect(held.heldOn).toBe('2026-06-05');
    expect((await alerts('2026-06-08')).branchesWithoutRegularMeeting.map((b: { id: string }) => b.id)).toEqual([branchA]);

    // Member b0 misses July, August and September without a reason; b1 is excused four times in a row.
    for (const month of ['07', '08', '09', '10']) {
      const mtg = await meeting({ organizationId: branchB, kind: 'REGULAR', heldOn: `2026-${month}-04` });
      const entries = [
        { memberId: m.b0, status: month === '10' ? 'PRESENT' : 'UNEXCUSED' }, { memberId: m.b1, status: 'EXCUSED', reason: 'Ốm dài ngày' },
        { memberId: m.b2, status: 'PRESENT' }, { memberId: m.mover, status: 'PRESENT' },
      ];
      expect((await db.run(RECORD, { id: mtg.id, entries })).errors).toBeUndefined();
    }
    const october = await alerts('2026-10-20');
    expect(october.unexcusedMonths).toEqual([{ memberId: m.b0, count: 3, documentNumber: '24-QĐ/TW', limit: 3 }]);
    expect(october.excusedRuns).toEqual([{ memberId: m.b1, count: 4, limit: 3 }]);
    const september = await alerts('2026-09-20');
    expect(september.excusedRuns).toEqual([]);
  });

  it('lists working members without a task for the year, and drops them once assigned', async () => {
    const q = `query($o: ID!) { membersWithoutTask(filter: { organizationId: $o, year: 2026, asOf: "2026-06-01" }, limit: 100) { total items { id } } }`;
    const before = (await db.run(q, { o: branchB })).data!.membersWithoutTask;
    expect(before.total).toBe(4);
    const res = await db.run(`mutation($m: ID!, $b: ID!) { createMemberTask(input: { memberId: $m, branchId: $b, year: 2026, description: 'Phụ trách tuyên truyền', assignedOn: "2026-03-20" }) { id } }`.replace(/'/g, '"'), { m: m.mover, b: branchB });
    expect(res.errors).toBeUndefined();
    const after = (await db.run(q, { o: branchB })).data!.membersWithoutTask;
    expect(after.total).toBe(3);
    expect(after.items.map((i: { id: string }) => i.id)).not.toContain(m.mover);
    // Assigning a task in a branch the member was not in that day is refused.
    await expectRefused(`mutation($m: ID!, $b: ID!) { createMemberTask(input: { memberId: $m, branchId: $b, year: 2026, description: "X", assignedOn: "2026-01-10" }) { id } }`, { m: m.mover, b: branchB }, 'BAD_USER_INPUT', 'assignedOn');
  });

  it('assigns a branch’s tasks for the year in one transaction, all or none, naming the line at fault', async () => {
    const q = `query($o: ID!) { membersWithoutTask(filter: { organizationId: $o, year: 2026, asOf: "2026-01-20" }, limit: 100) { total items { id } } }`;
    const before = (await db.run(q, { o: branchA })).data!.membersWithoutTask;
    // Ten members plus the one on special duty (still a working member); the exempt member is not counted, and the mover
    // already holds a 2026 task from branch B.
    expect(before.total).toBe(11);
    const assign = `mutation($input: AssignMemberTasksInput!) { assignMemberTasks(input: $input) { id member { fullName } } }`;
    const lines = aIds().map((memberId) => ({ memberId, description: 'Phụ trách tuyên truyền tại cụm dân cư' }));
    // b0 was never in branch A: the whole sheet is refused, nothing is written.
    await expectRefused(assign, { input: { branchId: branchA, year: 2026, assignedOn: '2026-01-15', tasks: [...lines, { memberId: m.b0, description: 'X' }] } }, 'BAD_USER_INPUT', 'tasks.10.memberId');
    const res = await db.run(assign, { input: { branchId: branchA, year: 2026, assignedOn: '2026-01-15', tasks: lines } });
    expect(res.errors).toBeUndefined();
    expect(res.data!.assignMemberTasks).toHaveLength(10);
    expect((await db.run(q, { o: branchA })).data!.membersWithoutTask.items).toEqual([{ id: m.duty }]);
  });

  it('lets a branch secretary record their own branch’s meetings only, and only administrators edit rule sets', async () => {
    const secretaryA = viewerFor(Role.BRANCH_SECRETARY, `/${committee}/${branchA}/`, branchA);
    const own = await db.run(CREATE_MEETING, { input: { organizationId: branchA, kind: 'REGULAR', heldOn: '2026-07-02' } }, secretaryA);
    expect(own.errors).toBeUndefined();
    const other = await db.run(CREATE_MEETING, { input: { organizationId: branchB, kind: 'REGULAR', heldOn: '2026-11-02' } }, secretaryA);
    const missing = await db.run(CREATE_MEETING, { input: { organizationId: '999999999999', kind: 'REGULAR', heldOn: '2026-11-02' } }, secretaryA);
    // Another branch answers exactly as an id that does not exist: no oracle of which ids exist.
    expect(other.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'organizationId' });
    expect(other.errors).toEqual(missing.errors);
    const list = await db.run(`{ meetings(limit: 100) { items { branchId } } }`, {}, secretaryA);
    expect(new Set(list.data!.meetings.items.map((i: { branchId: string }) => i.branchId))).toEqual(new Set([branchA]));
    const sets = (await db.run(`{ meetingRuleSets { items { id documentNumber version } } }`)).data!.meetingRuleSets.items;
    const hanoi = sets.find((s: { documentNumber: string }) => s.documentNumber === '11-ĐA/TU');
    const refused = await db.run(`mutation($id: ID!) { updateMeetingRuleSet(id: $id, input: { minAttendanceShare: 0.5 }) { id } }`, { id: hanoi.id }, secretaryA);
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('holds a party group meeting with the group’s members only, and keeps guests by name', async () => {
    const wardId = (await db.run(`query($id: ID!) { organization(id: $id) { wardId } }`, { id: branchA })).data!.organization.wardId;
    const group = (await db.run(CREATE_ORG, { input: { wardId, parentId: branchA, kind: 'PARTY_GROUP', code: 'T1', name: 'Tổ đảng số 1', foundedOn: '2020-01-01' } })).data!.createOrganization.id;
    const res = await db.run(CREATE_MEMBER, {
      input: { fullName: 'Khổng Thị Tổ', status: 'OFFICIAL', admittedOn: '2000-01-01', officialOn: '2001-01-01', birthDate: '1970-03-03', membership: { branchId: branchA, partyGroupId: group, from: '2024-01-01' } },
    });
    const groupMember = res.data!.createMember.id;
    const mtg = await meeting({
      organizationId: group, kind: 'REGULAR', heldOn: '2026-08-03', startTime: '19:30', endTime: '21:00',
      guests: [{ memberId: m.b2, role: 'COMMITTEE_MEMBER' }, { name: 'Nguyễn Khách Mời', role: 'OTHER' }],
    });
    const detail = (await db.run(`query($id: ID!) { meeting(id: $id) { organization { name } branch { name } guests { name role memberId } roster { memberId } } }`, { id: mtg.id })).data!.meeting;
    expect(detail.organization.name).toBe('Tổ đảng số 1');
    expect(detail.branch.name).toBe('Chi bộ Công an phường');
    expect(detail.roster.map((r: { memberId: string }) => r.memberId)).toEqual([groupMember]);
    expect(detail.guests).toEqual([
      { name: 'Quách Văn Uy', role: 'COMMITTEE_MEMBER', memberId: m.b2 }, { name: 'Nguyễn Khách Mời', role: 'OTHER', memberId: null },
    ]);
    // The group's regular meeting does not stand in for the branch's own: the branch still has August to hold.
    await meeting({ organizationId: branchA, kind: 'REGULAR', heldOn: '2026-08-04' });
  });

  it('lets exactly one of ten simultaneous requests record a branch’s regular meeting for a month', async () => {
    const input = { organizationId: branchB, kind: 'REGULAR', heldOn: '2026-02-03' };
    const results = await Promise.all(Array.from({ length: 10 }, () => db.run(CREATE_MEETING, { input })));
    expect(results.filter((r) => !r.errors)).toHaveLength(1);
    for (const r of results.filter((x) => x.errors)) expect(r.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'heldOn' });
    const stored = await db.run(`query($b: ID!) { meetings(filter: { organizationId: $b, month: "2026-02" }) { total } }`, { b: branchB });
    expect(stored.data!.meetings.total).toBe(1);
  });

  it('refuses moving a held meeting to a day when a recorded attendee was not in the branch', async () => {
    const mtg = await meeting({ organizationId: branchB, kind: 'THEMATIC', heldOn: '2026-03-25', thematicTopic: 'Xây dựng Đảng' });
    expect((await db.run(RECORD, { id: mtg.id, entries: present([m.b0, m.b1, m.b2, m.mover]) })).errors).toBeUndefined();
    await expectRefused(`mutation($id: ID!) { updateMeeting(id: $id, input: { heldOn: "2026-03-10" }) { id } }`, { id: mtg.id }, 'BAD_USER_INPUT', 'heldOn');
  });

  it('judges held meetings again when an administrator changes a rule set', async () => {
    const sets = (await db.run(`{ meetingRuleSets { items { id documentNumber version } } }`)).data!.meetingRuleSets.items;
    const hanoi = sets.find((s: { documentNumber: string }) => s.documentNumber === '11-ĐA/TU');
    const q = `{ meetings(filter: { heldOn: { from: "2022-03-01", to: "2022-03-31" } }) { items { findings { code documentNumber } } } }`;
    const late = (f: { code: string; documentNumber: string }) => f.code === 'HELD_AFTER_FIRST_WEEK';
    expect((await db.run(q)).data!.meetings.items[0].findings.some(late)).toBe(true);
    const res = await db.run(`mutation($id: ID!, $v: Int) { updateMeetingRuleSet(id: $id, input: { version: $v, regularByDay: 15 }) { regularByDay } }`, { id: hanoi.id, v: hanoi.version });
    expect(res.errors).toBeUndefined();
    expect((await db.run(q)).data!.meetings.items[0].findings.some(late)).toBe(false);
    await expectRefused(`mutation($id: ID!) { updateMeetingRuleSet(id: $id, input: { minAttendanceShare: 1.5 }) { id } }`, { id: hanoi.id }, 'BAD_USER_INPUT', 'minAttendanceShare');
  });
});
