import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATABASES, openTestDb, type TestDb, viewerFor } from './harness';
import { Role } from '@chibo/domain';

const CREATE_ORG = `mutation($input: CreateOrganizationInput!) { createOrganization(input: $input) { id } }`;
const CREATE_MEMBER = `mutation($input: CreateMemberInput!) { createMember(input: $input) { id memberships { id } } }`;
const INDICATORS = `query($o: ID!, $from: String!, $to: String!) { planIndicators(organizationId: $o, from: $from, to: $to) {
  figures { code numerator denominator rate target documents }
  months { month expected held heldFirstWeek present attendees atThreshold }
  quarters { quarter expected held }
} }`;

/**
 * A small ward worked by hand. Branch P (5 members) exists throughout; Q (2 members) is founded on 15/02/2026; R
 * (3 members) is dissolved on 10/03/2026. January: P meets on the 5th (4 of 5), R on the 12th (3 of 3). February: P
 * on the 3rd (5 of 5), R does not meet. March: P holds a combined meeting on the 4th (5 of 5), Q on the 6th (2 of 2), R
 * does not meet (it exists on 1 March, so it is expected).
 */
describe.each(DATABASES)('the plan’s indicators on %s', (kind) => {
  let db: TestDb;
  let committee: string;
  const branch: Record<string, string> = {};
  const members: Record<string, string[]> = { P: [], Q: [], R: [] };

  async function ok(query: string, variables: Record<string, unknown>) {
    const res = await db.run(query, variables);
    expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
    return res.data as Record<string, any>;
  }
  async function meeting(key: string, kindOf: string, heldOn: string, absent: number) {
    const id = (await ok(`mutation($input: CreateMeetingInput!) { createMeeting(input: $input) { id } }`, {
      input: { organizationId: branch[key], kind: kindOf, heldOn, startTime: '19:30', endTime: '21:30', ...(kindOf === 'COMBINED' ? { thematicTopic: 'Học tập và làm theo tư tưởng Hồ Chí Minh' } : {}) },
    })).createMeeting.id;
    const entries = members[key].map((memberId, i) => (i < absent ? { memberId, status: 'EXCUSED', reason: 'Ốm' } : { memberId, status: 'PRESENT' }));
    await ok(`mutation($id: ID!, $entries: [AttendanceEntryInput!]!) { recordAttendance(meetingId: $id, entries: $entries) { id } }`, { id, entries });
  }

  beforeAll(async () => {
    db = await openTestDb(kind);
    const wardId = (await ok(`mutation { createWard(input: { code: "CT", name: "Phường Chỉ Tiêu", foundedOn: "2020-01-01" }) { id } }`, {})).createWard.id;
    committee = (await ok(CREATE_ORG, { input: { wardId, kind: 'WARD_COMMITTEE', code: 'DU', name: 'Đảng ủy phường Chỉ Tiêu', foundedOn: '2020-01-01' } })).createOrganization.id;
    for (const [key, foundedOn, count, from] of [['P', '2020-01-01', 5, '2020-01-01'], ['Q', '2026-02-15', 2, '2026-02-15'], ['R', '2020-01-01', 3, '2020-01-01']] as const) {
      branch[key] = (await ok(CREATE_ORG, { input: { wardId, parentId: committee, kind: 'BRANCH', branchKind: 'RESIDENTIAL', code: key, name: `Chi bộ ${key}`, foundedOn } })).createOrganization.id;
      for (let i = 0; i < count; i++) {
        const created = (await ok(CREATE_MEMBER, { input: { fullName: `Đảng Viên ${key}${i}`, status: 'OFFICIAL', admittedOn: '2000-01-01', officialOn: '2001-01-01', membership: { branchId: branch[key], from } } })).createMember;
        members[key].push(created.id);
        if (key === 'R') await ok(`mutation($id: ID!) { updateMembership(id: $id, input: { to: "2026-03-10" }) { id } }`, { id: created.memberships[0].id });
      }
    }
    await ok(`mutation($id: ID!) { updateOrganization(id: $id, input: { dissolvedOn: "2026-03-10" }) { id } }`, { id: branch.R });
    await meeting('P', 'REGULAR', '2026-01-05', 1);
    await meeting('R', 'REGULAR', '2026-01-12', 0);
    await meeting('P', 'REGULAR', '2026-02-03', 0);
    await meeting('P', 'COMBINED', '2026-03-04', 0);
    await meeting('Q', 'REGULAR', '2026-03-06', 0);
  });
  afterAll(() => db.close());

  it('counts figures 1 and 3 against the structure as it stood each month, as worked out by hand', async () => {
    const res = (await ok(INDICATORS, { o: committee, from: '2026-01', to: '2026-03' })).planIndicators;
    expect(res.months).toEqual([
      { month: '2026-01', expected: 2, held: 2, heldFirstWeek: 1, present: 7, attendees: 8, atThreshold: 1 },
      { month: '2026-02', expected: 2, held: 1, heldFirstWeek: 1, present: 5, attendees: 5, atThreshold: 1 },
      { month: '2026-03', expected: 3, held: 2, heldFirstWeek: 2, present: 7, attendees: 7, atThreshold: 2 },
    ]);
    // Only P existed every day of the first quarter; its combined meeting counts as the thematic one.
    expect(res.quarters).toEqual([{ quarter: '2026-Q1', expected: 1, held: 1 }]);
    const byCode = Object.fromEntries(res.figures.map((f: { code: string }) => [f.code, f]));
    expect(byCode.REGULAR_HELD).toMatchObject({ numerator: 5, denominator: 7, target: 1, documents: ['11-ĐA/TU'] });
    expect(byCode.REGULAR_FIRST_WEEK).toMatchObject({ numerator: 4, denominator: 7 });
    expect(byCode.THEMATIC_HELD).toMatchObject({ numerator: 1, denominator: 1, rate: 1 });
    expect(byCode.ATTENDANCE_POOLED).toMatchObject({ numerator: 19, denominator: 20, rate: 0.95, target: 0.9, documents: ['11-ĐA/TU'] });
    // P in January (4 of 5) is below 90%; R in February and March did not meet: below too.
    expect(byCode.BRANCHES_AT_THRESHOLD).toMatchObject({ numerator: 4, denominator: 7 });
  });

  it('refuses a malformed or too long range naming the argument, and answers null outside the reader’s subtree', async () => {
    for (const [from, to, field] of [['2026-13', '2026-03', 'from'], ['2026-03', '2026-01', 'to'], ['2020-01', '2026-01', 'to']]) {
      const res = await db.run(INDICATORS, { o: committee, from, to });
      expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    }
    const secretary = viewerFor(Role.BRANCH_SECRETARY, `/${committee}/${branch.P}/`);
    expect((await db.run(INDICATORS, { o: committee, from: '2026-01', to: '2026-03' }, secretary)).data!.planIndicators).toBeNull();
  });
});
