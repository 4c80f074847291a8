import type { EntityManager as SqlEntityManager } from '@mikro-orm/knex';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATABASES, openTestDb, type TestDb } from '../../../test/harness';
import { refreshStaleMeetings } from '../../modules/meeting/judging.service';
import { analyzeAfterSeed, insertMeetingRows, insertRows } from './demo';
import { generate } from './generator';
import { meetingsByWard } from './meetings';

/** What judging a meeting sets: a start of the API judging the seeded meetings again must find them all as they are. */
const JUDGED = ['id', 'expected_count', 'present_count', 'excused_count', 'unexcused_count', 'attendance_recorded', 'finding_count', 'findings', 'excused_runs',
  'content_complete', 'documents_due', 'documents_on_time'];

describe.each(DATABASES)('a city seeded ward by ward on %s', (kind) => {
  let db: TestDb;
  const today = '2026-11-01';
  let written = { meetings: 0, attendance: 0, guests: 0 };

  beforeAll(async () => {
    db = await openTestDb(kind);
    const rows = generate({ seed: 42, wards: 2, today });
    await insertRows(db.orm, rows, undefined, undefined, { analyze: false });
    for (const ward of meetingsByWard(rows, { seed: 42, today })) {
      await insertMeetingRows(db.orm, ward);
      written = { meetings: written.meetings + ward.meetings.length, attendance: written.attendance + ward.attendance.length, guests: written.guests + ward.guests.length };
    }
    await analyzeAfterSeed(db.orm);
  });
  afterAll(() => db?.close());

  it('writes every ward, and the database goes on numbering after the seeded rows', async () => {
    const knex = (db.orm.em as SqlEntityManager).getKnex();
    const count = async (table: string) => Number((await knex(table).count({ n: '*' }))[0].n);
    expect(await count('meeting')).toBe(written.meetings);
    expect(await count('attendance')).toBe(written.attendance);
    expect(await count('meeting_guest')).toBe(written.guests);
    expect(written.attendance).toBeGreaterThan(60_000);
    const before = Number((await knex('attendance').max({ id: 'id' }))[0].id);
    const meeting = await knex('meeting').whereNotNull('held_on').first('id');
    const member = await knex('member').whereNotIn('id', knex('attendance').where('meeting_id', meeting.id).select('member_id')).first('id');
    const now = new Date();
    await knex('attendance').insert({ version: 1, created_at: now, updated_at: now, meeting_id: meeting.id, member_id: member.id, status: 'PRESENT' });
    expect(Number((await knex('attendance').max({ id: 'id' }))[0].id)).toBe(before + 1);
    await knex('attendance').where('id', before + 1).delete();
  });

  it('judges every meeting as the API would: judging them all again changes nothing', async () => {
    const knex = (db.orm.em as SqlEntityManager).getKnex();
    const judged = () => knex('meeting').select(JUDGED).orderBy('id');
    const sheets = () => knex('attendance').select('id', 'status', 'exclusion').orderBy('id');
    const before = await judged();
    const sheetsBefore = await sheets();
    expect(before.filter((m) => m.finding_count > 0).length).toBeGreaterThan(100);
    expect(before.filter((m) => String(m.excused_runs ?? '').match(/[1-9]/)).length).toBeGreaterThan(100);
    expect(await refreshStaleMeetings(db.orm)).toBe(0);
    await knex('meeting').update({ judging_revision: 0 });
    expect(await refreshStaleMeetings(db.orm, 500)).toBe(written.meetings);
    expect(await judged()).toEqual(before);
    expect(await sheets()).toEqual(sheetsBefore);
  }, 240_000);
});
