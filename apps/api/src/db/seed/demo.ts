import type { EntityName, MikroORM } from '@mikro-orm/core';
import type { Knex, EntityManager as SqlEntityManager } from '@mikro-orm/knex';
import { Exemption } from '../../modules/exemption/exemption.entity';
import { Member } from '../../modules/member/member.entity';
import { Membership } from '../../modules/membership/membership.entity';
import { Organization } from '../../modules/organization/organization.entity';
import { Position } from '../../modules/position/position.entity';
import { SpecialDuty } from '../../modules/special-duty/special-duty.entity';
import { Ward } from '../../modules/ward/ward.entity';
import { logger } from '../../shared/logger';
import { isPostgres } from '../database';
import { seedDemoUsers } from '../../modules/auth/users';
import { generate, type GenerateOptions, type SeedRows } from './generator';
import { generateMeetings, type MeetingSeedRows } from './meetings';
import { todayInVietnam } from '@chibo/domain';
import { Attendance } from '../../modules/meeting/attendance.entity';
import { Meeting } from '../../modules/meeting/meeting.entity';
import { MeetingGuest } from '../../modules/meeting/meeting-guest.entity';
import { MemberTask } from '../../modules/member-task/member-task.entity';
import { ThematicPlanItem } from '../../modules/thematic-plan/thematic-plan.entity';
import { Resolution } from '../../modules/resolution/resolution.entity';
import { ResolutionReview } from '../../modules/resolution/resolution-review.entity';
import { ResolutionTask } from '../../modules/resolution/resolution-task.entity';
import { Pilot, PilotGuide } from '../../modules/pilot/pilot.entity';
import { SupervisorAssignment } from '../../modules/supervision/supervisor-assignment.entity';

/** The day the demo data describes; fixed so the demo is the same on every machine. */
export const DEMO_DAY = '2026-11-01';
const CHUNK = 500;

type Table = [EntityName<object>, Record<string, unknown>[], string];

const meetingTables = (meetings: MeetingSeedRows): Table[] => [
  [ThematicPlanItem, meetings.thematicPlanItems, 'thematic_plan_item'], [MemberTask, meetings.memberTasks, 'member_task'], [Meeting, meetings.meetings, 'meeting'],
  [MeetingGuest, meetings.guests, 'meeting_guest'], [Attendance, meetings.attendance, 'attendance'], [Resolution, meetings.resolutions, 'resolution'],
  [ResolutionTask, meetings.tasks, 'resolution_task'], [ResolutionReview, meetings.reviews, 'resolution_review'],
  [SupervisorAssignment, meetings.assignments, 'supervisor_assignment'], [Pilot, meetings.pilots, 'pilot'], [PilotGuide, meetings.pilotGuides, 'pilot_guide'],
];

/** The tables the meeting rows go to, in the order they are written (each refers only to those before it). */
export const MEETING_TABLES = meetingTables({ thematicPlanItems: [], memberTasks: [], meetings: [], attendance: [], resolutions: [], tasks: [], reviews: [], guests: [], assignments: [], pilots: [], pilotGuides: [] })
  .map(([, , table]) => table);

async function insertTables(tem: SqlEntityManager, tables: Table[], onProgress?: (table: string, done: number) => void): Promise<void> {
  for (const [entity, list, table] of tables) {
    // Organizations refer to their parents: insert them in id order, which is tree order.
    for (let i = 0; i < list.length; i += CHUNK) {
      await tem.insertMany(entity, list.slice(i, i + CHUNK) as never);
      onProgress?.(table, Math.min(i + CHUNK, list.length));
    }
  }
}

/** Moves PostgreSQL's id sequences past the rows written with their ids. */
async function moveSequences(orm: MikroORM, knex: Knex, tables: string[]): Promise<void> {
  if (!isPostgres(orm)) return;
  for (const table of tables) await knex.raw(`select setval(pg_get_serial_sequence('${table}', 'id'), coalesce((select max(id) from ${table}), 1))`);
}

/** Fresh statistics on both databases, so the planner does not take the just-filled tables for empty ones. */
export async function analyzeAfterSeed(orm: MikroORM): Promise<void> {
  const knex = (orm.em.fork() as SqlEntityManager).getKnex();
  if (isPostgres(orm)) await knex.raw('analyze');
  // SQLite samples each table (analysis_limit) so a city's statistics take seconds, not minutes.
  else await knex.raw('pragma analysis_limit = 1000').then(() => knex.raw('analyze'));
}

/**
 * Writes generated rows in multi-row inserts, in one transaction, then moves PostgreSQL's id sequences past them and
 * (unless `analyze` is false, when more rows follow) refreshes PostgreSQL's statistics.
 */
export async function insertRows(
  orm: MikroORM, rows: SeedRows, onProgress?: (table: string, done: number) => void, meetings?: MeetingSeedRows, options: { analyze?: boolean } = {},
): Promise<void> {
  const em = orm.em.fork() as SqlEntityManager;
  const tables: Table[] = [
    [Ward, rows.wards, 'ward'], [Organization, rows.organizations, 'organization'], [Member, rows.members, 'member'],
    [Membership, rows.memberships, 'membership'], [Position, rows.positions, 'position'], [Exemption, rows.exemptions, 'exemption'],
    [SpecialDuty, rows.specialDuties, 'special_duty'],
  ];
  if (meetings) tables.push(...meetingTables(meetings));
  await em.transactional(async (tem) => {
    const knex = (tem as SqlEntityManager).getTransactionContext() ?? (tem as SqlEntityManager).getKnex();
    await insertTables(tem as SqlEntityManager, tables, onProgress);
    for (let i = 0; i < rows.wardMergedFrom.length; i += CHUNK) await knex('ward_merged_from').insert(rows.wardMergedFrom.slice(i, i + CHUNK));
    for (let i = 0; i < rows.organizationPredecessors.length; i += CHUNK) {
      await knex('organization_predecessor').insert(rows.organizationPredecessors.slice(i, i + CHUNK));
    }
    await moveSequences(orm, knex, tables.map(([, , table]) => table));
  });
  if (options.analyze !== false) await analyzeAfterSeed(orm);
}

/**
 * Writes one ward's meeting rows (see `meetingsByWard`) in one transaction, after the structure; PostgreSQL's
 * sequences are moved past them too, so the database is usable after any ward. Call `analyzeAfterSeed` at the end.
 */
export async function insertMeetingRows(orm: MikroORM, meetings: MeetingSeedRows, onProgress?: (table: string, done: number) => void): Promise<void> {
  const tables = meetingTables(meetings);
  await (orm.em.fork() as SqlEntityManager).transactional(async (tem) => {
    await insertTables(tem as SqlEntityManager, tables, onProgress);
    await moveSequences(orm, (tem as SqlEntityManager).getTransactionContext() as Knex, tables.map(([, , table]) => table));
  });
}

/** Seeds the demo ward when the database holds no ward at all (first start). */
export async function seedDemoIfEmpty(orm: MikroORM, options: Partial<GenerateOptions> = {}): Promise<boolean> {
  const count = await orm.em.fork().count(Ward, {});
  if (count > 0) return false;
  const started = Date.now();
  const rows = generate({ seed: 42, wards: 1, today: DEMO_DAY, ...options });
  // A year of meetings up to the real today, so the month on the home page is the month the office is in.
  const meetings = generateMeetings(rows, { seed: 42, today: todayInVietnam() });
  await insertRows(orm, rows, undefined, meetings);
  const users = await seedDemoUsers(orm.em.fork());
  logger.info(
    { wards: rows.wards.length, organizations: rows.organizations.length, members: rows.members.length, meetings: meetings.meetings.length, attendance: meetings.attendance.length,
      assignments: meetings.assignments.length, pilots: meetings.pilots.length, ms: Date.now() - started },
    'demo ward seeded (synthetic data)',
  );
  // Printed once, on the first start only: the passwords are not stored anywhere but as hashes.
  const table = users.map((u) => `  ${u.username.padEnd(12)} ${u.role.padEnd(18)} ${u.password}`).join('\n');
  process.stdout.write(`\nDemo users (synthetic data; change these passwords before real use):\n${table}\n\n`);
  return true;
}
