import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATABASES, openTestDb, type TestDb } from './harness';

/** Days no stored rule set covers (before the earliest document) are the client's input, not an internal error. */
describe.each(DATABASES)('days before the earliest rule set on %s', (kind) => {
  let db: TestDb;
  let committee: string;
  let member: string;
  beforeAll(async () => {
    db = await openTestDb(kind, 0);
    const run = async (query: string, variables: Record<string, unknown>) => {
      const res = await db.run(query, variables);
      expect(res.errors).toBeUndefined();
      return res.data!;
    };
    const ward = await run(`mutation { createWard(input: { code: "CU", name: "Phường Cũ", foundedOn: "1990-01-01" }) { id } }`, {});
    const org = `mutation($input: CreateOrganizationInput!) { createOrganization(input: $input) { id } }`;
    committee = (await run(org, { input: { wardId: ward.createWard.id, kind: 'WARD_COMMITTEE', code: 'DU', name: 'Đảng ủy phường Cũ', foundedOn: '1990-01-01' } })).createOrganization.id;
    const branch = (await run(org, { input: { wardId: ward.createWard.id, parentId: committee, kind: 'BRANCH', branchKind: 'RESIDENTIAL', code: 'B1', name: 'Chi bộ 1', foundedOn: '1990-01-01' } })).createOrganization.id;
    member = (await run(`mutation($b: ID!) { createMember(input: { fullName: "Lê Văn Xưa", status: OFFICIAL, admittedOn: "1980-01-01", officialOn: "1981-01-01", membership: { branchId: $b, from: "1990-01-01" } }) { id } }`, { b: branch })).createMember.id;
  });
  afterAll(() => db.close());

  it('refuses a position term starting before the earliest structure rule set, naming from, and writes nothing', async () => {
    const before = await db.fingerprint();
    const res = await db.run(`mutation($m: ID!, $o: ID!) { createPosition(input: { memberId: $m, organizationId: $o, role: WARD_COMMITTEE_MEMBER, from: "2010-01-01" }) { id } }`, { m: member, o: committee });
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'from' });
    expect(res.errors?.[0]?.message).toContain('01/01/2010');
    expect(await db.fingerprint()).toBe(before);
  });

  it('answers the alerts asked as of such a day with BAD_USER_INPUT naming asOf', async () => {
    const res = await db.run(`query($o: ID!) { meetingAlerts(organizationId: $o, asOf: "2010-06-15") { month } }`, { o: committee });
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'asOf' });
    const today = await db.run(`query($o: ID!) { meetingAlerts(organizationId: $o) { month } }`, { o: committee });
    expect(today.errors).toBeUndefined();
  });
});
