import { Role } from '@chibo/domain';
import type { EntityManager as SqlEntityManager } from '@mikro-orm/knex';
import fc from 'fast-check';
import {
  type GraphQLArgument, type GraphQLInputType, type GraphQLObjectType, getNamedType, getNullableType, isEnumType, isInputObjectType, isLeafType, isListType,
  isNonNullType, isObjectType, isScalarType,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Viewer } from '../src/modules/auth/viewer.type';
import { createSchema } from '../src/schema';
import { Access, rootAccess } from '../src/shared/auth-guard';
import { findOversized, INPUT_LIMITS, limitFor } from '../src/shared/input-limits';
import { DATABASES, openTestDb, TEST_ADMIN, type TestDb, viewerFor, writeStamp } from './harness';

/**
 * Runs per mutation and database (FUZZ_RUNS), 150 locally and in CI: on the demo ward that is about 2.5 minutes on
 * SQLite and 3 on PostgreSQL on two cores. The seed is fixed so a failure replays (FUZZ_SEED).
 */
const RUNS = Number(process.env.FUZZ_RUNS ?? 150);
const SEED = Number(process.env.FUZZ_SEED ?? 20_261_125);
const TYPED_CODES = new Set(['BAD_USER_INPUT', 'NOT_FOUND', 'CONFLICT', 'FORBIDDEN', 'GRAPHQL_VALIDATION_FAILED', 'TOO_MANY_REQUESTS']);
/** Words that would betray internals: SQL, driver names, stack frames. */
const LEAK = /\b(select|insert into|update .* set|delete from)\b|sqlite|postgres|knex|mikro|\.js:\d+|\bat \w+ \(/i;
/** Personal fields: null for a member who is not in a branch of a scoped viewer's subtree today, by design. */
const PERSONAL = new Set(['phone', 'birthDate', 'identityNumber', 'email', 'address', 'reason']);

// ---- Values a careful client sends, and a share of what a careless one does ----

const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Vũ', 'Đặng', 'Bùi', 'Đỗ', 'Ngô', 'Dương', 'Lý'];
const MIDDLE = ['Văn', 'Thị', 'Đức', 'Minh', 'Thu', 'Quốc', 'Thanh', 'Hữu'];
const GIVEN = ['An', 'Bình', 'Cường', 'Dũng', 'Đức', 'Hà', 'Hạnh', 'Hoa', 'Hùng', 'Lan', 'Linh', 'Minh', 'Nam', 'Ngọc', 'Phương', 'Quang', 'Thảo', 'Trang', 'Tuấn', 'Yến'];
const WORDS = [
  'chi bộ', 'tổ chức', 'sinh hoạt', 'định kỳ', 'nghị quyết', 'đảng viên', 'thực hiện', 'nhiệm vụ', 'tháng', 'kiểm tra', 'giám sát', 'phát triển',
  'kinh tế', 'an ninh', 'trật tự', 'vệ sinh', 'môi trường', 'khu dân cư', 'học tập', 'làm theo', 'tư tưởng', 'đạo đức', 'phong cách', 'Hồ Chí Minh',
  'báo cáo', 'kết quả', 'đề xuất', 'biện pháp', 'phê bình', 'tự phê bình', 'đoàn kết', 'thống nhất', 'Đảng ủy phường', 'Long Biên', 'quý', 'năm 2026',
];
const personName = fc.tuple(fc.constantFrom(...FAMILY), fc.constantFrom(...MIDDLE), fc.constantFrom(...GIVEN)).map((p) => p.join(' '));
const sentence = fc.array(fc.constantFrom(...WORDS), { minLength: 2, maxLength: 24 }).map((w) => `${w.join(' ')}.`.replace(/^./, (c) => c.toUpperCase()));
const digits = (n: number) => fc.array(fc.integer({ min: 0, max: 9 }), { minLength: n, maxLength: n }).map((d) => d.join(''));
const clock = fc.tuple(fc.integer({ min: 7, max: 21 }), fc.constantFrom(0, 15, 30, 45)).map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`);

/** A realistic value for a string field, chosen by its name. */
function realisticText(owner: string, name: string): fc.Arbitrary<string> {
  switch (name) {
    case 'fullName': return personName;
    case 'name':
      if (owner === 'GuestInput') return personName;
      return fc.oneof(fc.integer({ min: 1, max: 60 }).map((n) => `Chi bộ Tổ dân phố số ${n}`), fc.constantFrom('Phường Long Biên', 'Chi bộ Trường THCS Thạch Bàn', 'Đảng ủy Khối doanh nghiệp', 'Tổ đảng số 2'));
    case 'code': return fc.tuple(fc.constantFrom('CB', 'TD', 'P', 'DU', 'X'), fc.integer({ min: 1, max: 999 })).map(([p, n]) => `${p}${n}`);
    case 'startTime': case 'endTime': return fc.oneof({ weight: 9, arbitrary: clock }, { weight: 1, arbitrary: fc.constantFrom('25:00', '7h30', '19:60', '') });
    case 'phone': return digits(8).map((d) => `09${d}`);
    case 'email': return fc.tuple(fc.constantFrom(...GIVEN), digits(3)).map(([g, d]) => `${g.normalize('NFD').replace(/[^a-z]/gi, '').toLowerCase()}${d}@example.vn`);
    case 'identityNumber': return digits(12);
    case 'cardNumber': return digits(8);
    case 'occupation': return fc.constantFrom('Hưu trí', 'Giáo viên', 'Kỹ sư', 'Công an', 'Bác sĩ', 'Kinh doanh tự do');
    case 'address': return fc.tuple(fc.integer({ min: 1, max: 200 }), fc.integer({ min: 1, max: 80 })).map(([n, m]) => `Số ${n}, ngõ ${m} phố Thạch Bàn, phường Long Biên, Hà Nội`);
    case 'documentNumber': return fc.tuple(fc.integer({ min: 1, max: 99 }), fc.constantFrom('HD/BTCTW', 'QĐ/TW', 'ĐA/TU')).map(([n, s]) => `${n}-${s}`);
    case 'decisionRef': return fc.integer({ min: 1, max: 999 }).map((n) => `${n}/QĐ-ĐU`);
    case 'username': case 'password': return fc.string({ minLength: 1, maxLength: 20 });
    default: return sentence;
  }
}

/** Mostly realistic text; a share of odd strings (empty, blanks, injection, NFD, control characters), a share past the bound. */
function text(owner: string, name: string): fc.Arbitrary<string> {
  const max = limitFor(INPUT_LIMITS.string, owner, name);
  return fc.oneof(
    { weight: 90, arbitrary: realisticText(owner, name) },
    {
      weight: 6,
      arbitrary: fc.oneof(
        fc.string({ maxLength: 30 }),
        realisticText(owner, name).map((s) => `  ${s.normalize('NFD')} `),
        fc.string({ maxLength: 20 }).map((s) => `${s}\u0000\u0007\u001b${s}`),
        fc.constantFrom('', '   ', "'; drop table member; --", '%_\\', '<script>alert(1)</script>'),
      ),
    },
    { weight: 3, arbitrary: fc.integer({ min: max + 1, max: max + 50 }).map((n) => 'ạ'.repeat(n)) },
    // Now and then far beyond every bound: half a megabyte.
    { weight: 1, arbitrary: fc.integer({ min: 50_001, max: 500_000 }).map((n) => 'ạ'.repeat(n)) },
  );
}

/** The seed of one mutation's property: the fixed seed mixed with its name. */
const seedFor = (name: string) => [...name].reduce((h, c) => Math.imul(h ^ c.charCodeAt(0), 16_777_619) | 0, SEED);

const DAY = 86_400_000;
const dayBetween = (from: string, to: string) =>
  fc.integer({ min: Date.parse(from) / DAY, max: Date.parse(to) / DAY }).map((d) => new Date(d * DAY).toISOString().slice(0, 10));
/** Real dates around the demo data (a year of meetings up to November 2026), earlier ones for lives; a share malformed. */
function date(name: string): fc.Arbitrary<string> {
  const real =
    name === 'birthDate' ? dayBetween('1945-01-01', '2007-12-31')
    : name === 'admittedOn' || name === 'officialOn' ? dayBetween('1975-01-01', '2026-11-30')
    : name === 'documentDate' || name === 'validFrom' || name === 'validTo' ? dayBetween('2016-01-01', '2027-12-31')
    // Most records concern this year (the demo data runs to November 2026), some the years before.
    : fc.oneof({ weight: 3, arbitrary: dayBetween('2026-01-01', '2026-11-28') }, { weight: 2, arbitrary: dayBetween('2020-01-01', '2026-12-31') });
  return fc.oneof(
    { weight: 92, arbitrary: real },
    { weight: 8, arbitrary: fc.constantFrom('2025-02-30', '2025-13-01', '01/07/2025', 'hôm qua', '', '2025-07-01T00:00:00Z', '2025-7-1', '0000-00-00') },
  );
}

const INT_RANGES: Record<string, [number, number]> = {
  year: [2020, 2027], quarter: [1, 4], votesFor: [0, 40], votesAgainst: [0, 5], votesAbstain: [0, 5], version: [1, 3], documentsDaysAhead: [0, 5],
  maxConsecutiveExcused: [1, 5], minMinutesRegular: [30, 180], minMinutesCombined: [60, 240], regularByDay: [1, 31], rotationQuarters: [1, 4],
  thematicPerQuarter: [0, 3],
};
function int(name: string): fc.Arbitrary<number> {
  const [min, max] = INT_RANGES[name] ?? [0, 100];
  const real = name === 'year' ? fc.oneof({ weight: 3, arbitrary: fc.constant(2026) }, { weight: 2, arbitrary: fc.integer({ min, max }) }) : fc.integer({ min, max });
  return fc.oneof({ weight: 92, arbitrary: real }, { weight: 8, arbitrary: fc.constantFrom(-1, 0, 2 ** 31 - 1, -(2 ** 31)) });
}

/** Ids that exist, per type, read from the database: every one, and those inside the secretary's branch. */
type Pool = { all: string[]; own: string[] };
/** What an id argument points at, by its name; `id` points at the mutation's own type. */
const ID_TARGET: Record<string, string> = {
  memberId: 'Member', chairId: 'Member', minuteTakerId: 'Member', ownerMemberId: 'Member',
  branchId: 'Organization:BRANCH', partyGroupId: 'Organization:PARTY_GROUP', parentId: 'Organization:parent',
  organizationId: 'Organization', ownerOrganizationId: 'Organization', predecessorIds: 'Organization',
  wardId: 'Ward', mergedFromIds: 'Ward', meetingId: 'Meeting', reviewMeetingId: 'Meeting', resolutionId: 'Resolution', thematicPlanItemId: 'ThematicPlanItem',
};
/** Beyond any row: ids that do not exist, 32-bit overflows, the 15-digit maximum, and malformed ones. */
const missingId = fc.integer({ min: 900_000, max: 9_999_999 }).map(String);
const bigId = fc.constantFrom(String(2 ** 31), String(2 ** 32), String(2 ** 53 - 1), '999999999999999', '100000000000000');
const malformedId = fc.constantFrom('0', '-1', 'abc', '1.5', '', ' 1', '01', '1e3', '９', '9999999999999999999999');
/** An id for a pool: the secretary mostly names rows of their branch, others rows anywhere; a share of wrong ones. */
function idFrom(pool: Pool | undefined, ownShare: number): fc.Arbitrary<string> {
  const all = pool?.all.length ? fc.constantFrom(...pool.all) : missingId;
  const own = pool?.own.length ? fc.constantFrom(...pool.own) : all;
  return fc.oneof(
    { weight: ownShare, arbitrary: own }, { weight: 80 - ownShare, arbitrary: all },
    { weight: 7, arbitrary: missingId }, { weight: 6, arbitrary: bigId }, { weight: 7, arbitrary: malformedId },
  );
}

/** A value for a GraphQL input type: well-formed mostly, wrong in every way a careless client could manage now and then. */
type Ids = { pools: Record<string, Pool>; ownShare: number; rootType: string };
function arbitraryFor(type: GraphQLInputType, owner: string, name: string, ids: Ids, depth = 0): fc.Arbitrary<unknown> {
  if (isNonNullType(type)) return arbitraryFor(type.ofType, owner, name, ids, depth);
  if (isListType(type)) {
    const item = arbitraryFor(type.ofType, owner, name, ids, depth + 1);
    const short = fc.array(item, { maxLength: 3 });
    if (depth > 1) return short;
    // Now and then a list past its bound (one generated item repeated, so generating it stays cheap).
    const max = limitFor(INPUT_LIMITS.list, owner, name);
    const long = fc.tuple(item, fc.integer({ min: max + 1, max: 30_000 })).map(([one, n]) => Array.from({ length: n }, () => one));
    return fc.oneof({ arbitrary: short, weight: 19 }, { arbitrary: long, weight: 1 });
  }
  const named = getNamedType(type);
  if (isEnumType(named)) return fc.oneof({ weight: 19, arbitrary: fc.constantFrom(...named.getValues().map((v) => v.value)) }, { weight: 1, arbitrary: fc.constant('NOT_A_VALUE') });
  if (isInputObjectType(named)) {
    if (depth > 2) return fc.constant({});
    const model: Record<string, fc.Arbitrary<unknown>> = {};
    for (const f of Object.values(named.getFields())) {
      const value = arbitraryFor(f.type, named.name, f.name, ids, depth + 1);
      // Optional fields are sent half the time, as a form sends what the user touched.
      model[f.name] = isNonNullType(f.type) ? value : fc.option(value, { nil: undefined, freq: 2 });
    }
    return fc.record(model).map((r) => Object.fromEntries(Object.entries(r).filter(([, v]) => v !== undefined)));
  }
  if (isScalarType(named)) {
    switch (named.name) {
      case 'ID': return idFrom(ids.pools[name === 'id' ? ids.rootType : (ID_TARGET[name] ?? ids.rootType)], ids.ownShare);
      case 'Int': return int(name);
      case 'Float': return fc.oneof({ weight: 9, arbitrary: fc.double({ min: 0.5, max: 1, noNaN: true }) }, { weight: 1, arbitrary: fc.constantFrom(-0.5, 0, 1.5) });
      case 'Boolean': return fc.boolean();
      case 'Date': return date(name);
      default: return text(owner, name);
    }
  }
  return fc.constant(null);
}

// ---- What a success must echo: the fields the input set, read from the result and again by id ----

/** How an input field shows in the result: the same leaf field, the objects an id list names, or items of a list. */
type Probe = { input: string; output: string; kind: 'leaf' | 'refs' | 'items'; sub: Probe[] };
/** Input lists whose items come back under another name. */
const ITEMS_AS: Record<string, string> = { entries: 'attendance' };

function probesFor(fields: ReadonlyArray<{ name: string; type: GraphQLInputType }>, out: GraphQLObjectType): Probe[] {
  const outFields = out.getFields();
  const probes: Probe[] = [];
  for (const f of fields) {
    if (f.name === 'version') continue;
    const named = getNamedType(f.type);
    if (isInputObjectType(named)) {
      // A single nested object (a new member's first membership) is not echoed on the record itself.
      const o = outFields[ITEMS_AS[f.name] ?? f.name];
      if (!isListType(getNullableType(f.type)) || !o || !isObjectType(getNamedType(o.type))) continue;
      probes.push({ input: f.name, output: o.name, kind: 'items', sub: probesFor(Object.values(named.getFields()), getNamedType(o.type) as GraphQLObjectType) });
      continue;
    }
    const same = outFields[f.name];
    if (same && isLeafType(getNamedType(same.type)) && same.args.every((a) => !isNonNullType(a.type))) {
      probes.push({ input: f.name, output: f.name, kind: 'leaf', sub: [] });
    } else if (f.name.endsWith('Ids')) {
      const stem = f.name.slice(0, -3);
      const o = outFields[`${stem}s`] ?? outFields[stem];
      if (o && isObjectType(getNamedType(o.type))) probes.push({ input: f.name, output: o.name, kind: 'refs', sub: [] });
    }
  }
  return probes;
}

const selectionOf = (probes: Probe[]): string =>
  probes.map((p) => (p.kind === 'leaf' ? p.output : p.kind === 'refs' ? `${p.output} { id }` : `${p.output} { id ${selectionOf(p.sub)} }`)).join(' ');

/** The first way `got` differs from what was sent, or null. Strings may come back trimmed (blank ones as null). */
function differences(probes: Probe[], sent: Record<string, unknown>, got: Record<string, any>, viewer: Viewer, path = ''): string | null {
  for (const p of probes) {
    const value = sent[p.input];
    if (value === undefined || value === null) continue;
    const actual = got[p.output];
    const where = `${path}${p.output}: sent ${JSON.stringify(value).slice(0, 200)}, got ${JSON.stringify(actual)?.slice(0, 200)}`;
    if (p.kind === 'leaf') {
      if (actual === null && PERSONAL.has(p.output) && viewer.scopePath !== '/') continue;
      // A task that is not done has no completion day: setting another status clears one sent with it.
      if (p.output === 'completedOn' && actual === null && got.status !== undefined && got.status !== 'DONE') continue;
      if (typeof value === 'string') {
        const same = actual === value || actual === value.trim() || (value.trim() === '' && actual === null);
        if (!same && String(actual) !== value) return where;
      } else if (JSON.stringify(actual) !== JSON.stringify(value)) {
        return where;
      }
    } else if (p.kind === 'refs') {
      const want = [...new Set((value as unknown[]).map(String))].sort();
      const have = (actual as Array<{ id: string }>).map((r) => r.id).sort();
      if (JSON.stringify(want) !== JSON.stringify(have)) return where;
    } else {
      const items = value as Array<Record<string, unknown>>;
      const rows = actual as Array<Record<string, any>>;
      if (!Array.isArray(rows) || rows.length !== items.length) return where;
      // Lines about members are matched by member (a sheet comes back in roll order), others by position.
      const byMember = items.every((i) => i.memberId != null) && new Set(items.map((i) => String(i.memberId))).size === items.length && p.sub.some((s) => s.input === 'memberId');
      for (const [i, item] of items.entries()) {
        const row = byMember ? rows.find((r) => String(r.memberId) === String(item.memberId)) : rows[i];
        if (!row) return where;
        const diff = differences(p.sub, item, row, viewer, `${path}${p.output}.${i}.`);
        if (diff) return diff;
      }
    }
  }
  return null;
}

const lowerFirst = (s: string) => s[0].toLowerCase() + s.slice(1);
const TABLES: Record<string, string> = {
  Ward: 'ward', Organization: 'organization', Member: 'member', Membership: 'membership', Position: 'position', Exemption: 'exemption',
  SpecialDuty: 'special_duty', MeetingRuleSet: 'meeting_rule_set', Meeting: 'meeting', Resolution: 'resolution', ResolutionTask: 'resolution_task',
  ResolutionReview: 'resolution_review', ThematicPlanItem: 'thematic_plan_item', MemberTask: 'member_task',
};
const listField = (type: string) => (type === 'SpecialDuty' ? 'specialDuties' : `${lowerFirst(type)}s`);

/** Per mutation: runs, runs past variable coercion, runs whose resolver ran, successes, and refusals by code. */
type Tally = { runs: number; coerced: number; reached: number; ok: number; codes: Record<string, number> };

const ROLES = [
  { weight: 4, arbitrary: fc.constant(Role.ADMINISTRATOR) },
  { weight: 3, arbitrary: fc.constant(Role.BRANCH_SECRETARY) },
  { weight: 1, arbitrary: fc.constant(Role.COMMITTEE_MEMBER) },
  { weight: 1, arbitrary: fc.constant(Role.INSPECTOR) },
  { weight: 1, arbitrary: fc.constant(Role.ANALYST) },
];

describe.each(DATABASES)('fuzzing every mutation on %s', async (kind) => {
  const schema = await createSchema();
  const mutations = Object.values(schema.getMutationType()!.getFields()).filter((f) => !['login', 'logout', 'changePassword'].includes(f.name));
  const tallies = new Map<string, Tally>();
  let db: TestDb;
  let pools: Record<string, Pool>;
  let viewers: Record<Role, Viewer>;

  beforeAll(async () => {
    db = await openTestDb(kind, 1, { meetings: true });
    const knex = (db.orm.em as SqlEntityManager).getKnex();
    const orgs = (await knex('organization').select('id', 'kind', 'path', 'name', 'dissolved_on')) as Array<{ id: number; kind: string; path: string; name: string; dissolved_on: unknown }>;
    const committee = orgs.find((o) => o.kind === 'WARD_COMMITTEE' && o.dissolved_on == null)!;
    const branch = orgs.find((o) => o.name === 'Chi bộ Tổ dân phố số 5' && o.dissolved_on == null)!;
    const secretary = viewerFor(Role.BRANCH_SECRETARY, branch.path, String(branch.id));
    viewers = {
      [Role.ADMINISTRATOR]: viewerFor(Role.ADMINISTRATOR, committee.path, String(committee.id)),
      [Role.COMMITTEE_MEMBER]: viewerFor(Role.COMMITTEE_MEMBER, committee.path, String(committee.id)),
      [Role.BRANCH_SECRETARY]: secretary,
      [Role.INSPECTOR]: viewerFor(Role.INSPECTOR, committee.path, String(committee.id)),
      [Role.ANALYST]: viewerFor(Role.ANALYST, committee.path, String(committee.id)),
    };
    // What the secretary can see of each type, through the API's own scope.
    const own = await db.run(`{ ${Object.keys(TABLES).map((t) => `${listField(t)}(limit: 100) { items { id } }`).join(' ')} }`, {}, secretary);
    expect(own.errors).toBeUndefined();
    pools = {};
    for (const [type, table] of Object.entries(TABLES)) {
      const all = ((await knex(table).select('id').orderBy('id')) as Array<{ id: number }>).map((r) => String(r.id));
      pools[type] = { all, own: own.data![listField(type)].items.map((r: { id: string }) => r.id) };
    }
    const ofKind = (test: (o: (typeof orgs)[number]) => boolean) => {
      const picked = orgs.filter(test);
      return { all: picked.map((o) => String(o.id)), own: picked.filter((o) => o.path.startsWith(branch.path)).map((o) => String(o.id)) };
    };
    pools['Organization:BRANCH'] = ofKind((o) => o.kind === 'BRANCH');
    pools['Organization:PARTY_GROUP'] = ofKind((o) => o.kind === 'PARTY_GROUP');
    pools['Organization:parent'] = { ...ofKind((o) => o.kind !== 'PARTY_GROUP'), own: [String(committee.id), String(branch.id)] };
    expect(pools.Meeting.own.length).toBeGreaterThan(0);
  });

  afterAll(async () => {
    const rows = [...tallies.entries()].map(([name, t]) => ({
      mutation: name, runs: t.runs, 'past coercion': t.coerced, 'reached resolver': t.reached, succeeded: t.ok,
      refusals: Object.entries(t.codes).sort((a, b) => b[1] - a[1]).map(([c, n]) => `${c} ${n}`).join(', '),
    }));
    const sum = (k: keyof Tally) => [...tallies.values()].reduce((s, t) => s + (t[k] as number), 0);
    console.log(`Fuzzing on ${kind}: ${sum('runs')} runs, ${sum('coerced')} past coercion, ${sum('reached')} reached a resolver, ${sum('ok')} succeeded (FUZZ_SEED=${SEED}, ${RUNS} runs per mutation)`);
    console.table(rows);
    await db?.close();
  });

  it.each(mutations.map((m) => [m.name, m] as const))('%s answers typed errors or a success that matches its input, leaks nothing, and a refusal writes nothing', async (name, field) => {
    const args: readonly GraphQLArgument[] = field.args;
    const outNamed = getNamedType(field.type) as GraphQLObjectType;
    const returnsList = isListType(getNullableType(field.type));
    const inputArg = args.find((a) => a.name === 'input');
    const inputType = inputArg ? (getNamedType(inputArg.type) as import('graphql').GraphQLInputObjectType) : undefined;
    const isDelete = name.startsWith('delete');
    // Top-level leaves and lists compared with each result; for a list result, the one list of lines is its items.
    const fields = [...args.filter((a) => a !== inputArg && a.name !== 'id'), ...Object.values(inputType?.getFields() ?? {})];
    const linesField = returnsList ? fields.find((f) => isListType(getNullableType(f.type)) && isInputObjectType(getNamedType(f.type))) : undefined;
    const probes = isDelete ? [] : probesFor(fields.filter((f) => f !== linesField), outNamed);
    const lineProbes = linesField ? probesFor(Object.values((getNamedType(linesField.type) as import('graphql').GraphQLInputObjectType).getFields()), outNamed) : [];
    const selection = `{ id ${selectionOf([...probes, ...lineProbes])} }`;
    const varDefs = args.map((a) => `$${a.name}: ${a.type.toString()}`).join(', ');
    const query = `mutation${varDefs ? `(${varDefs})` : ''} { ${name}${args.length ? `(${args.map((a) => `${a.name}: $${a.name}`).join(', ')})` : ''} ${selection} }`;
    const byId = `query($id: ID!) { ${lowerFirst(outNamed.name)}(id: $id) ${selection} }`;
    // The id of the record an argument names: `id`, or `meetingId` of a mutation returning a Meeting.
    const selfArg = args.find((a) => a.name === 'id' || a.name === `${lowerFirst(outNamed.name)}Id`);
    const CAPABILITY: Partial<Record<Access, (can: Viewer['can']) => boolean>> = {
      [Access.RECORD_MEETINGS]: (can) => can.recordMeetings, [Access.SUPERVISE]: (can) => can.supervise,
      // Annual ratings: supervise (branches and members) or record meetings (members; the branch's own rating then FORBIDDEN by the service).
      [Access.RATE]: (can) => can.supervise || can.recordMeetings,
    };
    const capable = CAPABILITY[rootAccess(schema).get(name) as Access] ?? ((can: Viewer['can']) => can.editStructure);

    const tally: Tally = { runs: 0, coerced: 0, reached: 0, ok: 0, codes: {} };
    tallies.set(name, tally);
    const variablesFor = (ownShare: number) =>
      fc.record(Object.fromEntries(args.map((a) => [a.name, arbitraryFor(a.type, name, a.name, { pools, ownShare, rootType: outNamed.name })])));
    const [secretaryVariables, otherVariables] = [variablesFor(70), variablesFor(40)];
    const runs = fc.oneof(...ROLES).chain((role) => fc.tuple(fc.constant(role), role === Role.BRANCH_SECRETARY ? secretaryVariables : otherVariables));

    // The stamp of the database as the last run left it: a refusal must leave it so, a success moves it on.
    let stamp = await writeStamp(db);
    await fc.assert(
      fc.asyncProperty(runs, async ([role, vars]) => {
        const viewer = viewers[role];
        const res = await db.run(query, vars as Record<string, unknown>, viewer);
        tally.runs++;
        const context = `${name} as ${role}: ${JSON.stringify(res.errors ?? res.data).slice(0, 500)}`;
        // Variable coercion fails before execution and answers without `data`; anything later answers `data`.
        const coerced = res.data !== undefined;
        if (coerced) tally.coerced++;

        if (res.errors) {
          for (const error of res.errors) {
            expect(TYPED_CODES.has(String(error.extensions?.code)), `${error.extensions?.code}: ${error.message} (${context})`).toBe(true);
            expect(error.message).not.toMatch(LEAK);
            expect(JSON.stringify(error.extensions ?? {})).not.toMatch(/stacktrace/);
          }
          const code = String(res.errors[0].extensions?.code);
          tally.codes[code] = (tally.codes[code] ?? 0) + 1;
          expect(await writeStamp(db), `a refusal wrote (${context})`).toBe(stamp);
        } else {
          stamp = await writeStamp(db);
        }
        if (!coerced) return;
        // Past coercion, the guards come first: a role without the capability is refused, then any value past its bound.
        if (!capable(viewer.can)) {
          expect(res.errors?.[0]?.extensions?.code, context).toBe('FORBIDDEN');
          return;
        }
        const oversized = findOversized(vars as Record<string, unknown>, args, name);
        if (oversized) {
          expect(res.errors?.[0]?.extensions, context).toMatchObject({ code: 'BAD_USER_INPUT', field: oversized.field });
          return;
        }
        tally.reached++;
        if (res.errors) return;
        tally.ok++;

        const result = res.data![name];
        const records: Array<Record<string, any>> = returnsList ? result : [result];
        if (selfArg) expect(result.id, context).toBe(String((vars as Record<string, unknown>)[selfArg.name]));
        if (returnsList && linesField) expect(records.length, context).toBe(((vars as Record<string, any>).input[linesField.name] as unknown[]).length);
        for (const [i, record] of records.entries()) {
          const sent = { ...(vars as Record<string, any>), ...(vars as Record<string, any>).input };
          expect(differences(probes, sent, record, viewer), context).toBeNull();
          if (linesField) expect(differences(lineProbes, sent.input[linesField.name][i], record, viewer), context).toBeNull();
          // Read back by id: a delete leaves nothing, anything else reads as it was answered.
          const back = await db.run(byId, { id: record.id }, isDelete ? TEST_ADMIN : viewer);
          expect(back.errors, context).toBeUndefined();
          expect(back.data![lowerFirst(outNamed.name)], `read back after ${context}`).toEqual(isDelete ? null : record);
        }
      }),
      // One seed per mutation, derived from the fixed one: with the same seed everywhere, a delete would remove
      // exactly the rows the next mutation's first runs pick.
      { numRuns: RUNS, seed: seedFor(name), endOnFailure: true },
    );
  });

  it('reaches a resolver in at least a third of all runs', () => {
    const runs = [...tallies.values()].reduce((s, t) => s + t.runs, 0);
    const reached = [...tallies.values()].reduce((s, t) => s + t.reached, 0);
    expect(runs).toBeGreaterThan(0);
    expect(reached * 3, `${reached} of ${runs} runs reached a resolver`).toBeGreaterThanOrEqual(runs);
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

describe.each(DATABASES)('every string and list of every mutation has a bound, refused one past it with the field named, on %s', async (kind) => {
  const schema = await createSchema();
  const mutations = Object.values(schema.getMutationType()!.getFields());
  let db: TestDb;
  beforeAll(async () => {
    db = await openTestDb(kind, 0);
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
