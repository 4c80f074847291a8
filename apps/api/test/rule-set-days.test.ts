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

/** Special duty leaves a member out of the attendance denominator: it is armed-forces duty only. */
describe.each(DATABASES)('special duty on %s', (kind) => {
  let db: TestDb;
  const ids: Record<string, string> = {};
  beforeAll(async () => {
    db = await openTestDb(kind, 0);
    const run = async (query: string, variables: Record<string, unknown> = {}) => {
      const res = await db.run(query, variables);
      expect(res.errors).toBeUndefined();
      return res.data!;
    };
    const ward = (await run(`mutation { createWard(input: { code: "ND", name: "Phường Nhiệm Vụ", foundedOn: "2020-01-01" }) { id } }`)).createWard.id;
    const org = `mutation($input: CreateOrganizationInput!) { createOrganization(input: $input) { id } }`;
    const committee = (await run(org, { input: { wardId: ward, kind: 'WARD_COMMITTEE', code: 'DU', name: 'Đảng ủy', foundedOn: '2020-01-01' } })).createOrganization.id;
    for (const [key, branchKind, name] of [['police', 'ARMED_FORCES', 'Chi bộ Công an phường'], ['street', 'RESIDENTIAL', 'Chi bộ Tổ dân phố số 1']]) {
      ids[key] = (await run(org, { input: { wardId: ward, parentId: committee, kind: 'BRANCH', branchKind, code: key, name, foundedOn: '2020-01-01' } })).createOrganization.id;
      ids[`${key}Member`] = (await run(`mutation($b: ID!, $n: String!) { createMember(input: { fullName: $n, status: OFFICIAL, admittedOn: "2000-01-01", officialOn: "2001-01-01", membership: { branchId: $b, from: "2020-01-01" } }) { id } }`, { b: ids[key], n: `Đảng viên ${name}` })).createMember.id;
    }
    // The police officer moves to a residential branch on 1 June 2026.
    await run(`mutation($m: ID!, $b: ID!) { transferMember(input: { memberId: $m, branchId: $b, on: "2026-06-01" }) { id } }`, { m: ids.policeMember, b: ids.street });
  });
  afterAll(() => db.close());

  const create = `mutation($m: ID!, $from: Date!, $to: Date) { createSpecialDuty(input: { memberId: $m, from: $from, to: $to }) { id version } }`;

  it('is recorded for a member of an armed-forces branch on its first day', async () => {
    const res = await db.run(create, { m: ids.policeMember, from: '2026-02-01', to: '2026-05-01' });
    expect(res.errors).toBeUndefined();
    ids.duty = res.data!.createSpecialDuty.id;
  });

  it('is refused, naming the field and writing nothing, for a member of any other branch on that day', async () => {
    const before = await db.fingerprint();
    const street = await db.run(create, { m: ids.streetMember, from: '2026-02-01' });
    expect(street.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'memberId' });
    // After the move the same member is no longer in an armed-forces branch.
    const moved = await db.run(create, { m: ids.policeMember, from: '2026-07-01' });
    expect(moved.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'memberId' });
    const update = await db.run(`mutation($id: ID!) { updateSpecialDuty(id: $id, input: { from: "2026-06-15", to: "2026-06-30" }) { id } }`, { id: ids.duty });
    expect(update.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'from' });
    expect(await db.fingerprint()).toBe(before);
  });
});
