import fc from 'fast-check';
import {
  type GraphQLArgument, type GraphQLInputType, getNamedType, getNullableType, isEnumType, isInputObjectType, isListType, isNonNullType, isScalarType,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSchema } from '../src/schema';
import { INPUT_LIMITS, limitFor } from '../src/shared/input-limits';
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
  // Beyond every bound, up to half a megabyte of text.
  fc.integer({ min: 201, max: 500_000 }).map((n) => 'ạ'.repeat(n)),
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
  if (isListType(type)) {
    const short = fc.array(arbitraryFor(type.ofType, depth + 1), { maxLength: 3 });
    if (depth > 1) return short;
    // Now and then a list far over any bound (one generated item repeated, so generating it stays cheap).
    const long = fc.tuple(arbitraryFor(type.ofType, depth + 1), fc.integer({ min: 101, max: 30_000 })).map(([item, n]) => Array.from({ length: n }, () => item));
    return fc.oneof({ arbitrary: short, weight: 9 }, { arbitrary: long, weight: 1 });
  }
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

/** The smallest well-formed value of a type: required fields only, empty lists. */
function minimal(type: GraphQLInputType): unknown {
  const bare = getNullableType(type);
  if (isListType(bare)) return [];
  if (isEnumType(bare)) return bare.getValues()[0].value;
  if (isInputObjectType(bare)) {
    return Object.fromEntries(Object.values(bare.getFields()).filter((f) => isNonNullType(f.type)).map((f) => [f.name, minimal(f.type)]));
  }
  switch (bare.name) {
    case 'ID': return '1';
    case 'Int': return 1;
    case 'Float': return 1;
    case 'Boolean': return true;
    case 'Date': return '2026-01-01';
    default: return 'x';
  }
}

/** Every string or list position reachable in a mutation's arguments: the steps to it, the path clients see, its bound's key. */
function positions(args: readonly GraphQLArgument[], rootField: string) {
  type Step = { key: string; type: GraphQLInputType };
  const out: Array<{ steps: Step[]; field: string; owner: string; name: string; type: GraphQLInputType }> = [];
  const walk = (type: GraphQLInputType, steps: Step[], field: string, owner: string, name: string, depth: number) => {
    const bare = getNullableType(type);
    if (isListType(bare)) {
      out.push({ steps, field, owner, name, type: bare });
      // One item inside the list, to reach the strings of its objects.
      if (depth < 3) walk(bare.ofType, [...steps, { key: '0', type: bare.ofType }], `${field}.0`, owner, name, depth + 1);
    } else if (isInputObjectType(bare) && depth < 3) {
      for (const f of Object.values(bare.getFields())) {
        walk(f.type, [...steps, { key: f.name, type: f.type }], field ? `${field}.${f.name}` : f.name, bare.name, f.name, depth + 1);
      }
    } else if (isScalarType(bare) && (bare.name === 'String' || bare.name === 'ID')) {
      out.push({ steps, field, owner, name, type: bare });
    }
  };
  for (const a of args) walk(a.type, [{ key: a.name, type: a.type }], a.name === 'input' ? '' : a.name, rootField, a.name, 0);
  return out;
}

describe('every string and list of every mutation has a bound, refused one past it with the field named (SQLite)', async () => {
  const schema = await createSchema();
  const mutations = Object.values(schema.getMutationType()!.getFields());
  let db: TestDb;
  beforeAll(async () => {
    db = await openTestDb('sqlite', 0);
  });
  afterAll(() => db.close());

  it.each(mutations.map((m) => [m.name, m] as const))('%s', async (_name, field) => {
    const varDefs = field.args.map((a) => `$${a.name}: ${a.type.toString()}`).join(', ');
    const selection = isScalarType(getNamedType(field.type)) ? '' : ' { __typename }';
    const query = `mutation${varDefs ? `(${varDefs})` : ''} { ${field.name}${field.args.length ? `(${field.args.map((a) => `${a.name}: $${a.name}`).join(', ')})` : ''}${selection} }`;
    const spots = positions(field.args, field.name);
    expect(spots.length > 0).toBe(field.args.length > 0);
    const before = await db.fingerprint();
    for (const spot of spots) {
      const vars = Object.fromEntries(field.args.map((a) => [a.name, minimal(a.type)])) as Record<string, unknown>;
      // Build the path down to the position with well-formed values, one-item lists on the way.
      let holder: Record<string, unknown> = vars;
      for (const [i, step] of spot.steps.slice(0, -1).entries()) {
        const next = spot.steps[i + 1];
        if (next.key === '0') {
          if (!Array.isArray(holder[step.key]) || (holder[step.key] as unknown[]).length === 0) holder[step.key] = [minimal(next.type)];
        } else if (holder[step.key] == null) {
          holder[step.key] = minimal(step.type);
        }
        holder = holder[step.key] as Record<string, unknown>;
      }
      const last = spot.steps[spot.steps.length - 1].key;
      const type = spot.type;
      const over = isListType(type)
        ? Array.from({ length: limitFor(INPUT_LIMITS.list, spot.owner, spot.name) + 1 }, () => minimal(type.ofType))
        : 'x'.repeat(limitFor(INPUT_LIMITS.string, spot.owner, spot.name) + 1);
      holder[last] = over;
      const res = await db.run(query, vars);
      expect(res.errors?.[0]?.extensions, `${field.name} ${spot.field}: ${JSON.stringify(res.errors)}`).toMatchObject({ code: 'BAD_USER_INPUT', field: spot.field });
    }
    expect(await db.fingerprint()).toBe(before);
  });
});
