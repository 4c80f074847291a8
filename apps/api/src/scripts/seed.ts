#!/usr/bin/env node
import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { loadConfig } from '../config';
import { openDatabase } from '../db/database';
import { analyzeAfterSeed, DEMO_DAY, insertMeetingRows, insertRows } from '../db/seed/demo';
import { generate } from '../db/seed/generator';
import { meetingInputs, meetingsByWard } from '../db/seed/meetings';
import { isIsoDate, todayInVietnam } from '@chibo/domain';

const HELP = `Usage: npm run seed -- [--wards N | --scale ward|city] [--seed S] [--meetings yes|no] [--today YYYY-MM-DD]
Fills an EMPTY database (SQLite file by default, PostgreSQL when DATABASE_URL is set) with synthetic data.
  --scale ward   one ward like the new Long Biên ward (about 70 organizations, 2,700 members)  [default]
  --scale city   185 such wards: about 500,000 members, for benchmarks
  --wards N      any number of wards
  --seed S       random seed (default 42); the same seed and day give the same data
  --meetings yes|no  a year of meetings, attendance, resolutions, tasks and supervision up to --today (default: yes);
                 made and written ward by ward, one transaction each, so a city fits in memory
  --today D      the day the year of meetings runs up to (default: the real today up to 5 wards, so the demo's home
                 page shows the current month; ${DEMO_DAY} above, so a city is the same data on every run)`;

async function main() {
  const { values } = parseArgs({
    options: { wards: { type: 'string' }, scale: { type: 'string' }, seed: { type: 'string' }, meetings: { type: 'string' }, today: { type: 'string' }, help: { type: 'boolean' } },
  });
  if (values.help) return console.log(HELP);
  const wards = values.wards ? Number(values.wards) : values.scale === 'city' ? 185 : 1;
  if (!Number.isInteger(wards) || wards < 1) throw new Error('--wards must be a positive integer');
  if (values.meetings && !['yes', 'no'].includes(values.meetings)) throw new Error('--meetings must be yes or no');
  if (values.today && !isIsoDate(values.today)) throw new Error('--today must be a day written YYYY-MM-DD');
  const seed = Number(values.seed ?? 42);
  if (!Number.isInteger(seed)) throw new Error('--seed must be an integer');
  const today = values.today ?? (wards <= 5 ? todayInVietnam() : DEMO_DAY);
  const withMeetings = values.meetings !== 'no';
  const config = loadConfig();
  // A bulk load is not a request: city-scale inserts and ANALYZE may rightly run longer than a request's limits.
  const orm = await openDatabase({ ...config, dbTimeouts: { ...config.dbTimeouts, statementMs: 0, queryMs: 0 } });
  try {
    const existing = await orm.em.fork().getConnection().execute('select count(*) as n from ward');
    if (Number(existing[0].n) > 0) throw new Error('The database already holds data; seed an empty database.');
    const started = Date.now();
    const seconds = () => ((Date.now() - started) / 1000).toFixed(1);
    let last = 0;
    // The structure is let go once written; the meetings are made from the part of it they need.
    const inputs = await (async () => {
      const rows = generate({ seed, wards, today: DEMO_DAY });
      console.log(`generated ${rows.organizations.length} organizations, ${rows.members.length} members, ${rows.memberships.length} memberships in ${seconds()} s`);
      await insertRows(orm, rows, (table, done) => {
        if (Date.now() - last > 2000) {
          last = Date.now();
          console.log(`  ${table}: ${done}`);
        }
      }, undefined, { analyze: !withMeetings });
      return withMeetings ? meetingInputs(rows) : null;
    })();
    console.log(`structure written in ${seconds()} s`);
    if (inputs) {
      console.log(`meetings up to ${today}, ward by ward`);
      const totals = { wards: 0, meetings: 0, attendance: 0, resolutions: 0, tasks: 0, guests: 0 };
      for (const ward of meetingsByWard(inputs, { seed, today })) {
        await insertMeetingRows(orm, ward);
        totals.wards++;
        totals.meetings += ward.meetings.length;
        totals.attendance += ward.attendance.length;
        totals.resolutions += ward.resolutions.length;
        totals.tasks += ward.tasks.length;
        totals.guests += ward.guests.length;
        // Each ward's rows are garbage once written, but V8 lets them pile up to twice the heap before a full
        // collection; with --expose-gc (npm run seed) they are collected every few wards, keeping the peak low.
        if (totals.wards % 5 === 0) (globalThis as { gc?: () => void }).gc?.();
        if (Date.now() - last > 5000 || totals.wards === wards) {
          last = Date.now();
          const mb = Math.round(process.memoryUsage().rss / 1048576);
          console.log(`  ward ${totals.wards}/${wards}: ${totals.meetings} meetings, ${totals.attendance} attendance lines, ${seconds()} s, ${mb} MB`);
        }
      }
      console.log(`wrote ${totals.meetings} meetings, ${totals.attendance} attendance lines, ${totals.resolutions} resolutions, ${totals.tasks} tasks, ${totals.guests} guests`);
      await analyzeAfterSeed(orm);
    }
    console.log(`seeded in ${seconds()} s`);
  } finally {
    await orm.close();
  }
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
