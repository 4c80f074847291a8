import { Role } from '@chibo/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATABASES, openTestDb, type TestDb, viewerFor } from './harness';

const CREATE_ORG = `mutation($input: CreateOrganizationInput!) { createOrganization(input: $input) { id path: id } }`;
const CREATE_MEMBER = `mutation($input: CreateMemberInput!) { createMember(input: $input) { id } }`;
const CREATE_POSITION = `mutation($input: CreatePositionInput!) { createPosition(input: $input) { id } }`;
const CREATE_MEETING = `mutation($input: CreateMeetingInput!) { createMeeting(input: $input) { id } }`;
const CREATE_ASSIGNMENT = `mutation($input: CreateSupervisorAssignmentInput!) { createSupervisorAssignment(input: $input) { id kind quarter from to } }`;
const COMPLIANCE = `query($o: ID!, $q: String!, $d: Date) { supervisionCompliance(organizationId: $o, quarter: $q, asOf: $d) {
  rotationQuarters standing { numerator denominator rate } inCharge { numerator denominator }
  standingMembers { memberId visits branchIds attended rotationRespected repeatedBranchIds member { fullName phone } }
  inChargeAssignments { memberId branchId visits attended }
  missedPlannedVisits { id memberId } branchesWithoutVisitThisYear { id }
} }`;

describe.each(DATABASES)('supervision and pilots on %s', (kind) => {
  let db: TestDb;
  let committee: string;
  let committeePath: string;
  const branch: Record<string, string> = {};
  const m: Record<string, string> = {};

  async function ok(query: string, variables: Record<string, unknown>) {
    const res = await db.run(query, variables);
    expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
    return res.data as Record<string, any>;
  }
  async function member(key: string, fullName: string, branchKey: string) {
    m[key] = (await ok(CREATE_MEMBER, {
      input: { fullName, status: 'OFFICIAL', admittedOn: '2000-01-01', officialOn: '2001-01-01', phone: '0912345678', membership: { branchId: branch[branchKey], from: '2020-01-01' } },
    })).createMember.id;
  }
  /** A held meeting of a branch with committee members recorded as guests. */
  async function visit(branchKey: string, heldOn: string, guests: string[]) {
    return (await ok(CREATE_MEETING, {
      input: { organizationId: branch[branchKey], kind: 'REGULAR', heldOn, startTime: '19:30', endTime: '21:00', guests: guests.map((g) => ({ memberId: m[g], role: 'COMMITTEE_MEMBER' })) },
    })).createMeeting.id as string;
  }

  beforeAll(async () => {
    db = await openTestDb(kind);
    const wardId = (await ok(`mutation { createWard(input: { code: "GS", name: "Phường Giám Sát", foundedOn: "2020-01-01" }) { id } }`, {})).createWard.id;
    committee = (await ok(CREATE_ORG, { input: { wardId, kind: 'WARD_COMMITTEE', code: 'DU', name: 'Đảng ủy phường Giám Sát', foundedOn: '2020-01-01' } })).createOrganization.id;
    committeePath = (await ok(`query($id: ID!) { organization(id: $id) { ancestors { id } } }`, { id: committee })).organization ? `/${committee}/` : '/';
    for (const [key, name] of [['a', 'Chi bộ Tổ dân phố số 1'], ['b', 'Chi bộ Tổ dân phố số 2'], ['c', 'Chi bộ Tổ dân phố số 3']]) {
      branch[key] = (await ok(CREATE_ORG, { input: { wardId, parentId: committee, kind: 'BRANCH', branchKind: 'RESIDENTIAL', code: key.toUpperCase(), name, foundedOn: '2020-01-01' } })).createOrganization.id;
    }
    await member('standing', 'Nguyễn Văn Thường', 'a');
    await member('standing2', 'Trần Thị Vụ', 'a');
    await member('inCharge', 'Lê Văn Phụ', 'b');
    await member('plain', 'Phạm Thị Đảng', 'c');
    for (const [key, role] of [['standing', 'WARD_STANDING_COMMITTEE_MEMBER'], ['standing2', 'WARD_DEPUTY_SECRETARY'], ['inCharge', 'WARD_COMMITTEE_MEMBER']]) {
      await ok(CREATE_POSITION, { input: { memberId: m[key], organizationId: committee, role, from: '2025-01-01' } });
    }
    await ok(CREATE_ASSIGNMENT, { input: { memberId: m.inCharge, branchId: branch.b, kind: 'IN_CHARGE', from: '2026-01-01' } });
    // Q2: the standing member at branch B, the one in charge at B. Q3: the standing member at B again; the deputy at C
    // without any assignment; the one in charge misses B.
    await visit('b', '2026-05-05', ['standing', 'inCharge']);
    await visit('b', '2026-08-04', ['standing']);
    await visit('c', '2026-08-06', ['standing2']);
  });
  afterAll(() => db.close());

  it('flags a standing member visiting the same branch two quarters running and one in charge who missed the quarter; a guest visit without an assignment counts', async () => {
    const res = (await ok(COMPLIANCE, { o: committee, q: '2026-Q3', d: '2026-09-30' })).supervisionCompliance;
    expect(res.rotationQuarters).toBe(1);
    const byMember = Object.fromEntries(res.standingMembers.map((r: { memberId: string }) => [r.memberId, r]));
    expect(byMember[m.standing]).toMatchObject({ visits: 1, branchIds: [branch.b], attended: true, rotationRespected: false, repeatedBranchIds: [branch.b] });
    expect(byMember[m.standing2]).toMatchObject({ visits: 1, branchIds: [branch.c], attended: true, rotationRespected: true, repeatedBranchIds: [] });
    expect(res.standing).toEqual({ numerator: 1, denominator: 2, rate: 0.5 });
    expect(res.inChargeAssignments).toEqual([{ memberId: m.inCharge, branchId: branch.b, visits: 0, attended: false }]);
    expect(res.inCharge).toEqual({ numerator: 0, denominator: 1 });
    // Q2: the one in charge did attend.
    const q2 = (await ok(COMPLIANCE, { o: committee, q: '2026-Q2', d: '2026-06-30' })).supervisionCompliance;
    expect(q2.inChargeAssignments).toEqual([{ memberId: m.inCharge, branchId: branch.b, visits: 1, attended: true }]);
    // Branch A had no committee member at its meetings this year.
    expect(res.branchesWithoutVisitThisYear).toEqual([{ id: branch.a }]);
  });

  it('counts a planned visit as missed once its meeting passed without the member, and keeps personal fields from analysts', async () => {
    const planned = (await ok(CREATE_MEETING, { input: { organizationId: branch.a, kind: 'REGULAR', heldOn: '2026-09-03', startTime: '19:30', endTime: '21:00' } })).createMeeting.id;
    const assignment = (await ok(CREATE_ASSIGNMENT, { input: { memberId: m.standing, branchId: branch.a, kind: 'ROTATION', quarter: '2026-Q3', plannedMeetingId: planned } })).createSupervisorAssignment;
    expect(assignment).toMatchObject({ kind: 'ROTATION', quarter: '2026-Q3', from: '2026-07-01', to: '2026-10-01' });
    const res = (await ok(COMPLIANCE, { o: committee, q: '2026-Q3', d: '2026-09-30' })).supervisionCompliance;
    expect(res.missedPlannedVisits).toEqual([{ id: assignment.id, memberId: m.standing }]);
    expect(res.standingMembers.find((r: { memberId: string }) => r.memberId === m.standing).member.phone).toBe('0912345678');
    const asAnalyst = (await db.run(COMPLIANCE, { o: committee, q: '2026-Q3', d: '2026-09-30' }, viewerFor(Role.ANALYST, '/'))).data!.supervisionCompliance;
    expect(asAnalyst.standingMembers.map((r: { member: { phone: string | null } }) => r.member.phone)).toEqual([null, null]);
    expect(asAnalyst.standing).toEqual(res.standing);
    await ok(`mutation($id: ID!) { deleteSupervisorAssignment(id: $id) { id } }`, { id: assignment.id });
  });

  it('refuses a rotation for a member outside the standing committee, a secretary assigning anyone, and writes nothing', async () => {
    const before = await db.fingerprint();
    const notStanding = await db.run(CREATE_ASSIGNMENT, { input: { memberId: m.inCharge, branchId: branch.a, kind: 'ROTATION', quarter: '2026-Q4' } });
    expect(notStanding.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'memberId' });
    const plain = await db.run(CREATE_ASSIGNMENT, { input: { memberId: m.plain, branchId: branch.c, kind: 'IN_CHARGE', from: '2026-01-01' } });
    expect(plain.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'memberId' });
    const secretary = viewerFor(Role.BRANCH_SECRETARY, `${committeePath}${branch.a}/`);
    const bySecretary = await db.run(CREATE_ASSIGNMENT, { input: { memberId: m.standing, branchId: branch.a, kind: 'ROTATION', quarter: '2026-Q4' } }, secretary);
    expect(bySecretary.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    // A note longer than its column is refused naming it (PostgreSQL would otherwise fail on it), for both records.
    const longNote = await db.run(CREATE_ASSIGNMENT, { input: { memberId: m.inCharge, branchId: branch.c, kind: 'IN_CHARGE', from: '2026-01-01', note: 'x'.repeat(501) } });
    expect(longNote.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'note' });
    const longPilotNote = await db.run(`mutation($b: ID!, $n: String!) { createPilot(input: { year: 2027, branchId: $b, kind: REGULAR_MEETING, note: $n }) { id } }`, { b: branch.c, n: 'x'.repeat(501) });
    expect(longPilotNote.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'note' });
    expect(await db.fingerprint()).toBe(before);
    // A secretary sees who is assigned to their own branch, and only that.
    const secretaryB = viewerFor(Role.BRANCH_SECRETARY, `${committeePath}${branch.b}/`);
    const seen = await db.run(`{ supervisorAssignments { items { memberId branchId kind } } }`, undefined, secretaryB);
    expect(seen.data!.supervisorAssignments.items).toEqual([{ memberId: m.inCharge, branchId: branch.b, kind: 'IN_CHARGE' }]);
  });

  it('proposes the quarter’s rotation away from last quarter’s branches, and a committee member accepts it in one step', async () => {
    for (const [key, day] of [['a', '2026-10-06'], ['b', '2026-10-07'], ['c', '2026-10-08']]) {
      await ok(CREATE_MEETING, { input: { organizationId: branch[key], kind: 'REGULAR', plannedOn: day } });
    }
    const committeeMember = viewerFor(Role.COMMITTEE_MEMBER, committeePath);
    const proposal = (await db.run(`query($o: ID!) { rotationProposal(organizationId: $o, quarter: "2026-Q4", asOf: "2026-10-01") { complete explanation visits { memberId branchId meetingId day reasonCodes } unplaced { memberId } } }`, { o: committee }, committeeMember)).data!.rotationProposal;
    expect(proposal.complete).toBe(true);
    const byMember = Object.fromEntries(proposal.visits.map((v: { memberId: string }) => [v.memberId, v]));
    expect(Object.keys(byMember).sort()).toEqual([m.standing, m.standing2].sort());
    expect(byMember[m.standing].branchId).not.toBe(branch.b);
    expect(byMember[m.standing2].branchId).not.toBe(branch.c);
    expect(byMember[m.standing].branchId).not.toBe(byMember[m.standing2].branchId);
    // Planned from a later day, no visit falls on a meeting already past.
    const later = (await db.run(`query($o: ID!) { rotationProposal(organizationId: $o, quarter: "2026-Q4", asOf: "2026-10-07") { visits { day } } }`, { o: committee }, committeeMember)).data!.rotationProposal;
    expect(later.visits.every((v: { day: string }) => v.day >= '2026-10-07')).toBe(true);
    const accepted = await db.run(`mutation($input: AcceptRotationInput!) { acceptRotation(input: $input) { memberId branchId quarter plannedMeetingId } }`, {
      input: { organizationId: committee, quarter: '2026-Q4', visits: proposal.visits.map((v: Record<string, string>) => ({ memberId: v.memberId, branchId: v.branchId, meetingId: v.meetingId })) },
    }, committeeMember);
    expect(accepted.errors).toBeUndefined();
    expect(accepted.data!.acceptRotation).toHaveLength(2);
    const listed = (await ok(`query($o: ID!) { supervisorAssignments(filter: { organizationId: $o, quarter: "2026-Q4", kind: [ROTATION] }) { total } }`, { o: committee })).supervisorAssignments;
    expect(listed.total).toBe(2);
  });

  it('warns when the year’s pilots fall outside the plan’s ranges', async () => {
    await ok(`mutation($b: ID!) { createPilot(input: { year: 2026, branchId: $b, kind: REGULAR_MEETING }) { id } }`, { b: branch.a });
    const ratios = (await ok(`query($o: ID!) { pilotRatios(organizationId: $o, year: 2026) { kind chosen branches min max warning documentNumber } }`, { o: committee })).pilotRatios;
    expect(ratios).toEqual([
      { kind: 'REGULAR_MEETING', chosen: 1, branches: 3, min: 0.05, max: 0.1, warning: 'ABOVE', documentNumber: '117-KH/ĐU' },
      { kind: 'THEMATIC_MEETING', chosen: 0, branches: 3, min: 0.03, max: 0.05, warning: 'BELOW', documentNumber: '117-KH/ĐU' },
      { kind: 'PARTY_GROUP_MEETING', chosen: 0, branches: 3, min: null, max: null, warning: null, documentNumber: null },
    ]);
  });
});
