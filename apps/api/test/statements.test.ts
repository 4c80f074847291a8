import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATABASES, openTestDb, type TestDb } from './harness';

/** Branches with their parent organization, member count and secretary: the nested list analysts run most. */
const NESTED = `query($limit: Int) {
  organizations(filter: { kind: BRANCH, branchKind: RESIDENTIAL, dissolved: false }, sort: [{ field: NAME }], limit: $limit) {
    total
    items {
      name
      parent { name kind memberCount }
      memberCount
      officialMemberCount
      secretary { fullName memberships { from } }
      children { name secretary { fullName } }
    }
  }
}`;

describe.each(DATABASES)('SQL statements per request on %s', (kind) => {
  const dbs: TestDb[] = [];
  beforeAll(async () => {
    dbs.push(await openTestDb(kind, 1), await openTestDb(kind, 3));
  });
  afterAll(async () => {
    for (const db of dbs) await db.close();
  });

  it('stays the same whether the dataset is one ward or three, and whether 5 or 100 rows come back', async () => {
    const counts: number[] = [];
    const rows: number[] = [];
    let statementsSeen: string[] = [];
    for (const db of dbs) {
      for (const limit of [5, 100]) {
        const { result, statements } = await db.countStatements(() => db.run(NESTED, { limit }));
        expect(result.errors).toBeUndefined();
        rows.push(result.data!.organizations.items.length);
        counts.push(statements.length);
        statementsSeen = statements;
      }
    }
    // The datasets really differ in size, and the big pages really return many rows.
    expect(rows[1]).toBeGreaterThan(30);
    expect(rows[3]).toBe(100);
    expect(counts, `statements: ${counts.join(", ")}`).toEqual(counts.map(() => counts[0]));
    // page + count + parents + member counts (branches, official, committees) + heads + members + memberships + children + their heads + members
    expect(counts[0], statementsSeen.join("\n")).toBeLessThanOrEqual(12);
  });
});

/** A month of meetings across the ward, as the calendar and the analysts read them, with their nested records. */
const MEETINGS = `query($limit: Int) {
  meetings(filter: { month: "2026-08" }, limit: $limit) {
    total
    items {
      kind heldOn presentCount expectedCount findings { code documentNumber }
      organization { name } branch { name memberCount secretary { fullName } } chair { fullName } minuteTaker { fullName }
      guests { name member { fullName } }
      resolutions { title } judgedBy { documentNumber }
    }
  }
  resolutionTasks(filter: { status: [DONE] }, limit: $limit) {
    items { description ownerMember { fullName } ownerOrganization { name } branch { name } resolution { title meeting { heldOn } } }
  }
}`;

describe.each(DATABASES)('SQL statements of the meeting list on %s', (kind) => {
  let db: TestDb;
  beforeAll(async () => {
    db = await openTestDb(kind, 1, { meetings: true });
  });
  afterAll(() => db.close());

  it('does not grow with the number of meetings returned', async () => {
    const counts: number[] = [];
    let seen: string[] = [];
    // 20 rows already hold every kind of nested record (tasks owned by members and by branches), so each loader runs.
    for (const limit of [20, 100]) {
      const { result, statements } = await db.countStatements(() => db.run(MEETINGS, { limit }));
      expect(result.errors).toBeUndefined();
      expect(result.data!.meetings.items.length).toBe(limit);
      counts.push(statements.length);
      seen = statements;
    }
    // A loader batches what resolves in one tick; on PostgreSQL, replies arriving at different moments may split one
    // batch in two, so the count can move by a statement or two. One statement per row would add 80 here.
    expect(counts[1], seen.join('\n')).toBeLessThanOrEqual(counts[0] + 3);
    expect(Math.max(...counts), seen.join('\n')).toBeLessThanOrEqual(24);
  });
});
