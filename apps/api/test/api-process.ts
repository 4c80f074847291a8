import { todayInVietnam } from '@chibo/domain';
import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { createPgDatabase, onPgServer, pgUrl } from './harness';

/** Helpers for tests that drive the built API and its scripts as separate processes, as an operator would. */

export const DIST = resolve(__dirname, '../dist');
export const PASSWORD = 'mat-khau-kiem-thu-ben-vung';

/** Fails with a clear message when the API was not built (npm test builds it first through turbo). */
export function requireBuild(...scripts: string[]): void {
  for (const file of ['main.js', ...scripts.map((s) => `scripts/${s}.js`)]) {
    if (!existsSync(join(DIST, file))) {
      throw new Error(`${join(DIST, file)} is missing: build first (npx turbo run build, or npm test, which builds).`);
    }
  }
}

export type Kind = 'sqlite' | 'postgresql';
export const KINDS: Kind[] = ['sqlite', ...(process.env.TEST_PG_URL ? (['postgresql'] as const) : [])];

export type Row = Record<string, unknown>;

/** A database of its own for one test, reachable by the API (through env) and by the test (through query). */
export interface ScratchDb {
  kind: Kind;
  /** What the API and the scripts are started with. */
  env: NodeJS.ProcessEnv;
  /** The SQLite file or the PostgreSQL URL. */
  location: string;
  query: (sql: string) => Promise<Row[]>;
  drop: () => Promise<void>;
}


/** A database given by location (a file path or a URL), read with its own short-lived connection per query. */
export function databaseAt(kind: Kind, location: string, dropIt: () => Promise<void> = async () => undefined): ScratchDb {
  if (kind === 'postgresql') {
    return {
      kind, location, env: { DATABASE_URL: location, SQLITE_PATH: '' }, drop: dropIt,
      query: (sql) => onPgServer(async (c) => (await c.query(sql)).rows, location),
    };
  }
  return {
    kind, location, env: { DATABASE_URL: '', SQLITE_PATH: location }, drop: dropIt,
    query: async (sql) => {
      const db = new Database(location, { fileMustExist: true });
      try {
        db.pragma('busy_timeout = 5000');
        return db.prepare(sql).all() as Row[];
      } finally {
        db.close();
      }
    },
  };
}

/** A new empty database: a file in a temporary folder, or a PostgreSQL database with a unique name. */
export async function scratchDatabase(kind: Kind, label: string): Promise<ScratchDb> {
  if (kind === 'postgresql') {
    const pg = await createPgDatabase(label);
    return databaseAt(kind, pg.url, pg.drop);
  }
  const dir = mkdtempSync(join(tmpdir(), `chibo-${label}-`));
  return databaseAt(kind, join(dir, 'chibo.sqlite'), async () => rmSync(dir, { recursive: true, force: true }));
}

/** A PostgreSQL URL on the test server for a database that does not exist yet, and how to drop it. */
export function unusedPgDatabase(label: string): { url: string; drop: () => Promise<void> } {
  const name = `chibo_${label}_${process.pid}_${randomBytes(4).toString('hex')}`;
  return { url: pgUrl(name), drop: () => dropPgDatabase(name) };
}

async function dropPgDatabase(name: string): Promise<void> {
  await onPgServer((c) => c.query(`drop database if exists ${name} with (force)`));
}

function freePort(): Promise<number> {
  return new Promise((ok) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => ok(port));
    });
  });
}

export interface ApiProcess {
  base: string;
  proc: ChildProcess;
  /** Resolves when the process has exited. */
  exited: Promise<void>;
}

/** Starts `node dist/main.js` on a free port and waits until /health answers (the first start migrates and seeds). */
export async function startApi(env: NodeJS.ProcessEnv): Promise<ApiProcess> {
  const port = await freePort();
  let stderr = '';
  const proc = spawn(process.execPath, [join(DIST, 'main.js')], {
    env: { ...process.env, SEED_DEMO: 'true', ...env, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn', DEMO_PASSWORD: PASSWORD },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  proc.stderr?.on('data', (d) => {
    stderr += d;
  });
  const exited = new Promise<void>((ok) => proc.once('exit', () => ok()));
  let gone = false;
  void exited.then(() => {
    gone = true;
  });
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 240 && !gone; i++) {
    try {
      if ((await fetch(`${base}/health`)).ok) return { base, proc, exited };
    } catch {
      /* not listening yet */
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  proc.kill('SIGKILL');
  throw new Error(`The API did not start.\n${stderr}`);
}

/** Stops a process with a signal and waits for it to be gone. */
export async function stopApi(api: ApiProcess, signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
  if (api.proc.exitCode === null && api.proc.signalCode === null) api.proc.kill(signal);
  await api.exited;
}

export interface GqlResult {
  data?: Record<string, any>;
  errors?: Array<{ message: string; extensions?: Record<string, unknown> }>;
}

/** Posts a GraphQL operation; rejects when the connection fails (as it does when the process is killed). */
export async function gql(base: string, query: string, variables: Record<string, unknown> = {}, cookie = ''): Promise<{ json: GqlResult; setCookie: string }> {
  const res = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return { json: (await res.json()) as GqlResult, setCookie: res.headers.get('set-cookie') ?? '' };
}

/** Signs in as the demo administrator; returns the session cookie. */
export async function signIn(base: string): Promise<string> {
  const { json, setCookie } = await gql(base, `mutation { login(input: { username: "vanphong", password: "${PASSWORD}" }) { username } }`);
  if (json.errors) throw new Error(`sign-in failed: ${JSON.stringify(json.errors)}`);
  return setCookie.split(';')[0];
}

/** A live branch of the demo ward founded before the day the test's members join it. */
export async function someBranch(base: string, cookie: string): Promise<string> {
  const { json } = await gql(base, '{ organizations(filter: { kind: BRANCH, dissolved: false }, sort: [{ field: ID }], limit: 20) { items { id foundedOn } } }', {}, cookie);
  const items = (json.data?.organizations.items ?? []) as Array<{ id: string; foundedOn: string }>;
  const branch = items.find((o) => o.foundedOn <= JOIN_DAY);
  if (!branch) throw new Error('no branch in the demo ward');
  return branch.id;
}

/**
 * The writers' members join their branch today: a member placed from a past day also recounts the branch's meetings
 * held since (a heavier write, tested in corrections.test.ts); these tests are about durability, not that cost.
 */
const JOIN_DAY = todayInVietnam();

/** One acknowledged write: the API answered with the ids of the member and of the membership it created with it. */
export interface AckedWrite {
  note: string;
  memberId: string;
  membershipId: string;
}

export interface Writer {
  acked: AckedWrite[];
  /** Answers that were errors instead of data (none are expected while the process is up). */
  refused: string[];
  /** Requests that got no answer (the process died under them). */
  unanswered: number;
  /** Stops sending; resolves when every in-flight request has settled. */
  stop: () => Promise<void>;
  /** Resolves when every loop has ended (stopped, or its connection failed). */
  done: Promise<void>;
}

const CREATE_MEMBER = `mutation($input: CreateMemberInput!) { createMember(input: $input) { id note memberships { id } } }`;

/**
 * Sends createMember mutations, each writing a member, its first membership and their audit entries in one
 * transaction, from `concurrency` loops at once. A loop ends at its first request without an answer.
 */
export function startWriter(base: string, cookie: string, branchId: string, marker: string, concurrency: number): Writer {
  let stopped = false;
  let sequence = 0;
  const writer = { acked: [] as AckedWrite[], refused: [] as string[], unanswered: 0 } as Writer;
  const loop = async () => {
    while (!stopped) {
      const note = `${marker}-${++sequence}`;
      const input = {
        fullName: 'Nguyễn Thị Bền Vững', status: 'PROBATIONARY', admittedOn: '2026-02-03', note,
        membership: { branchId, from: JOIN_DAY },
      };
      let json: GqlResult;
      try {
        ({ json } = await gql(base, CREATE_MEMBER, { input }, cookie));
      } catch {
        writer.unanswered++;
        return;
      }
      const created = json.data?.createMember as { id: string; note: string; memberships: Array<{ id: string }> } | undefined;
      if (created && created.note === note && created.memberships.length === 1) {
        writer.acked.push({ note, memberId: created.id, membershipId: created.memberships[0].id });
      } else {
        writer.refused.push(JSON.stringify(json.errors ?? json.data));
      }
    }
  };
  writer.done = Promise.all(Array.from({ length: concurrency }, loop)).then(() => undefined);
  writer.stop = async () => {
    stopped = true;
    await writer.done;
  };
  return writer;
}

/** Runs a built script (dist/scripts/<name>.js) to its end. */
export function runScript(name: string, args: string[], env: NodeJS.ProcessEnv): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((ok) => {
    const proc = spawn(process.execPath, [join(DIST, 'scripts', `${name}.js`), ...args], { env: { ...process.env, LOG_LEVEL: 'warn', ...env } });
    let stdout = '';
    let stderr = '';
    proc.stdout.on('data', (d) => {
      stdout += d;
    });
    proc.stderr.on('data', (d) => {
      stderr += d;
    });
    proc.on('close', (code) => ok({ code, stdout, stderr }));
  });
}

/**
 * Written rows that break the all-or-nothing promise, for members whose note starts with the marker: a member
 * without its membership, a member or membership without its audit entry, an audit entry without its row.
 */
export async function partialWrites(db: ScratchDb, marker: string): Promise<Row[]> {
  const mine = `m.note like '${marker}%'`;
  return db.query(`
    select 'member without membership' as problem, m.id from member m
      where ${mine} and not exists (select 1 from membership s where s.member_id = m.id)
    union all
    select 'member without audit entry', m.id from member m
      where ${mine} and not exists (select 1 from audit_entry a where a.entity = 'Member' and a.action = 'CREATE' and a.entity_id = cast(m.id as varchar(40)))
    union all
    select 'membership without audit entry', s.id from membership s join member m on m.id = s.member_id
      where ${mine} and not exists (select 1 from audit_entry a where a.entity = 'Membership' and a.action = 'CREATE' and a.entity_id = cast(s.id as varchar(40)))
    union all
    select 'audit entry without its member', cast(a.entity_id as integer) from audit_entry a
      where a.entity = 'Member' and a.action = 'CREATE' and a.after like '%"note":"${marker}%'
        and not exists (select 1 from member m where cast(m.id as varchar(40)) = a.entity_id)`);
}

/** Row counts of every table of the application, by table name. */
export async function tableCounts(db: ScratchDb): Promise<Record<string, number>> {
  const tables = await db.query(
    db.kind === 'postgresql'
      ? "select table_name as name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE' order by 1"
      : "select name from sqlite_master where type = 'table' and name not like 'sqlite_%' order by 1",
  );
  const sql = tables.map((t) => `select '${t.name}' as name, count(*) as n from "${t.name}"`).join(' union all ');
  const counts: Record<string, number> = {};
  for (const row of await db.query(sql)) counts[String(row.name)] = Number(row.n);
  return counts;
}

/** A small deterministic generator (mulberry32), so a failing crash schedule can be replayed from its seed. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
