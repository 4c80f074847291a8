import type { EntityManager as SqlEntityManager } from '@mikro-orm/knex';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { User } from '../src/modules/auth/user.entity';
import { Organization } from '../src/modules/organization/organization.entity';
import { Ward } from '../src/modules/ward/ward.entity';
import { type Kind, requireBuild, runScript, type ScratchDb, scratchDatabase } from './api-process';
import { DATABASES, type HttpApp, openHttpApp } from './harness';

/**
 * The operator's commands as README documents them, run as built (`npm run create-admin`, `npm run audit:verify`)
 * against a database of their own that a running API also serves.
 */
describe.each(DATABASES)('create-admin and audit:verify commands on %s', (kind) => {
  let db: ScratchDb;
  let http: HttpApp;
  let committeeId = '';

  const login = async (username: string, password: string) => {
    const res = await fetch(`${http.base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: 'mutation($u: String!, $p: String!) { login(input: { username: $u, password: $p }) { username role organizationId } }', variables: { u: username, p: password } }),
    });
    return { cookie: (res.headers.get('set-cookie') ?? '').split(';')[0], body: (await res.json()) as { data?: any; errors?: any[] } };
  };
  const users = () => http.orm.em.fork().count(User, {});

  beforeAll(async () => {
    requireBuild('create-admin', 'verify-audit');
    db = await scratchDatabase(kind as Kind, 'commands');
    http = await openHttpApp(kind, {
      at: kind === 'postgresql' ? { databaseUrl: db.location, sqlitePath: '' } : { sqlitePath: db.location },
      // A ward and its committee, as the first administrator finds them.
      prepare: async (orm) => {
        const em = orm.em.fork();
        const ward = em.create(Ward, { code: 'W', name: 'Phường W', foundedOn: '2025-07-01', searchText: 'w', sortKey: 'w' } as never);
        await em.flush();
        const committee = em.create(Organization, { ward: ward.id, kind: 'WARD_COMMITTEE', code: 'DU', name: 'Đảng ủy phường W', foundedOn: '2025-07-01', path: '/1/', searchText: 'du', sortKey: 'du' } as never);
        await em.flush();
        committeeId = String(committee.id);
      },
    });
  });
  afterAll(async () => {
    await http?.close();
    await db?.drop();
  });

  it('create-admin with NEW_PASSWORD creates an administrator who signs in, and prints no password', async () => {
    const passphrase = 'mot cau mat khau rat dai 2026';
    const run = await runScript('create-admin', ['--username', 'Admin', '--organization-id', committeeId, '--name', 'Văn phòng Đảng ủy'], { ...db.env, NEW_PASSWORD: passphrase });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Created ADMINISTRATOR "Admin" for Đảng ủy phường W.');
    expect(run.stdout).not.toContain(passphrase);
    expect(run.stdout).not.toMatch(/Password/);
    // User names are kept in lower case, so "Admin" signs in as "admin" too.
    const signedIn = await login('admin', passphrase);
    expect(signedIn.body.errors).toBeUndefined();
    expect(signedIn.body.data.login).toEqual({ username: 'admin', role: 'ADMINISTRATOR', organizationId: committeeId });
  });

  it('create-admin without NEW_PASSWORD generates one, prints it once, and --role gives another role', async () => {
    const run = await runScript('create-admin', ['--username', 'phantich', '--organization-id', committeeId, '--role', 'ANALYST'], { ...db.env, NEW_PASSWORD: undefined });
    expect(run.code).toBe(0);
    const printed = /Password \(shown once\): (\S+)/.exec(run.stdout)?.[1] ?? '';
    expect(printed.length).toBeGreaterThanOrEqual(16);
    expect(run.stdout.split(printed)).toHaveLength(2);
    const signedIn = await login('phantich', printed);
    expect(signedIn.body.data?.login).toMatchObject({ username: 'phantich', role: 'ANALYST' });
    // Only its argon2id hash is stored.
    const stored = await http.orm.em.fork().findOneOrFail(User, { username: 'phantich' });
    expect(stored.passwordHash).toMatch(/^\$argon2id\$/);
    expect(stored.passwordHash).not.toContain(printed);
  });

  it('create-admin refuses a taken user name, a weak password, an unknown organization and a missing argument, creating nobody', async () => {
    const before = await users();
    const taken = await runScript('create-admin', ['--username', 'ADMIN', '--organization-id', committeeId], { ...db.env, NEW_PASSWORD: 'mot mat khau khac rat dai' });
    expect(taken.code).toBe(1);
    expect(taken.stderr).toContain('That user name is taken.');
    const weak = await runScript('create-admin', ['--username', 'admin2', '--organization-id', committeeId], { ...db.env, NEW_PASSWORD: 'ngan' });
    expect(weak.code).toBe(1);
    expect(weak.stderr).toContain('Mật khẩu cần ít nhất 10 ký tự.');
    const nowhere = await runScript('create-admin', ['--username', 'admin3', '--organization-id', '999999'], { ...db.env, NEW_PASSWORD: 'mot mat khau khac rat dai' });
    expect(nowhere.code).toBe(1);
    expect(nowhere.stderr).toContain('No organization with id 999999');
    const usage = await runScript('create-admin', ['--username', 'admin4'], db.env);
    expect(usage.code).toBe(2);
    expect(usage.stdout).toContain('Usage:');
    expect(await users()).toBe(before);
  });

  it('audit:verify passes on an intact chain and names the first altered entry, exiting 1', async () => {
    // Sign-ins and an edit through the API append to the chain.
    const { cookie } = await login('admin', 'mot cau mat khau rat dai 2026');
    const edit = await fetch(`${http.base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie },
      body: JSON.stringify({ query: 'mutation($id: ID!) { updateOrganization(id: $id, input: { address: "Số 1 phố W" }) { address } }', variables: { id: committeeId } }),
    });
    expect(((await edit.json()) as { errors?: unknown }).errors).toBeUndefined();
    const knex = (http.orm.em as SqlEntityManager).getKnex();
    const ids = (await knex('audit_entry').select('id').orderBy('id')).map((r: { id: number }) => Number(r.id));
    expect(ids.length).toBeGreaterThanOrEqual(3);

    const intact = await runScript('verify-audit', [], db.env);
    expect(intact.stderr).toBe('');
    expect(intact.code).toBe(0);
    expect(intact.stdout).toContain('Audit trail intact.');

    const victim = ids[1];
    await knex('audit_entry').where({ id: victim }).update({ username: 'nguoi-khac' });
    const broken = await runScript('verify-audit', [], db.env);
    expect(broken.code).toBe(1);
    expect(broken.stderr).toContain(`Audit trail broken at entry #${victim}: its content does not match its hash.`);
  });
});
