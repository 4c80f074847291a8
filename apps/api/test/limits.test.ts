import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_DAY, insertRows } from '../src/db/seed/demo';
import { generate } from '../src/db/seed/generator';
import { seedDemoUsers } from '../src/modules/auth/users';
import { DATABASES, type HttpApp, openHttpApp } from './harness';

const PASSWORD = 'mat-khau-thu-nghiem-2026';

/** The limits README promises ("Limits on a GraphQL document"), written out so that moving one fails here. */
const LIMITS = { maxDepth: 12, maxAliases: 20, maxCost: 50_000, maxTokens: 5_000, maxPage: 100 };

interface Answer {
  status: number;
  data?: Record<string, any>;
  errors?: Array<{ message: string; extensions?: Record<string, any> }>;
}

/**
 * `n` tokens (n ≥ 5) that break no other limit: operations `query Qi { __typename }` of 5 tokens each, the rest as
 * extra fields of the first. Separate operations are validated separately, and __typename costs nothing and needs
 * no alias; one selection set of thousands of equal fields would instead exhaust graphql-js's own budget for
 * comparing overlapping fields.
 */
function documentOfTokens(n: number): string {
  const operations = Array.from({ length: Math.floor(n / 5) }, (_, i) => `query Q${i} { __typename }`);
  operations[0] = `query Q0 { __typename ${'__typename '.repeat(n % 5)}}`;
  return operations.join('\n');
}

describe.each(DATABASES)('query limits and concurrent edits on %s', (kind) => {
  let http: HttpApp;
  let cookie = '';
  const post = async (query: string, variables?: Record<string, unknown>, operationName?: string): Promise<Answer> => {
    const res = await fetch(`${http.base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie },
      body: JSON.stringify({ query, variables, operationName }),
    });
    return { status: res.status, ...((await res.json()) as Omit<Answer, 'status'>) };
  };
  const expectRefused = (res: Answer, code: string, message: string) => {
    expect(res.status).toBe(400);
    expect(res.errors?.[0]?.extensions?.code).toBe(code);
    expect(res.errors?.[0]?.message).toContain(message);
  };

  beforeAll(async () => {
    http = await openHttpApp(kind, {
      prepare: async (orm) => {
        await insertRows(orm, generate({ seed: 42, wards: 1, today: DEMO_DAY }));
        await seedDemoUsers(orm.em.fork(), PASSWORD);
      },
    });
    const res = await fetch(`${http.base}/graphql`, {
      method: 'POST', headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `mutation { login(input: { username: "vanphong", password: "${PASSWORD}" }) { username } }` }),
    });
    cookie = (res.headers.get('set-cookie') ?? '').split(';')[0];
    expect(cookie).toMatch(/^chibo_session=./);
  });
  afterAll(() => http?.close());

  // Each document below breaks one limit only, by one, and its twin at the limit runs: so each test fails if its
  // limit moves either way, and no other limit can be what refuses it.

  it(`depth: ${LIMITS.maxDepth} levels run, one more answers 400`, async () => {
    // organizations (1) > items (2) > parent × n (3 … n+2) > id (n+3); a parent is one object, so the cost stays small.
    const nested = (depth: number) => `{ organizations(limit: 1) { items { ${'parent { '.repeat(depth - 3)}id${' }'.repeat(depth - 3)} } } }`;
    const atLimit = await post(nested(LIMITS.maxDepth));
    expect(atLimit.errors).toBeUndefined();
    expect(atLimit.data!.organizations.items).toHaveLength(1);
    expectRefused(await post(nested(LIMITS.maxDepth + 1)), 'GRAPHQL_VALIDATION_FAILED', `found ${LIMITS.maxDepth + 1}`);
  });

  it(`aliases: ${LIMITS.maxAliases} run, one more answers 400`, async () => {
    const aliased = (n: number) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: wards(limit: 1) { total }`).join(' ')} }`;
    const atLimit = await post(aliased(LIMITS.maxAliases));
    expect(atLimit.errors).toBeUndefined();
    expect(Object.keys(atLimit.data!)).toHaveLength(LIMITS.maxAliases);
    expectRefused(await post(aliased(LIMITS.maxAliases + 1)), 'GRAPHQL_VALIDATION_FAILED', `found ${LIMITS.maxAliases + 1}`);
  });

  it(`cost: exactly ${LIMITS.maxCost.toLocaleString('en')} runs, one more answers 400`, async () => {
    // A page costs 1 + limit × what each item selects, and a field repeated without an alias counts each time:
    // members(limit: 100) with 499 ids costs 1 + 100 × 499 = 49,901; wards(limit: w) with an id adds 1 + w.
    const costing = (wardLimit: number) => `{ members(limit: 100) { items { ${'id '.repeat(499)}} } wards(limit: ${wardLimit}) { items { id } } }`;
    const atLimit = await post(costing(98));
    expect(atLimit.errors).toBeUndefined();
    expect(atLimit.data!.members.items).toHaveLength(100);
    expectRefused(await post(costing(99)), 'GRAPHQL_VALIDATION_FAILED', `chi phí ${LIMITS.maxCost + 1}, tối đa ${LIMITS.maxCost}`);
  });

  it('cost multiplies nested lists: every membership’s member’s memberships’ branches’ children of a page is refused', async () => {
    const costly = `{ organizations(limit: 100) { items { memberships(allHistory: true) { member { memberships { branch { children { name } } } } } } } }`;
    expectRefused(await post(costly), 'GRAPHQL_VALIDATION_FAILED', 'chi phí');
    const normal = await post(`{ organizations(filter: { kind: BRANCH }, limit: 100) { total items { name parent { name } memberCount secretary { fullName memberships { from } } } } }`);
    expect(normal.errors).toBeUndefined();
  });

  it(`tokens: ${LIMITS.maxTokens.toLocaleString('en')} are parsed and run, one more answers 400`, async () => {
    const atLimit = await post(documentOfTokens(LIMITS.maxTokens), undefined, 'Q0');
    expect(atLimit.errors).toBeUndefined();
    expect(atLimit.data).toEqual({ __typename: 'Query' });
    expectRefused(await post(documentOfTokens(LIMITS.maxTokens + 1), undefined, 'Q0'), 'GRAPHQL_PARSE_FAILED', `more that ${LIMITS.maxTokens} tokens`);
  });

  it(`page size: 1 and ${LIMITS.maxPage} are served, 0 and ${LIMITS.maxPage + 1} are refused naming limit`, async () => {
    const page = (limit: number) => post(`query($limit: Int) { members(limit: $limit) { limit items { id } } }`, { limit });
    for (const limit of [1, LIMITS.maxPage]) {
      const res = await page(limit);
      expect(res.errors).toBeUndefined();
      expect(res.data!.members.limit).toBe(limit);
      expect(res.data!.members.items).toHaveLength(limit);
    }
    for (const limit of [0, LIMITS.maxPage + 1]) {
      expect((await page(limit)).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'limit' });
    }
  });

  it('lets exactly one of 20 parallel updates with the same version through', async () => {
    const org = (await post(`{ organizations(filter: { kind: BRANCH, dissolved: false }, limit: 1) { items { id version } } }`)).data!.organizations.items[0];
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        post(`mutation($id: ID!, $v: Int, $n: String) { updateOrganization(id: $id, input: { version: $v, note: $n }) { version note } }`, { id: org.id, v: org.version, n: `Ghi chú ${i}` }),
      ),
    );
    const ok = results.filter((r) => !r.errors);
    expect(ok).toHaveLength(1);
    expect(results.filter((r) => r.errors?.[0]?.extensions?.code === 'CONFLICT')).toHaveLength(19);
    const now = (await post(`query($id: ID!) { organization(id: $id) { version note } }`, { id: org.id })).data!.organization;
    expect(now).toEqual(ok[0].data!.updateOrganization);
  });
});
