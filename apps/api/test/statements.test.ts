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
    if (kind === 'sqlite') {
      // better-sqlite3 answers synchronously and each batch waits for a turn of its own (nextTurn in loaders.ts),
      // so every batch holds every key asked for meanwhile, whatever the page size: the count is exact.
      expect(counts[1], seen.join('\n')).toBe(counts[0]);
    } else {
      // PostgreSQL replies arrive on event-loop turns of their own, and a loader batches only what is asked for in one
      // turn. The meetings' branches come back in two organization batches (some were already asked for by the tasks'
      // branches); when those two replies land on different turns, the member-count and secretary loaders run twice,
      // and the secretaries' members may follow them: up to 3 statements more, whichever the page size (seen: 17 or
      // 19 on either). One statement per row would add 80 here.
      expect(Math.abs(counts[1] - counts[0]), seen.join('\n')).toBeLessThanOrEqual(3);
    }
    expect(Math.max(...counts), seen.join('\n')).toBeLessThanOrEqual(24);
  });
});

describe.each(DATABASES)('SQL statements of saving an attendance sheet on %s', (kind) => {
  let db: TestDb;
  beforeAll(async () => {
    db = await openTestDb(kind, 1, { meetings: true });
  });
  afterAll(() => db.close());

  it('reads the roster, its exclusions and the stored sheet once, and writes in one transaction', async () => {
    const found = await db.run(`{ meetings(filter: { held: true, kind: [REGULAR] }, limit: 1) { items { id version roster { memberId } } } }`);
    const meeting = found.data!.meetings.items[0];
    expect(meeting.roster.length).toBeGreaterThan(5);
    const entries = meeting.roster.map((r: { memberId: string }, i: number) => ({ memberId: r.memberId, status: i === 0 ? 'EXCUSED' : 'PRESENT', reason: i === 0 ? 'Ốm' : null }));
    const { result, statements } = await db.countStatements(() =>
      db.run(`mutation($id: ID!, $entries: [AttendanceEntryInput!]!, $v: Int) { recordAttendance(meetingId: $id, entries: $entries, version: $v) { id excusedCount } }`, {
        id: meeting.id, entries, v: meeting.version,
      }),
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.recordAttendance.excusedCount).toBe(1);
    // Reads of a table on its own: not the optimistic-lock check MikroORM runs after a batch update (`where id = … and
    // version = …`), nor the excused members' history of the year (attendance joined with meetings), read once.
    const reads = (table: string) =>
      statements.filter((s) => new RegExp(`^select .* from [\`"]${table}[\`"]`, 'i').test(s) && !/[`"]version[`"] = /.test(s) && !/ join [`"]meeting[`"]/i.test(s)).length;
    // The year's history is read once for the excused members' runs, and once to find later meetings whose runs this
    // sheet changes (select distinct).
    const history = statements.filter((s) => /from [`"]attendance[`"] as [`"]a[`"] inner join [`"]meeting[`"]/i.test(s));
    expect(history.map((s) => (/^select distinct/i.test(s) ? 'later meetings' : 'runs')).sort(), statements.join('\n')).toEqual(['later meetings', 'runs']);
    expect({ membership: reads('membership'), exemption: reads('exemption'), specialDuty: reads('special_duty'), attendance: reads('attendance') }, statements.join('\n'))
      .toEqual({ membership: 1, exemption: 1, specialDuty: 1, attendance: 1 });
    expect(statements.filter((s) => /^(begin|savepoint|start transaction)/i.test(s)).length, statements.join('\n')).toBe(1);
  });
});
