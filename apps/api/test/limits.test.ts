import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATABASES, openTestDb, type TestDb } from './harness';

describe.each(DATABASES)('query limits and concurrent edits on %s', (kind) => {
  let db: TestDb;
  beforeAll(async () => {
    db = await openTestDb(kind, 1);
  });
  afterAll(() => db.close());

  it('refuses documents that are too deep, have too many aliases or would cost too much, and accepts normal ones', async () => {
    const deep = `{ organizations { items { ${'parent { '.repeat(14)}id${' }'.repeat(14)} } } }`;
    expect((await db.run(deep)).errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    const aliases = `{ ${Array.from({ length: 25 }, (_, i) => `a${i}: wards { total }`).join(' ')} }`;
    expect((await db.run(aliases)).errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    const costly = `{ organizations(limit: 100) { items { memberships(allHistory: true) { member { memberships { branch { children { name } } } } } } } }`;
    const refused = await db.run(costly);
    expect(refused.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(refused.errors?.[0]?.message).toMatch(/chi phí/);
    const normal = await db.run(`{ organizations(filter: { kind: BRANCH }, limit: 100) { total items { name parent { name } memberCount secretary { fullName memberships { from } } } } }`);
    expect(normal.errors).toBeUndefined();
  });

  it('lets exactly one of 20 parallel updates with the same version through', async () => {
    const org = (await db.run(`{ organizations(filter: { kind: BRANCH, dissolved: false }, limit: 1) { items { id version } } }`)).data!.organizations.items[0];
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        db.run(`mutation($id: ID!, $v: Int, $n: String) { updateOrganization(id: $id, input: { version: $v, note: $n }) { version note } }`, { id: org.id, v: org.version, n: `Ghi chú ${i}` }),
      ),
    );
    const ok = results.filter((r) => !r.errors);
    expect(ok).toHaveLength(1);
    expect(results.filter((r) => r.errors?.[0]?.extensions?.code === 'CONFLICT')).toHaveLength(19);
    const now = (await db.run(`query($id: ID!) { organization(id: $id) { version note } }`, { id: org.id })).data!.organization;
    expect(now).toEqual(ok[0].data!.updateOrganization);
  });
});
