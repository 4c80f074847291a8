import { Role } from '@chibo/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATABASES, openTestDb, type TestDb, viewerFor } from './harness';

const CREATE_ORG = `mutation($input: CreateOrganizationInput!) { createOrganization(input: $input) { id } }`;
const CREATE_MEMBER = `mutation($input: CreateMemberInput!) { createMember(input: $input) { id } }`;
const STEPS = ['GUESTS_INTRODUCED', 'ATTENDANCE_REPORTED', 'AGENDA_ADOPTED', 'MINUTE_TAKER_NAMED', 'LAST_RESOLUTION_REVIEWED', 'NEXT_TASKS_DISCUSSED', 'RESOLUTION_VOTED', 'MINUTES_ADOPTED'];
const BRANCH_RATINGS = `query($o: ID!, $y: Int!) { branchRatings(organizationId: $o, year: $y) {
  year asOf document { documentNumber scale maxPoints meetingPartMax enteredPointsMax bands { level min } }
  rows { branchId meetingPoints proposedLevel total levelByPoints level pending rating { id points level note version }
    criteria { code numerator denominator value points met } }
} }`;
const MEMBER_RATINGS = `query($b: ID!, $y: Int!) { memberRatings(branchId: $b, year: $y) {
  removalMonths removalDocument document { documentNumber }
  rows { memberId member { fullName } exempt unexcusedMonths removalGrounds meetingPoints total levelByPoints level pending
    criteria { code numerator denominator value points met reason } }
} }`;
const SET = `mutation($input: SetAnnualRatingInput!) { setAnnualRating(input: $input) { id subject year branchId memberId points level note decidedOn version } }`;

/**
 * A small ward rated for 2025 (366-QĐ/TW, 100 points, the ward's 30-point meeting part), worked by hand.
 * Branch A (4 members) holds its regular meeting every month, with every step and 120 minutes, combined with the
 * thematic one in Mar, Jun, Sep and Dec. M1 attends all; M2 misses Feb–Apr without a reason (3 months: grounds for
 * removal); M3 is exempt all year; M4 is excused Jun–Sep (4 in a row) and has no task. M1 and M2 hold tasks.
 * Branch B (3 members, all tasked) holds no meeting in July and August, never a thematic one, and records no steps.
 */
describe.each(DATABASES)('annual ratings on %s', (kind) => {
  let db: TestDb;
  let committee: string;
  const branch: Record<string, string> = {};
  const m: Record<string, string> = {};

  async function ok(query: string, variables: Record<string, unknown>, as?: Parameters<TestDb['run']>[2]) {
    const res = await db.run(query, variables, as);
    expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
    return res.data as Record<string, any>;
  }

  beforeAll(async () => {
    db = await openTestDb(kind);
    const wardId = (await ok(`mutation { createWard(input: { code: "XL", name: "Phường Xếp Loại", foundedOn: "2020-01-01" }) { id } }`, {})).createWard.id;
    committee = (await ok(CREATE_ORG, { input: { wardId, kind: 'WARD_COMMITTEE', code: 'DU', name: 'Đảng ủy phường Xếp Loại', foundedOn: '2020-01-01' } })).createOrganization.id;
    for (const [key, names] of [['A', ['M1', 'M2', 'M3', 'M4']], ['B', ['N1', 'N2', 'N3']]] as const) {
      branch[key] = (await ok(CREATE_ORG, { input: { wardId, parentId: committee, kind: 'BRANCH', branchKind: 'RESIDENTIAL', code: key, name: `Chi bộ ${key}`, foundedOn: '2020-01-01' } })).createOrganization.id;
      for (const name of names) {
        m[name] = (await ok(CREATE_MEMBER, { input: { fullName: `Đảng Viên ${name}`, status: 'OFFICIAL', admittedOn: '2000-01-01', officialOn: '2001-01-01', membership: { branchId: branch[key], from: '2020-01-01' } } })).createMember.id;
      }
    }
    await ok(`mutation($m: ID!) { createExemption(input: { memberId: $m, from: "2024-01-01", reason: "Tuổi cao" }) { id } }`, { m: m.M3 });
    for (const name of ['M1', 'M2', 'N1', 'N2', 'N3']) {
      const b = name.startsWith('M') ? branch.A : branch.B;
      await ok(`mutation($m: ID!, $b: ID!) { createMemberTask(input: { memberId: $m, branchId: $b, year: 2025, description: "Phụ trách tổ dân phố", assignedOn: "2025-01-10" }) { id } }`, { m: m[name], b });
    }
    for (let month = 1; month <= 12; month++) {
      const mm = String(month).padStart(2, '0');
      const combined = month % 3 === 0;
      const a = (await ok(`mutation($input: CreateMeetingInput!) { createMeeting(input: $input) { id } }`, {
        input: { organizationId: branch.A, kind: combined ? 'COMBINED' : 'REGULAR', heldOn: `2025-${mm}-05`, startTime: '19:00', endTime: '21:00', stepsDone: STEPS, ...(combined ? { thematicTopic: 'Học tập và làm theo tư tưởng Hồ Chí Minh' } : {}) },
      })).createMeeting.id;
      const entries = [
        { memberId: m.M1, status: 'PRESENT' },
        month >= 2 && month <= 4 ? { memberId: m.M2, status: 'UNEXCUSED' } : { memberId: m.M2, status: 'PRESENT' },
        { memberId: m.M3, status: 'EXCUSED', reason: 'Miễn sinh hoạt' },
        month >= 6 && month <= 9 ? { memberId: m.M4, status: 'EXCUSED', reason: 'Công tác xa' } : { memberId: m.M4, status: 'PRESENT' },
      ];
      await ok(`mutation($id: ID!, $entries: [AttendanceEntryInput!]!) { recordAttendance(meetingId: $id, entries: $entries) { id } }`, { id: a, entries });
      if (month === 7 || month === 8) continue;
      const b = (await ok(`mutation($input: CreateMeetingInput!) { createMeeting(input: $input) { id } }`, { input: { organizationId: branch.B, kind: 'REGULAR', heldOn: `2025-${mm}-06`, startTime: '19:00', endTime: '21:00' } })).createMeeting.id;
      await ok(`mutation($id: ID!, $entries: [AttendanceEntryInput!]!) { recordAttendance(meetingId: $id, entries: $entries) { id } }`, { id: b, entries: ['N1', 'N2', 'N3'].map((n) => ({ memberId: m[n], status: 'PRESENT' })) });
    }
  });
  afterAll(() => db?.close());

  it('computes each branch’s meeting part from the year’s figures as worked by hand, pending until the committee enters its part', async () => {
    const res = (await ok(BRANCH_RATINGS, { o: committee, y: 2025 })).branchRatings;
    expect(res.asOf).toBe('2025-12-31');
    expect(res.document).toEqual({ documentNumber: '366-QĐ/TW', scale: 'POINTS', maxPoints: 100, meetingPartMax: 30, enteredPointsMax: 70, bands: [{ level: 'OUTSTANDING', min: 90 }, { level: 'GOOD', min: 70 }, { level: 'COMPLETED', min: 50 }] });
    const [a, b] = res.rows;
    expect([a.branchId, b.branchId]).toEqual([branch.A, branch.B]);
    // A: 12/12 → 10; 4/4 → 5; 29 present of 36 expected (M3 exempt left out) = 80.6% of 90% → 4.48; M1, M2 tasked of
    // the 3 working members not exempt → 3.33; 12/12 meetings with every step and 120 minutes → 5. Total 27.81.
    expect(a.criteria.map((c: any) => [c.code, c.numerator, c.denominator, c.points])).toEqual([
      ['REGULAR_HELD', 12, 12, 10], ['THEMATIC_HELD', 4, 4, 5], ['ATTENDANCE', 29, 36, 4.48], ['MEMBERS_TASKED', 2, 3, 3.33], ['CONTENT_COMPLETE', 12, 12, 5],
    ]);
    expect(a).toMatchObject({ meetingPoints: 27.81, total: null, level: null, pending: true, rating: null });
    // B: 10/12 → 8.33; 0/4 → 0; 30/30 → 5; 3/3 → 5; no steps recorded: 0/10 → 0. Total 18.33.
    expect(b.criteria.map((c: any) => [c.code, c.numerator, c.denominator, c.points])).toEqual([
      ['REGULAR_HELD', 10, 12, 8.33], ['THEMATIC_HELD', 0, 4, 0], ['ATTENDANCE', 30, 30, 5], ['MEMBERS_TASKED', 3, 3, 5], ['CONTENT_COMPLETE', 0, 10, 0],
    ]);
    expect(b.meetingPoints).toBe(18.33);
  });

  it('computes each member’s part: unexcused months are grounds for removal, the exempt member has no meeting criteria, the one without a task loses it', async () => {
    const res = (await ok(MEMBER_RATINGS, { b: branch.A, y: 2025 })).memberRatings;
    expect(res).toMatchObject({ removalMonths: 3, removalDocument: '24-QĐ/TW', document: { documentNumber: '366-QĐ/TW' } });
    const by = Object.fromEntries(res.rows.map((r: any) => [r.memberId, r]));
    expect(res.rows).toHaveLength(4);
    const points = (id: string) => by[id].criteria.map((c: any) => [c.code, c.value, c.points]);
    expect(points(m.M1)).toEqual([['MEMBER_ATTENDANCE', 1, 15], ['UNEXCUSED_ABSENCES', 0, 5], ['EXCUSED_RUN', 0, 5], ['HAS_TASK', 1, 5]]);
    expect(by[m.M1].meetingPoints).toBe(30);
    // M2: 9/12 = 75% of 90% → 12.5; three unexcused → 0; task → 5; run 0 → 5 = 22.5, and three months missed without reason.
    expect(points(m.M2)).toEqual([['MEMBER_ATTENDANCE', 0.75, 12.5], ['UNEXCUSED_ABSENCES', 3, 0], ['EXCUSED_RUN', 0, 5], ['HAS_TASK', 1, 5]]);
    expect(by[m.M2]).toMatchObject({ meetingPoints: 22.5, unexcusedMonths: 3, removalGrounds: true });
    expect(by[m.M3]).toMatchObject({ exempt: true, meetingPoints: null, removalGrounds: false });
    expect(by[m.M3].criteria.every((c: any) => c.met === null && c.reason.startsWith('Không áp dụng'))).toBe(true);
    // M4: 8/12 → 15×0.6667/0.9 = 11.11; four excused in a row > 3 → 0; no task → 0 = 16.11.
    expect(points(m.M4)).toEqual([['MEMBER_ATTENDANCE', 0.6667, 11.11], ['UNEXCUSED_ABSENCES', 0, 5], ['EXCUSED_RUN', 4, 0], ['HAS_TASK', 0, 0]]);
    expect(by[m.M4].meetingPoints).toBe(16.11);
  });

  it('adds the committee’s part to give the total and level, upserting by subject and year, and caps a member with grounds for removal', async () => {
    const set = (await ok(SET, { input: { year: 2025, branchId: branch.A, points: 60, note: '  Chi bộ hoàn thành tốt  ', decidedOn: '2025-12-20' } })).setAnnualRating;
    expect(set).toMatchObject({ subject: 'BRANCH', year: 2025, branchId: branch.A, memberId: null, points: 60, level: null, note: 'Chi bộ hoàn thành tốt', decidedOn: '2025-12-20' });
    let a = (await ok(BRANCH_RATINGS, { o: committee, y: 2025 })).branchRatings.rows[0];
    expect(a).toMatchObject({ total: 87.81, levelByPoints: 'GOOD', level: 'GOOD', pending: false });
    const again = (await ok(SET, { input: { year: 2025, branchId: branch.A, points: 62.19, version: set.version } })).setAnnualRating;
    expect(again).toMatchObject({ id: set.id, points: 62.19, note: 'Chi bộ hoàn thành tốt' });
    a = (await ok(BRANCH_RATINGS, { o: committee, y: 2025 })).branchRatings.rows[0];
    expect(a).toMatchObject({ total: 90, level: 'OUTSTANDING' });
    // A level below the total's, for conditions of the document not met.
    await ok(SET, { input: { year: 2025, branchId: branch.A, level: 'GOOD' } });
    expect((await ok(BRANCH_RATINGS, { o: committee, y: 2025 })).branchRatings.rows[0]).toMatchObject({ total: 90, levelByPoints: 'OUTSTANDING', level: 'GOOD' });
    // A stale version is refused.
    expect((await db.run(SET, { input: { year: 2025, branchId: branch.A, points: 50, version: set.version } })).errors?.[0]?.extensions?.code).toBe('CONFLICT');
    // Two people entering the first rating at once: the second, expecting none (version 0), is refused too.
    expect((await db.run(SET, { input: { year: 2025, branchId: branch.A, points: 50, version: 0 } })).errors?.[0]?.extensions?.code).toBe('CONFLICT');

    await ok(SET, { input: { year: 2025, branchId: branch.A, memberId: m.M2, points: 65 } });
    await ok(SET, { input: { year: 2025, branchId: branch.A, memberId: m.M3, points: 63 } });
    const rows = (await ok(MEMBER_RATINGS, { b: branch.A, y: 2025 })).memberRatings.rows;
    const by = Object.fromEntries(rows.map((r: any) => [r.memberId, r]));
    expect(by[m.M2]).toMatchObject({ total: 87.5, levelByPoints: 'GOOD', level: 'NOT_COMPLETED' });
    // Exempt all year: 63 of the committee's 70 scaled to 100 → 90.
    expect(by[m.M3]).toMatchObject({ total: 90, level: 'OUTSTANDING' });
    expect(by[m.M1]).toMatchObject({ pending: true, level: null });
  });

  it('refuses bad entries naming the field, under the rule set of the year', async () => {
    const bad = async (input: Record<string, unknown>, field: string) => {
      const res = await db.run(SET, { input: { year: 2025, branchId: branch.B, ...input } });
      expect(res.errors?.[0]?.extensions, JSON.stringify(res.errors)).toMatchObject({ code: 'BAD_USER_INPUT', field });
    };
    await bad({ points: 70.5 }, 'points');
    await bad({ points: -1 }, 'points');
    await bad({ points: 40, level: 'OUTSTANDING' }, 'level');
    await bad({ points: 40, note: 'x'.repeat(2001) }, 'note');
    await bad({ points: 40, decidedOn: '2099-01-01' }, 'decidedOn');
    await bad({ year: 2099, points: 40 }, 'year');
    await bad({ memberId: m.M1, points: 40 }, 'memberId');
    // 2024 is rated under 124-QĐ/TW: four levels, no points.
    await bad({ year: 2024, points: 40 }, 'points');
    const levels = (await ok(SET, { input: { year: 2024, branchId: branch.B, level: 'COMPLETED' } })).setAnnualRating;
    expect(levels).toMatchObject({ year: 2024, level: 'COMPLETED', points: null });
    const res = (await ok(BRANCH_RATINGS, { o: committee, y: 2024 })).branchRatings;
    expect(res.document).toMatchObject({ documentNumber: '124-QĐ/TW', scale: 'LEVELS', enteredPointsMax: null });
    // No meeting in 2024: the criteria that apply (tasks: none held for 2024) are unmet and propose "not completed".
    expect(res.rows.find((r: any) => r.branchId === branch.B)).toMatchObject({ meetingPoints: null, proposedLevel: 'NOT_COMPLETED', level: 'COMPLETED', total: null });
  });

  it('lets the secretary rate members but not the branch, hides other branches and members’ ratings from analysts', async () => {
    const secretary = viewerFor(Role.BRANCH_SECRETARY, `/${committee}/${branch.A}/`, branch.A);
    const analyst = viewerFor(Role.ANALYST, `/${committee}/`, committee);
    const refused = await db.run(SET, { input: { year: 2025, branchId: branch.A, points: 50 } }, secretary);
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await ok(SET, { input: { year: 2025, branchId: branch.A, memberId: m.M1, points: 70 } }, secretary)).setAnnualRating).toMatchObject({ memberId: m.M1, points: 70 });
    const outside = await db.run(SET, { input: { year: 2025, branchId: branch.B, memberId: m.N1, points: 50 } }, secretary);
    expect(outside.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'branchId' });
    expect((await ok(MEMBER_RATINGS, { b: branch.B, y: 2025 }, secretary)).memberRatings).toBeNull();
    expect((await ok(BRANCH_RATINGS, { o: committee, y: 2025 }, secretary)).branchRatings).toBeNull();
    expect((await ok(BRANCH_RATINGS, { o: branch.A, y: 2025 }, secretary)).branchRatings.rows).toHaveLength(1);
    expect((await db.run(MEMBER_RATINGS, { b: branch.A, y: 2025 }, analyst)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await ok(BRANCH_RATINGS, { o: committee, y: 2025 }, analyst)).branchRatings.rows).toHaveLength(2);
    expect((await db.run(SET, { input: { year: 2025, branchId: branch.A, points: 50 } }, analyst)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('computes the ratings of a ward in a handful of grouped statements, whatever the number of rows', async () => {
    const { statements } = await db.countStatements(() => db.run(BRANCH_RATINGS, { o: committee, y: 2025 }));
    const members = await db.countStatements(() => db.run(MEMBER_RATINGS, { b: branch.A, y: 2025 }));
    expect(statements.length).toBeLessThanOrEqual(9);
    expect(members.statements.length).toBeLessThanOrEqual(9);
  });
});
