import { Role } from '@chibo/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATABASES, openTestDb, type TestDb, viewerFor } from './harness';

const CREATE_ORG = `mutation($input: CreateOrganizationInput!) { createOrganization(input: $input) { id } }`;
const CREATE_MEMBER = `mutation($input: CreateMemberInput!) { createMember(input: $input) { id memberships { id } } }`;
const FIGURE = 'code numerator denominator rate target met documents';
const INDICATORS = `query($s: ID, $p: PeriodInput!, $g: [IndicatorGroup!], $asOf: Date) { indicators(scopeId: $s, period: $p, groupBy: $g, asOf: $asOf) {
  scopeId from to asOf totals { ${FIGURE} } groups { organizationId branchId branchKind month quarter figures { ${FIGURE} } }
} }`;
const ROWS = `query($s: ID, $p: PeriodInput!, $c: IndicatorCode!, $counted: Boolean, $o: ID, $month: String, $limit: Int, $asOf: Date) {
  indicatorRows(scopeId: $s, period: $p, code: $c, counted: $counted, organizationId: $o, month: $month, limit: $limit, asOf: $asOf) {
    total items { branchId month quarter meetingId memberId taskId counted numerator denominator member { fullName } }
} }`;
const ALL_STEPS = ['GUESTS_INTRODUCED', 'ATTENDANCE_REPORTED', 'AGENDA_ADOPTED', 'MINUTE_TAKER_NAMED', 'LAST_RESOLUTION_REVIEWED', 'NEXT_TASKS_DISCUSSED', 'RESOLUTION_VOTED', 'MINUTES_ADOPTED'];
const Q1 = { quarter: '2026-Q1' };
const AS_OF = '2026-04-15';

type Figure = { code: string; numerator: number; denominator: number; rate: number | null; target: number | null; met: boolean | null; documents: string[] };
const byCode = (figures: Figure[]) => Object.fromEntries(figures.map((f) => [f.code, f]));
const pair = (f: Figure | undefined) => (f ? [f.numerator, f.denominator] : undefined);

/** What each database answered, to compare them at the end. */
const answers: Record<string, unknown[]> = {};

/**
 * A small ward worked by hand (first quarter of 2026, under 42-HD/BTCTW and 11-ĐA/TU: 90% attendance, 90 minutes, 120
 * combined, documents a day ahead, every step).
 * - P (residential) exists throughout: P0–P4; P5 exempt since 01/12/2025 (attends anyway); P7 retired on 01/06/2025
 *   (still expected at meetings, not "working" for figure 4); T transfers from R to P on 10/02/2026, holding a 2026
 *   task given by R.
 * - Q (school) is founded on 15/02/2026: Q0, Q1.
 * - R (the ward police branch) is dissolved on 10/03/2026: R0–R2, R3 on special duty 01/01–01/04/2026, and T until 10/02.
 * Meetings: P 05/01 (P0 excused: 5 of 6 = 83%; all steps, documents on 03/01), R 12/01 (4 of 4, after day 7, no steps,
 * no documents), P 03/02 (6 of 6), R none in February or March, P combined 04/03 (7 of 7, 120 minutes), Q 06/03
 * (2 of 2, 60 minutes: too short). Tasks 2026: P0, P1, P2, P5, P7 (from P), T (from R), Q0. Resolution of P's January
 * meeting: a task due 31/01 done 30/01, one due 28/02 done 02/03. Pilot: P for regular meetings in 2026. Committee
 * member P1 in charge of P attends P's February meeting; standing member P2 attends Q's March meeting.
 * Other rule sets: P 03/06/2021 (12-HD/BTCTW alone: more than 85%; 6 of 7 = 85.7% reaches it), P 04/09/2025
 * (12-HD/BTCTW and 11-ĐA/TU: at least 90%; 6 of 7 does not).
 */
describe.each(DATABASES)('indicators on %s', (kind) => {
  let db: TestDb;
  let committee: string;
  const branch: Record<string, string> = {};
  const m: Record<string, string> = {};
  const got: unknown[] = [];
  answers[kind] = got;

  async function ok(query: string, variables: Record<string, unknown>, viewer?: Parameters<TestDb['run']>[2]) {
    const res = await db.run(query, variables, viewer);
    expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
    return res.data as Record<string, any>;
  }
  async function member(key: string, branchKey: string, from = '2020-01-01') {
    const created = (await ok(CREATE_MEMBER, { input: { fullName: `Đảng Viên ${key}`, status: 'OFFICIAL', admittedOn: '2000-01-01', officialOn: '2001-01-01', membership: { branchId: branch[branchKey], from } } })).createMember;
    m[key] = created.id;
    return created.memberships[0].id as string;
  }
  async function meeting(key: string, kindOf: string, heldOn: string, sheet: Record<string, string>, extra: Record<string, unknown> = {}) {
    const id = (await ok(`mutation($input: CreateMeetingInput!) { createMeeting(input: $input) { id } }`, {
      input: { organizationId: branch[key], kind: kindOf, heldOn, startTime: '19:30', endTime: '21:30', ...(kindOf === 'COMBINED' ? { thematicTopic: 'Học tập và làm theo tư tưởng Hồ Chí Minh' } : {}), ...extra },
    })).createMeeting.id as string;
    const entries = Object.entries(sheet).map(([k, status]) => (status === 'EXCUSED' ? { memberId: m[k], status, reason: 'Ốm' } : { memberId: m[k], status }));
    await ok(`mutation($id: ID!, $entries: [AttendanceEntryInput!]!) { recordAttendance(meetingId: $id, entries: $entries) { id } }`, { id, entries });
    return id;
  }
  const present = (...keys: string[]) => Object.fromEntries(keys.map((k) => [k, 'PRESENT']));
  async function task(key: string, branchKey: string, assignedOn = '2026-01-10') {
    await ok(`mutation($m: ID!, $b: ID!, $on: Date!) { createMemberTask(input: { memberId: $m, branchId: $b, year: 2026, description: "Phụ trách tuyên truyền", assignedOn: $on }) { id } }`, { m: m[key], b: branch[branchKey], on: assignedOn });
  }
  const indicators = async (variables: Record<string, unknown>) => {
    const res = (await ok(INDICATORS, { asOf: AS_OF, ...variables })).indicators;
    got.push(res);
    return res;
  };
  const rows = async (variables: Record<string, unknown>) => {
    const res = (await ok(ROWS, { asOf: AS_OF, p: Q1, s: committee, ...variables })).indicatorRows;
    got.push(res);
    return res;
  };

  beforeAll(async () => {
    db = await openTestDb(kind);
    const wardId = (await ok(`mutation { createWard(input: { code: "CT", name: "Phường Chỉ Tiêu", foundedOn: "2020-01-01" }) { id } }`, {})).createWard.id;
    committee = (await ok(CREATE_ORG, { input: { wardId, kind: 'WARD_COMMITTEE', code: 'DU', name: 'Đảng ủy phường Chỉ Tiêu', foundedOn: '2020-01-01' } })).createOrganization.id;
    for (const [key, branchKind, foundedOn] of [['P', 'RESIDENTIAL', '2020-01-01'], ['Q', 'SCHOOL', '2026-02-15'], ['R', 'ARMED_FORCES', '2020-01-01']] as const) {
      branch[key] = (await ok(CREATE_ORG, { input: { wardId, parentId: committee, kind: 'BRANCH', branchKind, code: key, name: `Chi bộ ${key}`, foundedOn } })).createOrganization.id;
    }
    for (const i of [0, 1, 2, 3, 4, 5, 7]) await member(`P${i}`, 'P');
    for (let i = 0; i < 2; i++) await member(`Q${i}`, 'Q', '2026-02-15');
    const rMemberships = [];
    for (let i = 0; i < 4; i++) rMemberships.push(await member(`R${i}`, 'R'));
    await member('T', 'R');
    await ok(`mutation($m: ID!) { createExemption(input: { memberId: $m, from: "2025-12-01", reason: "Tuổi cao" }) { id } }`, { m: m.P5 });
    await ok(`mutation($m: ID!) { createSpecialDuty(input: { memberId: $m, from: "2026-01-01", to: "2026-04-01" }) { id } }`, { m: m.R3 });
    await ok(`mutation($id: ID!) { updateMember(id: $id, input: { workStatus: RETIRED, retiredOn: "2025-06-01" }) { id } }`, { id: m.P7 });
    await ok(`mutation($id: ID!) { createPosition(input: { memberId: $id, organizationId: "${committee}", role: WARD_COMMITTEE_MEMBER, from: "2025-01-01" }) { id } }`, { id: m.P1 });
    await ok(`mutation($id: ID!) { createPosition(input: { memberId: $id, organizationId: "${committee}", role: WARD_STANDING_COMMITTEE_MEMBER, from: "2025-01-01" }) { id } }`, { id: m.P2 });
    await ok(`mutation($m: ID!, $b: ID!) { createSupervisorAssignment(input: { memberId: $m, branchId: $b, kind: IN_CHARGE, from: "2026-01-01" }) { id } }`, { m: m.P1, b: branch.P });
    // Meetings under the older rule sets.
    await meeting('P', 'REGULAR', '2021-06-03', { ...present('P1', 'P2', 'P3', 'P4', 'P5', 'P7'), P0: 'EXCUSED' }, { stepsDone: ALL_STEPS });
    await meeting('P', 'REGULAR', '2025-09-04', { ...present('P1', 'P2', 'P3', 'P4', 'P5', 'P7'), P0: 'EXCUSED' }, { stepsDone: ALL_STEPS });
    // The first quarter of 2026.
    await task('T', 'R');
    const january = await meeting('P', 'REGULAR', '2026-01-05', { ...present('P1', 'P2', 'P3', 'P4', 'P5', 'P7'), P0: 'EXCUSED' }, { stepsDone: ALL_STEPS, documentsSentOn: '2026-01-03' });
    await meeting('R', 'REGULAR', '2026-01-12', present('R0', 'R1', 'R2', 'T'));
    await ok(`mutation($m: ID!, $b: ID!) { transferMember(input: { memberId: $m, branchId: $b, on: "2026-02-10" }) { id } }`, { m: m.T, b: branch.P });
    await meeting('P', 'REGULAR', '2026-02-03', present('P0', 'P1', 'P2', 'P3', 'P4', 'P7'), {
      stepsDone: ALL_STEPS, documentsSentOn: '2026-02-02', guests: [{ memberId: m.P1, role: 'COMMITTEE_MEMBER' }],
    });
    for (const id of rMemberships) await ok(`mutation($id: ID!) { updateMembership(id: $id, input: { to: "2026-03-10" }) { id } }`, { id });
    await ok(`mutation($id: ID!) { updateOrganization(id: $id, input: { dissolvedOn: "2026-03-10" }) { id } }`, { id: branch.R });
    await meeting('P', 'COMBINED', '2026-03-04', present('P0', 'P1', 'P2', 'P3', 'P4', 'P7', 'T'), { stepsDone: ALL_STEPS, documentsSentOn: '2026-03-01' });
    await meeting('Q', 'REGULAR', '2026-03-06', present('Q0', 'Q1'), {
      endTime: '20:30', stepsDone: ALL_STEPS, documentsSentOn: '2026-03-05', guests: [{ memberId: m.P2, role: 'COMMITTEE_MEMBER' }],
    });
    for (const key of ['P0', 'P1', 'P2', 'P5', 'P7']) await task(key, 'P');
    await task('Q0', 'Q', '2026-03-01');
    const tasks = (await ok(`mutation($input: CreateResolutionInput!) { createResolution(input: $input) { tasks { id deadline } } }`, {
      input: { meetingId: january, kind: 'RESOLUTION', title: 'Nghị quyết tháng 1', content: 'Nội dung', tasks: [
        { description: 'Vệ sinh môi trường', deadline: '2026-01-31', ownerOrganizationId: branch.P },
        { description: 'Thu đảng phí', deadline: '2026-02-28', ownerMemberId: m.P3 },
      ] },
    })).createResolution.tasks as Array<{ id: string; deadline: string }>;
    const done = { '2026-01-31': '2026-01-30', '2026-02-28': '2026-03-02' } as Record<string, string>;
    for (const t of tasks) await ok(`mutation($id: ID!, $on: Date!) { updateResolutionTask(id: $id, input: { status: DONE, completedOn: $on }) { id } }`, { id: t.id, on: done[t.deadline] });
    await ok(`mutation($b: ID!) { createPilot(input: { year: 2026, branchId: $b, kind: REGULAR_MEETING }) { id } }`, { b: branch.P });
  });
  afterAll(() => db.close());

  it('counts every figure of the quarter as worked out by hand', async () => {
    const res = await indicators({ s: committee, p: Q1 });
    expect(res).toMatchObject({ scopeId: committee, from: '2026-01', to: '2026-03', asOf: '2026-03-31' });
    const f = byCode(res.totals);
    // (1) Jan: P, R expected, both held, P by day 7; Feb: P, R expected (Q founded on the 15th), P held; Mar: P, Q, R.
    expect(pair(f.REGULAR_HELD)).toEqual([5, 7]);
    expect(pair(f.REGULAR_FIRST_WEEK)).toEqual([4, 7]);
    // Only P existed every day of the quarter; its combined meeting counts as thematic.
    expect(pair(f.THEMATIC_HELD)).toEqual([1, 1]);
    // (2) R's January meeting had no steps, Q's March meeting lasted 60 minutes.
    expect(pair(f.CONTENT_COMPLETE)).toEqual([3, 5]);
    expect(pair(f.DOCUMENTS_ON_TIME)).toEqual([4, 5]);
    // (3) P5 (exempt, came anyway) and R3 (special duty) are in neither count: 5/6 + 4/4 + 6/6 + 7/7 + 2/2.
    expect(f.ATTENDANCE_POOLED).toMatchObject({ numerator: 24, denominator: 25, rate: 0.96, target: 0.9, met: true, documents: ['11-ĐA/TU'] });
    // P in January (83%) is below, R in February and March did not meet.
    expect(f.BRANCHES_AT_THRESHOLD).toMatchObject({ numerator: 4, denominator: 7, target: 1, met: false });
    // (4) On 31/03: P0–P4, T, Q0, Q1 are working (P5 exempt, P7 retired, R's members gone); T's task came from R.
    expect(f.MEMBERS_TASKED).toMatchObject({ numerator: 5, denominator: 8, documents: ['11-ĐA/TU'] });
    expect(pair(f.TASKS_ON_TIME)).toEqual([1, 2]);
    expect(pair(f.SUPERVISORS_ROTATING)).toEqual([1, 1]);
    expect(pair(f.IN_CHARGE_VISITED)).toEqual([1, 1]);
    // Pilots of 2026 among the branches existing on 31/03 (P and Q); 117-KH/ĐU asks 5–10% and 3–5%.
    expect(f.REGULAR_PILOTS).toMatchObject({ numerator: 1, denominator: 2, target: 0.05, documents: ['117-KH/ĐU'] });
    expect(pair(f.THEMATIC_PILOTS)).toEqual([0, 2]);
    expect(f.REGULAR_HELD).toMatchObject({ target: 1, met: false, documents: ['11-ĐA/TU'] });
    expect(f.CONTENT_COMPLETE.documents).toEqual(['42-HD/BTCTW']);
    // The whole database (this ward is all it holds) counts the same, by the plans made for a whole city.
    const whole = await indicators({ p: Q1 });
    expect(whole.scopeId).toBeNull();
    const w = byCode(whole.totals);
    for (const code of ['REGULAR_HELD', 'REGULAR_FIRST_WEEK', 'THEMATIC_HELD', 'CONTENT_COMPLETE', 'DOCUMENTS_ON_TIME', 'ATTENDANCE_POOLED', 'BRANCHES_AT_THRESHOLD', 'MEMBERS_TASKED', 'TASKS_ON_TIME']) {
      expect(pair(w[code]), code).toEqual(pair(f[code]));
    }
    const wholeByMonth = await indicators({ p: Q1, g: ['MONTH'] });
    expect(wholeByMonth.groups.map((g: { figures: Figure[] }) => pair(byCode(g.figures).MEMBERS_TASKED))).toEqual([[4, 10], [4, 12], [5, 8]]);
  });

  it('splits by organization, branch kind, month and quarter with the same counts', async () => {
    const org = await indicators({ s: committee, p: Q1, g: ['ORGANIZATION'] });
    const of = (id: string) => byCode(org.groups.find((g: { organizationId: string }) => g.organizationId === id).figures);
    expect(pair(of(branch.P).REGULAR_HELD)).toEqual([3, 3]);
    expect(pair(of(branch.Q).REGULAR_HELD)).toEqual([1, 1]);
    expect(pair(of(branch.R).REGULAR_HELD)).toEqual([1, 3]);
    expect(pair(of(branch.P).MEMBERS_TASKED)).toEqual([4, 6]);
    expect(pair(of(branch.Q).MEMBERS_TASKED)).toEqual([1, 2]);
    expect(of(branch.R).MEMBERS_TASKED).toBeUndefined();
    expect(pair(of(branch.P).ATTENDANCE_POOLED)).toEqual([18, 19]);
    // Supervision and pilots are the committee's own figures: not split.
    expect(of(branch.P).REGULAR_PILOTS).toBeUndefined();

    const kinds = await indicators({ s: committee, p: Q1, g: ['BRANCH_KIND'] });
    const school = byCode(kinds.groups.find((g: { branchKind: string }) => g.branchKind === 'SCHOOL').figures);
    expect(pair(school.REGULAR_HELD)).toEqual([1, 1]);
    expect(pair(school.CONTENT_COMPLETE)).toEqual([0, 1]);

    const months = await indicators({ s: committee, p: Q1, g: ['MONTH'] });
    expect(months.groups.map((g: { month: string; figures: Figure[] }) => [g.month, pair(byCode(g.figures).REGULAR_HELD), pair(byCode(g.figures).ATTENDANCE_POOLED), pair(byCode(g.figures).MEMBERS_TASKED)])).toEqual([
      // 31/01: P0–P4, R0–R3 (special duty still works), T working, P0, P1, P2, T tasked; 28/02: Q0, Q1 too (Q0's task comes on 01/03).
      ['2026-01', [2, 2], [9, 10], [4, 10]],
      ['2026-02', [1, 2], [6, 6], [4, 12]],
      ['2026-03', [2, 3], [9, 9], [5, 8]],
    ]);
    // The thematic figure is counted by quarter, so a split by month leaves it out.
    expect(months.groups.every((g: { figures: Figure[] }) => !byCode(g.figures).THEMATIC_HELD)).toBe(true);
    const quarters = await indicators({ s: committee, p: { year: 2026 }, g: ['QUARTER'], asOf: AS_OF });
    expect(quarters.groups.map((g: { quarter: string }) => g.quarter)).toEqual(['2026-Q1', '2026-Q2']);
    expect(pair(byCode(quarters.groups[0].figures).THEMATIC_HELD)).toEqual([1, 1]);
  });

  it('judges each month by the rule set then in force', async () => {
    // June 2021: 12-HD/BTCTW alone asks for more than 85% and sets no due day; 6 of 7 (85.7%) reaches it.
    const y2021 = byCode((await indicators({ s: branch.P, p: { month: '2021-06' } })).totals);
    expect(y2021.ATTENDANCE_POOLED).toMatchObject({ numerator: 6, denominator: 7, target: 0.85, met: true, documents: ['12-HD/BTCTW'] });
    expect(pair(y2021.BRANCHES_AT_THRESHOLD)).toEqual([1, 1]);
    expect(y2021.REGULAR_HELD).toMatchObject({ numerator: 1, denominator: 1, target: null, met: null, documents: [] });
    expect(pair(y2021.CONTENT_COMPLETE)).toEqual([1, 1]);
    expect(y2021.DOCUMENTS_ON_TIME).toMatchObject({ numerator: 0, denominator: 0, target: null });
    // September 2025: 11-ĐA/TU is in force too: at least 90%, which 6 of 7 misses.
    const y2025 = byCode((await indicators({ s: branch.P, p: { month: '2025-09' } })).totals);
    expect(y2025.ATTENDANCE_POOLED).toMatchObject({ numerator: 6, denominator: 7, target: 0.9, met: false, documents: ['11-ĐA/TU'] });
    expect(pair(y2025.BRANCHES_AT_THRESHOLD)).toEqual([0, 1]);
    expect(y2025.REGULAR_HELD).toMatchObject({ numerator: 1, denominator: 1, target: 1, met: true });
  });

  it('drills from a figure to the rows behind both numbers', async () => {
    const below = await rows({ c: 'BRANCHES_AT_THRESHOLD', counted: false });
    expect(below.total).toBe(3);
    expect(below.items.map((r: { branchId: string; month: string; meetingId: string | null }) => [r.branchId, r.month, r.meetingId != null])).toEqual([
      [branch.P, '2026-01', true], [branch.R, '2026-02', false], [branch.R, '2026-03', false],
    ]);
    const untasked = await rows({ c: 'MEMBERS_TASKED', counted: false });
    expect(untasked.items.map((r: { memberId: string }) => r.memberId).sort()).toEqual([m.P3, m.P4, m.Q1].sort());
    const pooled = await rows({ c: 'ATTENDANCE_POOLED' });
    expect(pooled.items.reduce((n: number, r: { numerator: number }) => n + r.numerator, 0)).toBe(24);
    expect(pooled.items.reduce((n: number, r: { denominator: number }) => n + r.denominator, 0)).toBe(25);
    const late = await rows({ c: 'TASKS_ON_TIME', counted: false });
    expect(late.items).toHaveLength(1);
    expect(late.items[0]).toMatchObject({ memberId: m.P3, branchId: branch.P, counted: false });
    const inQ = await rows({ c: 'REGULAR_HELD', o: branch.Q });
    expect(inQ.items.map((r: { month: string }) => r.month)).toEqual(['2026-03']);
    const paged = await rows({ c: 'REGULAR_HELD', limit: 2 });
    expect([paged.total, paged.items.length]).toEqual([7, 2]);
    const standing = await rows({ c: 'SUPERVISORS_ROTATING' });
    expect(standing.items).toEqual([expect.objectContaining({ memberId: m.P2, quarter: '2026-Q1', counted: true })]);
  });

  it('alerts on a branch below the attendance threshold this month and on the committee’s figures behind target', async () => {
    const alerts = (await ok(`query($o: ID!) { meetingAlerts(organizationId: $o, asOf: "2026-01-20") {
      branchesBelowAttendance { branchId meeting { heldOn presentCount expectedCount } } figuresFrom figuresTo figuresBehind { code numerator denominator target }
    } }`, { o: committee })).meetingAlerts;
    got.push(alerts);
    // R's January meeting (4 of 4) is fine; P's (5 of 6) is below 90%.
    expect(alerts.branchesBelowAttendance).toEqual([{ branchId: branch.P, meeting: { heldOn: '2026-01-05', presentCount: 5, expectedCount: 6 } }]);
    // On 20/01 January is judged: R met late, without steps or documents; attendance pools to exactly 90% (not behind).
    expect([alerts.figuresFrom, alerts.figuresTo]).toEqual(['2026-01', '2026-01']);
    expect(alerts.figuresBehind.map((f: Figure) => [f.code, f.numerator, f.denominator])).toEqual([
      ['REGULAR_FIRST_WEEK', 1, 2], ['CONTENT_COMPLETE', 1, 2], ['BRANCHES_AT_THRESHOLD', 1, 2], ['MEMBERS_TASKED', 4, 10], ['DOCUMENTS_ON_TIME', 1, 2],
    ]);
  });

  it('refuses bad periods naming the field, and keeps other subtrees out', async () => {
    for (const [p, field] of [[{ month: '2026-13' }, 'period.month'], [{ from: '2026-03', to: '2026-01' }, 'period.to'], [{ from: '2020-01', to: '2026-01' }, 'period.to'], [{ month: '2026-01', year: 2026 }, 'period'], [{}, 'period']] as const) {
      const res = await db.run(INDICATORS, { s: committee, p });
      expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    }
    expect((await db.run(ROWS, { s: committee, p: Q1, c: 'REGULAR_HELD', limit: 501 })).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'limit' });
    const secretary = viewerFor(Role.BRANCH_SECRETARY, `/${committee}/${branch.P}/`, branch.P);
    expect((await db.run(INDICATORS, { s: committee, p: Q1 }, secretary)).data?.indicators).toBeNull();
    expect((await db.run(ROWS, { s: committee, p: Q1, c: 'MEMBERS_TASKED' }, secretary)).data?.indicatorRows).toBeNull();
    // Without a scope, the secretary gets their own branch; filtering by another branch gives nothing.
    const own = (await ok(INDICATORS, { p: Q1, asOf: AS_OF }, secretary)).indicators;
    expect(own.scopeId).toBe(branch.P);
    expect(pair(byCode(own.totals).REGULAR_HELD)).toEqual([3, 3]);
    const other = (await ok(ROWS, { p: Q1, c: 'MEMBERS_TASKED', o: branch.Q, asOf: AS_OF }, secretary)).indicatorRows;
    expect(other).toEqual({ total: 0, items: [] });
    // Another subtree's id, an id that does not exist and a malformed one answer alike (nothing to infer).
    for (const s of [committee, '999999']) expect((await db.run(INDICATORS, { s, p: Q1 }, secretary)).data?.indicators).toBeNull();
    // An analyst reads the rows behind figure 4 but no member's personal data.
    await ok(`mutation($id: ID!) { updateMember(id: $id, input: { phone: "0912345678" }) { id } }`, { id: m.P3 });
    const analyst = viewerFor(Role.ANALYST, `/${committee}/`, committee);
    const seen = (await ok(`query($s: ID, $p: PeriodInput!) { indicatorRows(scopeId: $s, period: $p, code: MEMBERS_TASKED, counted: false, asOf: "${AS_OF}") { items { memberId member { fullName phone birthDate } } } }`, { s: committee, p: Q1 }, analyst)).indicatorRows;
    const p3 = seen.items.find((r: { memberId: string }) => r.memberId === m.P3);
    expect(p3.member).toEqual({ fullName: 'Đảng Viên P3', phone: null, birthDate: null });
    // A grouping that could give more rows than a request may carry is refused before anything is counted.
    const huge = await db.run(INDICATORS, { s: committee, p: { from: '2024-01', to: '2026-12' }, g: ['ORGANIZATION', 'BRANCH', 'BRANCH_KIND', 'MONTH', 'QUARTER'] });
    expect(huge.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'groupBy' });
  });
});

describe.runIf(DATABASES.length > 1)('indicators on both databases', () => {
  it('are equal on SQLite and PostgreSQL', () => {
    // Ids are assigned in the same order on both, so the answers compare whole.
    expect(answers.sqlite.length).toBeGreaterThan(10);
    expect(answers.postgresql).toEqual(answers.sqlite);
  });
});
