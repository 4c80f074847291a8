import { Role } from '@chibo/domain';
import type { MikroORM } from '@mikro-orm/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_DAY, insertRows } from '../src/db/seed/demo';
import { generate } from '../src/db/seed/generator';
import { verifyChain } from '../src/modules/audit/audit.service';
import { seedDemoUsers } from '../src/modules/auth/users';
import { DATABASES, type HttpApp, openHttpApp } from './harness';

const PASSWORD = 'mat-khau-thu-nghiem-2026';

/** A browser-like client: keeps the session cookie it is given. */
function client(base: string) {
  let cookie = '';
  let lastSetCookie = '';
  return {
    get setCookie() {
      return lastSetCookie;
    },
    async gql(query: string, variables?: Record<string, unknown>) {
      const res = await fetch(`${base}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
        body: JSON.stringify({ query, variables }),
      });
      const set = res.headers.get('set-cookie');
      if (set) {
        lastSetCookie = set;
        const value = set.split(';')[0];
        cookie = value.endsWith('=') ? '' : value;
      }
      return res.json() as Promise<{ data?: any; errors?: any }>;
    },
    async login(username: string, password = PASSWORD) {
      return this.gql('mutation($u: String!, $p: String!) { login(input: { username: $u, password: $p }) { username role organizationId can { editStructure readPersonalData readAudit } } }', { u: username, p: password });
    },
  };
}

describe.each(DATABASES)('sign-in, roles and the audit trail over HTTP on %s', (kind) => {
  let http: HttpApp;
  let base: string;
  let orm: MikroORM;
  let tdp5: string;
  let otherBranch: string;

  beforeAll(async () => {
    http = await openHttpApp(kind, {
      prepare: async (o) => {
        await insertRows(o, generate({ seed: 42, wards: 1, today: DEMO_DAY }));
        await seedDemoUsers(o.em.fork(), PASSWORD);
      },
    });
    ({ orm, base } = http);
    const admin = client(base);
    await admin.login('vanphong');
    const branches = await admin.gql('{ organizations(filter: { search: "To dan pho so 5", kind: BRANCH, dissolved: false }) { items { id name } } other: organizations(filter: { search: "Cong an", kind: BRANCH }) { items { id } } }');
    tdp5 = branches.data.organizations.items.find((o: any) => o.name === 'Chi bộ Tổ dân phố số 5').id;
    otherBranch = branches.data.other.items[0].id;
  });
  afterAll(() => http?.close());

  it('sets an HttpOnly, SameSite=Strict session cookie and a new session id at every login', async () => {
    const c = client(base);
    const first = await c.login('uyvien');
    expect(first.data.login).toMatchObject({ username: 'uyvien', role: Role.COMMITTEE_MEMBER, can: { editStructure: false } });
    expect(c.setCookie).toMatch(/HttpOnly/i);
    expect(c.setCookie).toMatch(/SameSite=Strict/i);
    const firstCookie = c.setCookie.split(';')[0];
    await c.login('uyvien');
    expect(c.setCookie.split(';')[0]).not.toBe(firstCookie);
    expect((await c.gql('{ me { username } }')).data.me.username).toBe('uyvien');
    // A role change ends the session: the user signs in again and gets a new session id.
    const knex = (orm.em as any).getKnex();
    await knex('app_user').where({ username: 'uyvien' }).update({ role: 'INSPECTOR' });
    expect((await c.gql('{ me { username } }')).data.me).toBeNull();
    await knex('app_user').where({ username: 'uyvien' }).update({ role: 'COMMITTEE_MEMBER' });
    await c.login('uyvien');
    await c.gql('mutation { logout }');
    expect((await c.gql('{ me { username } }')).data.me).toBeNull();
    expect((await c.gql('{ wards { total } }')).errors[0].extensions.code).toBe('UNAUTHENTICATED');
  });

  it('refuses wrong passwords without saying which part was wrong, then makes the address wait, counting aliases one by one', async () => {
    const c = client(base);
    const wrong = await c.login('kiemtra', 'sai-mat-khau');
    expect(wrong.errors[0]).toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
    const unknown = await c.login('khong-ton-tai', 'sai-mat-khau');
    expect(unknown.errors[0].message).toBe(wrong.errors[0].message);
    // Aliases cannot multiply tries: every login that runs writes its attempt first (a failing non-null
    // mutation also stops the rest of the document).
    const knex = (orm.em as any).getKnex();
    const countAttempts = async () => Number((await knex('login_attempt').where({ username: 'kiemtra' }).count({ n: '*' }))[0].n);
    const beforeBurst = await countAttempts();
    const aliases = Array.from({ length: 6 }, (_, i) => `a${i}: login(input: { username: "kiemtra", password: "sai-${i}" }) { username }`).join(' ');
    const burst = await c.gql(`mutation { ${aliases} }`);
    expect(await countAttempts()).toBe(beforeBurst + burst.errors.length);
    for (let i = 0; i < 5; i++) await c.login('kiemtra', `sai-lan-${i}`);
    // Past the free failures this address waits before its next try, even with the right password...
    const right = await c.login('kiemtra');
    expect(right.errors[0].extensions.code).toBe('TOO_MANY_REQUESTS');
    expect(right.errors[0].extensions.retryAfterSeconds).toBeGreaterThan(0);
    expect(right.data).toBeNull();
    // The account itself is not locked: login-throttling.test.ts signs its owner in from another address.
  });

  it('keeps a branch secretary inside their branch, by list, by id and through nested fields', async () => {
    const c = client(base);
    await c.login('bithu.tdp5');
    const lists = await c.gql('{ organizations(limit: 100) { total items { id } } members(limit: 100) { total items { branch { id } } } }');
    expect(lists.data.organizations.items.map((o: any) => o.id)).toEqual([tdp5]);
    expect(lists.data.members.total).toBeGreaterThan(20);
    // Former members of the branch stay readable to it; their later branch elsewhere is not (null).
    expect(lists.data.members.items.every((m: any) => m.branch === null || m.branch.id === tdp5)).toBe(true);
    expect(lists.data.members.items.filter((m: any) => m.branch?.id === tdp5).length).toBeGreaterThan(20);
    const other = await c.gql(`query($id: ID!) { organization(id: $id) { id name } members(filter: { organizationId: $id }) { total } }`, { id: otherBranch });
    expect(other.data.organization).toBeNull();
    expect(other.data.members.total).toBe(0);
    const nested = await c.gql(`query($id: ID!) { organization(id: $id) { parent { id } ward { committee { id } } } }`, { id: tdp5 });
    expect(nested.data.organization.parent).toBeNull();
    expect(nested.data.organization.ward.committee).toBeNull();
    const write = await c.gql(`mutation($id: ID!) { updateOrganization(id: $id, input: { note: "x" }) { id } }`, { id: tdp5 });
    expect(write.errors[0].extensions.code).toBe('FORBIDDEN');
  });

  it('never shows an analyst phone, birth date, identity number, email or address', async () => {
    const c = client(base);
    await c.login('phantich');
    const res = await c.gql('{ members(limit: 50) { total items { fullName phone birthDate identityNumber email address status } } }');
    expect(res.data.members.total).toBeGreaterThan(2000);
    for (const m of res.data.members.items) {
      expect(m).toMatchObject({ phone: null, birthDate: null, identityNumber: null, email: null, address: null });
      expect(m.fullName).toBeTruthy();
    }
    expect((await c.gql('{ auditEntries { total } }')).errors[0].extensions.code).toBe('FORBIDDEN');
  });

  it('records who changed what in a hash chain that the verifier checks, and names a tampered row', async () => {
    const admin = client(base);
    await admin.login('vanphong');
    const before = await admin.gql(`query($id: ID!) { organization(id: $id) { address version } }`, { id: tdp5 });
    const count = async () => (await admin.gql('{ auditEntries { total } }')).data.auditEntries.total as number;
    const entriesBefore = await count();
    const changed = await admin.gql(`mutation($id: ID!, $v: Int) { updateOrganization(id: $id, input: { version: $v, address: "Nhà văn hóa tổ 5" }) { address } }`, { id: tdp5, v: before.data.organization.version });
    expect(changed.errors).toBeUndefined();
    // One change, one entry: rows merely read on the way (the session's user, the branch's members) are not rewritten.
    expect(await count()).toBe(entriesBefore + 1);
    const trail = await admin.gql(`query($id: String) { auditEntries(filter: { entity: ["Organization"], entityId: $id }) { items { username action before after hash previousHash } } }`, { id: tdp5 });
    const entry = trail.data.auditEntries.items[0];
    expect(entry).toMatchObject({ username: 'vanphong', action: 'UPDATE' });
    expect(JSON.parse(entry.after).address).toBe('Nhà văn hóa tổ 5');
    expect(JSON.parse(entry.before).address).toBe(before.data.organization.address);
    const inspector = client(base);
    await inspector.login('uyvien');
    expect((await inspector.gql('{ auditEntries { total } }')).errors[0].extensions.code).toBe('FORBIDDEN');

    expect(await verifyChain(orm.em.fork())).toBeNull();
    const knex = (orm.em as any).getKnex();
    const rows = await knex('audit_entry').select('id').orderBy('id');
    const victim = rows[Math.floor(rows.length / 2)].id;
    await knex('audit_entry').where({ id: victim }).update({ username: 'nguoi-khac' });
    expect(await verifyChain(orm.em.fork())).toMatchObject({ id: victim });
  });
});
