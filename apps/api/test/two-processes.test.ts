import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createPgDatabase } from './harness';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const MAIN = resolve(__dirname, '../dist/main.js');
const PASSWORD = 'mat-khau-hai-tien-trinh';

function freePort(): Promise<number> {
  return new Promise((ok) => {
    const s = createServer().listen(0, () => {
      const { port } = s.address() as { port: number };
      s.close(() => ok(port));
    });
  });
}

async function start(env: NodeJS.ProcessEnv): Promise<{ proc: ChildProcess; base: string }> {
  const port = await freePort();
  const proc = spawn(process.execPath, [MAIN], { env: { ...process.env, ...env, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn', DEMO_PASSWORD: PASSWORD }, stdio: 'ignore' });
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 120; i++) {
    try {
      if ((await fetch(`${base}/health`)).ok) return { proc, base };
    } catch {
      /* not listening yet */
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error('API did not start');
}

async function gql(base: string, query: string, cookie = '') {
  const res = await fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) }, body: JSON.stringify({ query }) });
  return { json: (await res.json()) as { data?: any; errors?: any }, setCookie: res.headers.get('set-cookie') ?? '' };
}

/** Two API processes against one database, as behind a load balancer: sessions and throttling are shared. */
describe.each(process.env.TEST_PG_URL ? ['postgresql', 'sqlite'] : ['sqlite'])('two API processes on one %s database', (kind) => {
  const procs: ChildProcess[] = [];
  let a = '';
  let b = '';
  let cleanup: () => Promise<void> = async () => undefined;

  beforeAll(async () => {
    let env: NodeJS.ProcessEnv;
    if (kind === 'postgresql') {
      const pg = await createPgDatabase('two');
      env = { DATABASE_URL: pg.url };
      cleanup = pg.drop;
    } else {
      const dir = mkdtempSync(join(tmpdir(), 'chibo-two-'));
      env = { DATA_DIR: dir, DATABASE_URL: '' };
      cleanup = async () => rmSync(dir, { recursive: true, force: true });
    }
    // The first process migrates and seeds; the second starts on the same database.
    const first = await start(env);
    const second = await start(env);
    procs.push(first.proc, second.proc);
    a = first.base;
    b = second.base;
  });
  afterAll(async () => {
    for (const p of procs) p.kill();
    await new Promise((r) => setTimeout(r, 300));
    await cleanup();
  });

  it('accepts on one process a session opened on the other, and ends it everywhere at logout', async () => {
    const login = await gql(a, `mutation { login(input: { username: "uyvien", password: "${PASSWORD}" }) { username } }`);
    const cookie = login.setCookie.split(';')[0];
    expect((await gql(b, '{ me { username } }', cookie)).json.data.me.username).toBe('uyvien');
    await gql(b, 'mutation { logout }', cookie);
    expect((await gql(a, '{ me { username } }', cookie)).json.data.me).toBeNull();
  });

  it('counts failed logins across processes', async () => {
    for (let i = 0; i < 6; i++) await gql(i % 2 ? a : b, `mutation { login(input: { username: "kiemtra", password: "sai-${i}" }) { username } }`);
    const right = await gql(a, `mutation { login(input: { username: "kiemtra", password: "${PASSWORD}" }) { username } }`);
    expect(right.json.errors[0].extensions.code).toBe('TOO_MANY_REQUESTS');
  });
});
