#!/usr/bin/env node
import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { loadConfig } from '../config';
import { openDatabase } from '../db/database';
import { DEMO_DAY, insertRows } from '../db/seed/demo';
import { generate } from '../db/seed/generator';
import { generateMeetings } from '../db/seed/meetings';
import { todayInVietnam } from '@chibo/domain';

const HELP = `Usage: npm run seed -- [--wards N | --scale ward|city] [--seed S]
Fills an EMPTY database (SQLite file by default, PostgreSQL when DATABASE_URL is set) with synthetic data.
  --scale ward   one ward like the new Long Biên ward (about 70 organizations, 2,700 members)  [default]
  --scale city   185 such wards: about 500,000 members, for benchmarks
  --wards N      any number of wards
  --seed S       random seed (default 42); the same seed gives the same data
  --meetings yes|no  a year of meetings, attendance, resolutions and tasks up to today (default: yes up to 5 wards)`;

async function main() {
  const { values } = parseArgs({ options: { wards: { type: 'string' }, scale: { type: 'string' }, seed: { type: 'string' }, meetings: { type: 'string' }, help: { type: 'boolean' } } });
  if (values.help) return console.log(HELP);
  const wards = values.wards ? Number(values.wards) : values.scale === 'city' ? 185 : 1;
  if (!Number.isInteger(wards) || wards < 1) throw new Error('--wards must be a positive integer');
  const config = loadConfig();
  // A bulk load is not a request: city-scale inserts and ANALYZE may rightly run longer than a request's limits.
  const orm = await openDatabase({ ...config, dbTimeouts: { ...config.dbTimeouts, statementMs: 0, queryMs: 0 } });
  try {
    const existing = await orm.em.fork().getConnection().execute('select count(*) as n from ward');
    if (Number(existing[0].n) > 0) throw new Error('The database already holds data; seed an empty database.');
    const started = Date.now();
    const rows = generate({ seed: Number(values.seed ?? 42), wards, today: DEMO_DAY });
    console.log(`generated ${rows.organizations.length} organizations, ${rows.members.length} members, ${rows.memberships.length} memberships in ${Date.now() - started} ms`);
    const withMeetings = values.meetings ? values.meetings === 'yes' : wards <= 5;
    const meetings = withMeetings ? generateMeetings(rows, { seed: Number(values.seed ?? 42), today: todayInVietnam() }) : undefined;
    if (meetings) console.log(`generated ${meetings.meetings.length} meetings, ${meetings.attendance.length} attendance lines`);
    let last = 0;
    await insertRows(orm, rows, (table, done) => {
      if (Date.now() - last > 2000) {
        last = Date.now();
        console.log(`  ${table}: ${done}`);
      }
    }, meetings);
    console.log(`seeded in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  } finally {
    await orm.close();
  }
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
