import fc from 'fast-check';
import {
  type GraphQLInputType, getNamedType, isEnumType, isInputObjectType, isListType, isNonNullType, isScalarType,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSchema } from '../src/schema';
import { openTestDb, type TestDb } from './harness';

/** Runs per mutation: 1,000 in CI (fixed seed), fewer on a laptop unless FUZZ_RUNS says otherwise. */
const RUNS = Number(process.env.FUZZ_RUNS ?? (process.env.CI === 'true' ? 1000 : 150));
const SEED = 20_261_125;
const TYPED_CODES = new Set(['BAD_USER_INPUT', 'NOT_FOUND', 'CONFLICT', 'FORBIDDEN', 'GRAPHQL_VALIDATION_FAILED']);
/** Words that would betray internals: SQL, driver names, stack frames. */
const LEAK = /\b(select|insert into|update .* set|delete from)\b|sqlite|postgres|knex|mikro|\.js:\d+|\bat \w+ \(/i;

const vietnamese = fc.constantFrom('Nguyễn Văn Đức', 'Chi bộ Tổ dân phố số 5', 'Đảng ủy phường', 'Trần Thị Hoa', 'Phường Long Biên');
const text = fc.oneof(
  fc.string({ maxLength: 30 }),
  vietnamese,
  vietnamese.map((s) => s.normalize('NFD')),
  fc.string({ minLength: 300, maxLength: 6000 }),
  fc.string({ maxLength: 20 }).map((s) => `${s}\u0000\u0007\u001b${s}`),
  fc.constantFrom('', '   ', "'; drop table member; --", '%_\\', '<script>alert(1)</script>'),
);
const date = fc.oneof(
  fc.date({ min: new Date('1900-01-01'), max: new Date('2100-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
  fc.constantFrom('2025-02-30', '2025-13-01', '01/07/2025', 'hôm qua', '', '2025-07-01T00:00:00Z'),
);
const id = fc.oneof(
  fc.integer({ min: 1, max: 40 }).map(String),
  fc.constantFrom('0', '-1', 'abc', '1.5', '999999999999999999999', ''),
  fc.nat().map(String),
);

/** An arbitrary value for a GraphQL input type, valid or not in every way a careless client could manage. */
function arbitraryFor(type: GraphQLInputType, depth = 0): fc.Arbitrary<unknown> {
  if (isNonNullType(type)) return arbitraryFor(type.ofType, depth);
  if (isListType(type)) return fc.array(arbitraryFor(type.ofType, depth + 1), { maxLength: 3 });
  const named = getNamedType(type);
  if (isEnumType(named)) return fc.oneof(fc.constantFrom(...named.getValues().map((v) => v.value)), fc.constant('NOT_A_VALUE'));
  if (isInputObjectType(named)) {
    if (depth > 2) return fc.constant({});
    const fields = Object.values(named.getFields());
    const model: Record<string, fc.Arbitrary<unknown>> = {};
    for (const f of fields) model[f.name] = isNonNullType(f.type) ? arbitraryFor(f.type, depth + 1) : fc.option(arbitraryFor(f.type, depth + 1), { nil: undefined });
    return fc.record(model).map((r) =>
      Object.fromEntries(Object.entries(r).filter(([, v]) => v !== undefined)),
    );
  }
  if (isScalarType(named)) {
    switch (named.name) {
      case 'ID': return id;
      case 'Int': return fc.oneof(fc.integer({ min: -5, max: 200 }), fc.constantFrom(2 ** 31 - 1, -(2 ** 31)));
      case 'Boolean': return fc.boolean();
      case 'Date': return date;
      default: return text;
    }
  }
  return fc.constant(null);
}

describe('fuzzing every mutation with inputs generated from the schema (SQLite)', async () => {
  const schema = await createSchema();
  const mutations = Object.values(schema.getMutationType()!.getFields()).filter((f) => !['login', 'logout', 'changePassword'].includes(f.name));
  let db: TestDb;
  beforeAll(async () => {
    db = await openTestDb('sqlite', 0);
    // A small structure so that some generated ids point at real rows.
    await db.run(`mutation { createWard(input: { code: "F", name: "Phường F", foundedOn: "2020-01-01" }) { id } }`);
    await db.run(`mutation { createOrganization(input: { wardId: "1", kind: WARD_COMMITTEE, code: "DU", name: "Đảng ủy", foundedOn: "2020-01-01" }) { id } }`);
    await db.run(`mutation { createOrganization(input: { wardId: "1", parentId: "1", kind: BRANCH, branchKind: RESIDENTIAL, code: "B1", name: "Chi bộ 1", foundedOn: "2020-01-01" }) { id } }`);
    await db.run(`mutation { createMember(input: { fullName: "Lê Văn An", status: OFFICIAL, admittedOn: "2000-01-01", officialOn: "2001-01-01", membership: { branchId: "2", from: "2020-01-01" } }) { id } }`);
  });
  afterAll(() => db.close());

  it.each(mutations.map((m) => [m.name, m] as const))('%s answers typed errors or success, leaks nothing, and a refusal writes nothing', async (_name, field) => {
    const args = field.args;
    const varDefs = args.map((a) => `$${a.name}: ${a.type.toString()}`).join(', ');
    const selection = isScalarType(getNamedType(field.type)) ? '' : ' { __typename }';
    const query = `mutation${varDefs ? `(${varDefs})` : ''} { ${field.name}${args.length ? `(${args.map((a) => `${a.name}: $${a.name}`).join(', ')})` : ''}${selection} }`;
    const variables = fc.record(Object.fromEntries(args.map((a) => [a.name, arbitraryFor(a.type)])));
    await fc.assert(
      fc.asyncProperty(variables, async (vars) => {
        const before = await db.fingerprint();
        const res = await db.run(query, vars as Record<string, unknown>);
        if (!res.errors) return;
        for (const error of res.errors) {
          expect(TYPED_CODES.has(String(error.extensions?.code)), `${error.extensions?.code}: ${error.message}`).toBe(true);
          expect(error.message).not.toMatch(LEAK);
          expect(JSON.stringify(error.extensions ?? {})).not.toMatch(/stacktrace/);
        }
        expect(await db.fingerprint()).toBe(before);
      }),
      { numRuns: RUNS, seed: SEED, endOnFailure: true },
    );
  });
});
