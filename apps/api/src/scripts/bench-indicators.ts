#!/usr/bin/env node
import 'reflect-metadata';
import { parseArgs } from 'node:util';
import type { EntityManager as SqlEntityManager } from '@mikro-orm/knex';
import { loadConfig } from '../config';
import { isPostgres, openDatabase } from '../db/database';
import { indicators, type IndicatorsArgs } from '../modules/indicators/indicators.service';
import { IndicatorGroup } from '../modules/indicators/indicators.type';
import { graphqlClient } from './graphql-client';

const HELP = `Usage: npm run bench:indicators -w @chibo/api -- [--runs N] [--only NAME,…] [--year Y] [--ward CODE] [--month YYYY-MM]
       [--as-of YYYY-MM-DD] [--url URL --user U --password P]
Against a seeded database (the normal configuration: SQLITE_PATH, or DATABASE_URL for PostgreSQL), times the
indicators service in-process, N runs (default 10) after one warm-up, for:
  cityYear        the whole database for a year (default: the year of the latest held meeting)
  cityYearMonths  the same grouped by month
  wardMonth       one ward's committee (default: the ward LONG-BIEN) for one month (default: the month before the
                  latest held meeting's)
  wardYearOrgs    that committee for the year grouped by organization
and prints median, p95 and max in ms (--only: some of them, by name). With --url (and a user whose scope is the whole database) the same four go
through HTTP GraphQL too.`;

const FIGURES = 'code numerator denominator rate';
const QUERY = `query($scopeId: ID, $period: PeriodInput!, $groupBy: [IndicatorGroup!], $asOf: Date) {
  indicators(scopeId: $scopeId, period: $period, groupBy: $groupBy, asOf: $asOf) {
    from to totals { ${FIGURES} } groups { organizationId month figures { ${FIGURES} } } } }`;

interface Case {
  name: string;
  args: IndicatorsArgs;
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)];

async function time(runs: number, once: () => Promise<unknown>): Promise<{ median: number; p95: number; max: number; last: unknown }> {
  let last = await once();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    last = await once();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return { median: percentile(times, 0.5), p95: percentile(times, 0.95), max: times[times.length - 1], last };
}

/** A line that shows the answer is real: the regular meetings held and the pooled attendance, and how many groups. */
function summary(result: unknown): string {
  const r = result as { totals: Array<{ code: string; numerator: number; denominator: number }>; groups: unknown[] } | null;
  if (!r) return 'null (outside the scope?)';
  const figure = (code: string) => {
    const f = r.totals.find((t) => t.code === code);
    return f ? `${f.numerator}/${f.denominator}` : '-';
  };
  return `held ${figure('REGULAR_HELD')}, attendance ${figure('ATTENDANCE_POOLED')}, ${r.groups.length} groups`;
}

async function main() {
  const { values } = parseArgs({
    options: {
      runs: { type: 'string' }, year: { type: 'string' }, ward: { type: 'string' }, month: { type: 'string' }, 'as-of': { type: 'string' },
      only: { type: 'string' }, url: { type: 'string' }, user: { type: 'string' }, password: { type: 'string' }, help: { type: 'boolean' },
    },
  });
  if (values.help) return console.log(HELP);
  const runs = Number(values.runs ?? 10);
  if (!Number.isInteger(runs) || runs < 1) throw new Error('--runs must be a positive integer');
  if (values.url && (!values.user || !values.password)) throw new Error('--url needs --user and --password');
  const config = loadConfig();
  const orm = await openDatabase({ ...config, dbTimeouts: { ...config.dbTimeouts, statementMs: 0, queryMs: 0 } });
  try {
    const knex = (orm.em.fork() as SqlEntityManager).getKnex();
    const latest = (await knex('meeting').max({ day: 'held_on' }))[0]?.day as string | null;
    if (!latest) throw new Error('No held meeting: seed the database with meetings first (npm run seed -- --scale city).');
    const latestDay = String(latest).slice(0, 10);
    const year = Number(values.year ?? latestDay.slice(0, 4));
    const [y, m] = latestDay.slice(0, 7).split('-').map(Number);
    const month = values.month ?? (m > 1 ? `${y}-${String(m - 1).padStart(2, '0')}` : latestDay.slice(0, 7));
    const wardCode = values.ward ?? 'LONG-BIEN';
    const committee = await knex('organization as o').join('ward as w', 'w.id', 'o.ward_id')
      .where({ 'w.code': wardCode, 'o.kind': 'WARD_COMMITTEE' }).whereNull('o.dissolved_on').first('o.id', 'o.name');
    if (!committee) throw new Error(`No ward committee in force in the ward ${wardCode}`);
    const counts = await Promise.all(['organization', 'member', 'meeting', 'attendance'].map(async (t) => `${Number((await knex(t).count({ n: '*' }))[0].n)} ${t}`));
    const asOf = values['as-of'] ?? null;
    console.log(`${isPostgres(orm) ? 'PostgreSQL' : 'SQLite'}: ${counts.join(', ')}; year ${year}, ward ${committee.name} (${committee.id}) for ${month}${asOf ? `, as of ${asOf}` : ''}; ${runs} runs after a warm-up`);

    const scopeId = String(committee.id);
    const cases: Case[] = [
      { name: 'cityYear', args: { period: { year }, asOf } },
      { name: 'cityYearMonths', args: { period: { year }, groupBy: [IndicatorGroup.MONTH], asOf } },
      { name: 'wardMonth', args: { scopeId, period: { month }, asOf } },
      { name: 'wardYearOrgs', args: { scopeId, period: { year }, groupBy: [IndicatorGroup.ORGANIZATION], asOf } },
    ];
    const only = values.only?.split(',');
    const unknown = only?.filter((name) => !cases.some((c) => c.name === name));
    if (unknown?.length) throw new Error(`--only: no query named ${unknown.join(', ')}`);
    const chosen = cases.filter((c) => !only || only.includes(c.name));
    console.log('| how | query | median ms | p95 ms | max ms | answer |');
    console.log('|---|---|---|---|---|---|');
    for (const c of chosen) {
      const t = await time(runs, () => indicators(orm.em.fork(), '/', c.args));
      console.log(`| in-process | ${c.name} | ${t.median.toFixed(0)} | ${t.p95.toFixed(0)} | ${t.max.toFixed(0)} | ${summary(t.last)} |`);
    }
    if (values.url) {
      const { call, signIn } = graphqlClient(values.url);
      await signIn(values.user as string, values.password as string);
      for (const c of chosen) {
        const variables = { scopeId: c.args.scopeId ?? null, period: c.args.period, groupBy: c.args.groupBy ?? null, asOf };
        const t = await time(runs, async () => (await call(QUERY, variables)).indicators);
        console.log(`| HTTP | ${c.name} | ${t.median.toFixed(0)} | ${t.p95.toFixed(0)} | ${t.max.toFixed(0)} | ${summary(t.last)} |`);
      }
    }
  } finally {
    await orm.close();
  }
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
