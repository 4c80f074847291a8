import { IndicatorCode, type IndicatorMonth, OrganizationKind, TaskStatus } from '@chibo/domain';
import type { EntityManager } from '@mikro-orm/core';
import type { Knex } from '@mikro-orm/knex';
import type { EntityManager as SqlEntityManager } from '@mikro-orm/knex';
import { underPath } from '../../shared/subtree';

/** The ways the figures can be split. BRANCH splits by each branch (a ranking); ORGANIZATION by the units directly under the scope. */
export type GroupKey = 'ORGANIZATION' | 'BRANCH' | 'BRANCH_KIND' | 'MONTH' | 'QUARTER';

/** A quarter lying wholly in the period: its key, first day and the first day after it. */
export interface QuarterRow {
  quarter: string;
  from: string;
  to: string;
}

/** A day on which the members' figure is taken (convention 7), with the month or quarter it stands for. */
export interface AsOfRow {
  month: string | null;
  quarter: string | null;
  day: string;
  year: number;
}

/** What every figure's query needs: the subtree, the months with their rules, the whole quarters, the as-of days. */
export interface Frame {
  /** Branches counted: those whose path starts with this ("/": all). */
  path: string;
  /** The ids of the branches ever under `path` (null for "/"): each query filters its own branch column by them, so an index serves it on both databases. */
  branchIds: number[] | null;
  /** How ORGANIZATION groups: the scope itself (a branch), its children (a committee), or the roots (everything). */
  groupUnder: { kind: 'SELF' | 'CHILDREN'; id: number } | { kind: 'ROOTS' };
  months: IndicatorMonth[];
  quarters: QuarterRow[];
  asOfDays: AsOfRow[];
  /** Deadlines before this day have passed. */
  asOf: string;
}

/** One group's counts: the key values and, per figure, numerator and denominator. */
export interface GroupCounts {
  keys: Partial<Record<GroupKey, string | null>>;
  counts: Partial<Record<IndicatorCode, [number, number]>>;
}

type Row = Record<string, string | number | null>;

const isPg = (em: EntityManager) => em.config.get('driver')?.name === 'PostgreSqlDriver';
/** A day parameter as the database compares it with a date column: a date on PostgreSQL, ISO text on SQLite. */
const day = (em: EntityManager) => (isPg(em) ? 'cast(? as date)' : '?');
const num = (em: EntityManager) => (isPg(em) ? 'cast(? as double precision)' : 'cast(? as real)');
const knexOf = (em: EntityManager) => (em as SqlEntityManager).getKnex();

/** The months as a derived table: key, quarter, first day, first day after, due day, attendance share and strictness. */
function monthTable(em: EntityManager, months: IndicatorMonth[]) {
  const sql = months
    .map(() => `select cast(? as varchar(7)) as month, cast(? as varchar(7)) as quarter, ${day(em)} as first_day, ${day(em)} as next_first, ${day(em)} as due_day, ${num(em)} as share, cast(? as integer) as strict`)
    .join(' union all ');
  const params = months.flatMap((m) => [m.month, m.quarter, m.first, nextFirst(m.month), m.dueDay, m.threshold?.share ?? 2, m.threshold?.strict ? 1 : 0]);
  return knexOf(em).raw(`(${sql}) as mo`, params);
}

function nextFirst(month: string): string {
  const [y, m] = [Number(month.slice(0, 4)), Number(month.slice(5, 7))];
  return m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, '0')}-01`;
}

function quarterTable(em: EntityManager, quarters: QuarterRow[]) {
  const sql = quarters.map(() => `select cast(? as varchar(7)) as quarter, ${day(em)} as q_from, ${day(em)} as q_to`).join(' union all ');
  return knexOf(em).raw(`(${sql}) as qu`, quarters.flatMap((q) => [q.quarter, q.from, q.to]));
}

function asOfTable(em: EntityManager, rows: AsOfRow[]) {
  const sql = rows.map(() => `select cast(? as varchar(7)) as month, cast(? as varchar(7)) as quarter, ${day(em)} as day, cast(? as integer) as year`).join(' union all ');
  return knexOf(em).raw(`(${sql}) as ad`, rows.flatMap((r) => [r.month, r.quarter, r.day, r.year]));
}

/** The units ORGANIZATION groups by, as a derived table `g (id, path)`. */
function groupTable(em: EntityManager, frame: Frame) {
  const knex = knexOf(em);
  const under = frame.groupUnder;
  if (under.kind === 'ROOTS') return knex.raw('(select id, path from organization where parent_id is null) as g');
  return knex.raw(`(select id, path from organization where ${under.kind === 'SELF' ? 'id' : 'parent_id'} = ?) as g`, [under.id]);
}

/** The key expressions of a figure's rows; a key the figure cannot be split by is missing. */
type KeyColumns = Partial<Record<GroupKey, string>>;

/** Adds the group keys to a query (selected as key_<name> and grouped), joining `g` when grouping by organization. */
function grouped(em: EntityManager, qb: Knex.QueryBuilder, frame: Frame, keys: GroupKey[], columns: KeyColumns, branchColumn = 'b.id'): Knex.QueryBuilder {
  const knex = knexOf(em);
  // Rows keyed by their own branch column join the branch only when a key needs its path or kind.
  if (branchColumn !== 'b.id' && (keys.includes('ORGANIZATION') || keys.includes('BRANCH_KIND'))) qb.join('organization as b', 'b.id', branchColumn);
  if (keys.includes('ORGANIZATION')) qb.join(groupTable(em, frame), knex.raw("b.path like g.path || '%'"));
  for (const key of keys) {
    const column = key === 'ORGANIZATION' ? 'g.id' : key === 'BRANCH' ? branchColumn : key === 'BRANCH_KIND' ? 'b.branch_kind' : columns[key];
    qb.select(knex.raw(`${column} as key_${key.toLowerCase()}`)).groupByRaw(column as string);
  }
  return qb;
}

/** Whether the rows are split by month or quarter (so the months' table joins them). */
const byMonth = (keys: GroupKey[]) => keys.includes('MONTH') || keys.includes('QUARTER');

/** Whether a figure's rows can be split by every key asked. */
function splits(keys: GroupKey[], columns: KeyColumns): boolean {
  return keys.every((k) => k === 'ORGANIZATION' || k === 'BRANCH' || k === 'BRANCH_KIND' || columns[k] != null);
}

function toGroups(rows: Row[], keys: GroupKey[], codes: Array<[IndicatorCode, string, string]>): GroupCounts[] {
  return rows.map((r) => ({
    keys: Object.fromEntries(keys.map((k) => [k, r[`key_${k.toLowerCase()}`] == null ? null : String(r[`key_${k.toLowerCase()}`])])),
    counts: Object.fromEntries(codes.map(([code, n, d]) => [code, [Number(r[n] ?? 0), Number(r[d] ?? 0)]])),
  }));
}

/**
 * Keeps the rows of the frame's branches: `column` is the query's own branch column (the organization's id, a meeting's,
 * membership's or task's branch), filtered by the ids read once for the request. A join on the tree path instead made
 * PostgreSQL scan every membership of the city for one ward, and SQLite cannot use an index for a LIKE.
 */
function inSubtree(qb: Knex.QueryBuilder, frame: Pick<Frame, 'branchIds'>, column: string): Knex.QueryBuilder {
  return frame.branchIds ? qb.whereIn(column, frame.branchIds) : qb;
}

/** The ids of the branches ever under a path (null for the whole database): one indexed read. */
export async function branchIdsUnder(em: EntityManager, path: string): Promise<number[] | null> {
  if (path === '/') return null;
  const qb = knexOf(em)('organization').select('id').where('kind', OrganizationKind.BRANCH);
  return ((await underPath(em, qb, 'path', path)) as Array<{ id: number }>).map((r) => Number(r.id));
}

/**
 * Figures 1 (regular held, in the first week) and 3 (pooled attendance, branches at the threshold) over branch-months
 * (conventions 3, 5, 6): a branch is expected in a month if it exists on the first day; its own regular (or combined)
 * meeting of that month counts; the threshold is the month's, one that did not meet is below.
 */
export async function branchMonthCounts(em: EntityManager, frame: Frame, keys: GroupKey[]): Promise<GroupCounts[]> {
  const columns: KeyColumns = { MONTH: 'mo.month', QUARTER: 'mo.quarter' };
  if (!frame.months.length) return [];
  const knex = knexOf(em);
  const reached = '(case when mo.strict = 1 then m.present_count > mo.share * m.expected_count else m.present_count >= mo.share * m.expected_count end)';
  const qb = knex
    .select(knex.raw('count(b.id) as expected'), knex.raw('count(m.held_on) as held'))
    .select(knex.raw('sum(case when m.held_on <= mo.due_day then 1 else 0 end) as first_week'))
    .select(knex.raw('coalesce(sum(m.present_count), 0) as present'), knex.raw('coalesce(sum(m.expected_count), 0) as attendees'))
    .select(knex.raw(`sum(case when m.attendance_recorded and m.expected_count > 0 and ${reached} then 1 else 0 end) as at_threshold`))
    .from(monthTable(em, frame.months))
    .join('organization as b', (j) => j.on(knex.raw('b.founded_on <= mo.first_day')).andOn(knex.raw('(b.dissolved_on is null or b.dissolved_on > mo.first_day)')))
    .leftJoin('meeting as m', (j) => j.on('m.organization_id', 'b.id').andOn('m.regular_month', 'mo.month').andOnNotNull('m.held_on'))
    .where('b.kind', OrganizationKind.BRANCH);
  inSubtree(qb, frame, 'b.id');
  const rows: Row[] = await grouped(em, qb, frame, keys, columns);
  return toGroups(rows, keys, [
    [IndicatorCode.REGULAR_HELD, 'held', 'expected'], [IndicatorCode.REGULAR_FIRST_WEEK, 'first_week', 'expected'],
    [IndicatorCode.ATTENDANCE_POOLED, 'present', 'attendees'], [IndicatorCode.BRANCHES_AT_THRESHOLD, 'at_threshold', 'expected'],
  ]);
}

/** Figure 1's thematic part over branch-quarters: a branch existing every day of a whole quarter of the period, and whether it held a thematic (or combined) meeting then. */
export async function branchQuarterCounts(em: EntityManager, frame: Frame, keys: GroupKey[]): Promise<GroupCounts[]> {
  const columns: KeyColumns = { QUARTER: 'qu.quarter' };
  if (!frame.quarters.length || !splits(keys, columns)) return [];
  const knex = knexOf(em);
  const qb = knex
    .select(knex.raw('count(b.id) as expected'))
    .select(knex.raw(`sum(case when exists (select 1 from meeting t where t.organization_id = b.id and t.kind in ('THEMATIC', 'COMBINED')
      and t.held_on >= qu.q_from and t.held_on < qu.q_to) then 1 else 0 end) as held`))
    .from(quarterTable(em, frame.quarters))
    .join('organization as b', (j) => j.on(knex.raw('b.founded_on <= qu.q_from')).andOn(knex.raw('(b.dissolved_on is null or b.dissolved_on >= qu.q_to)')))
    .where('b.kind', OrganizationKind.BRANCH);
  inSubtree(qb, frame, 'b.id');
  const rows: Row[] = await grouped(em, qb, frame, keys, columns);
  return toGroups(rows, keys, [[IndicatorCode.THEMATIC_HELD, 'held', 'expected']]);
}

/** Figure 2 and the documents figure over the branch meetings held in the period (a party group's meeting is not the branch's). */
export async function meetingCounts(em: EntityManager, frame: Frame, keys: GroupKey[]): Promise<GroupCounts[]> {
  const columns: KeyColumns = { MONTH: 'mo.month', QUARTER: 'mo.quarter' };
  if (!frame.months.length) return [];
  const knex = knexOf(em);
  const qb = knex
    .select(knex.raw('count(m.organization_id) as held'), knex.raw('sum(case when m.content_complete then 1 else 0 end) as complete'))
    .select(knex.raw('sum(case when m.documents_due then 1 else 0 end) as due'), knex.raw('sum(case when m.documents_on_time then 1 else 0 end) as on_time'))
    // The branch's own meetings (a party group's meeting has the group as its organization).
    .whereNotNull('m.held_on').andWhereRaw('m.organization_id = m.branch_id');
  // By month or quarter the months join; otherwise the period is a range of month keys (no join).
  if (byMonth(keys)) qb.from(monthTable(em, frame.months)).join('meeting as m', 'm.month', 'mo.month');
  else qb.from('meeting as m').whereBetween('m.month', [frame.months[0].month, frame.months[frame.months.length - 1].month]);
  inSubtree(qb, frame, 'm.organization_id');
  const rows: Row[] = await grouped(em, qb, frame, keys, columns, 'm.organization_id');
  return toGroups(rows, keys, [[IndicatorCode.CONTENT_COMPLETE, 'complete', 'held'], [IndicatorCode.DOCUMENTS_ON_TIME, 'on_time', 'due']]);
}

/** The SQL of "working on ad.day": not retired then (the domain's workingOn) and not exempt then. */
const WORKING = `(m.retired_on > ad.day or (m.retired_on is null and m.work_status <> 'RETIRED'))
  and not exists (select 1 from exemption e where e.member_id = ms.member_id and e.from_date <= ad.day and (e.to_date is null or e.to_date > ad.day))`;

/** Figure 4 (convention 7): on each as-of day, working members of the branches then, and those holding a task for that year from any branch. */
export async function memberCounts(em: EntityManager, frame: Frame, keys: GroupKey[]): Promise<GroupCounts[]> {
  const columns: KeyColumns = { MONTH: 'ad.month', QUARTER: 'ad.quarter' };
  if (!frame.asOfDays.length) return [];
  const knex = knexOf(em);
  const base = () => {
    const qb = knex
      .from(asOfTable(em, frame.asOfDays))
      .join('membership as ms', (j) => j.on(knex.raw('ms.from_date <= ad.day')).andOn(knex.raw('(ms.to_date is null or ms.to_date > ad.day)')))
      .join('member as m', 'm.id', 'ms.member_id')
      .andWhereRaw(WORKING);
    return inSubtree(qb, frame, 'ms.branch_id');
  };
  const HAS_TASK = 'exists (select 1 from member_task t where t.member_id = ms.member_id and t.year = ad.year and t.assigned_on <= ad.day)';
  if (frame.branchIds || !isPg(em)) {
    // A subtree, or SQLite (one thread, nested loops): each member's task looked up in the (member, year, day) index.
    const qb = base().select(knex.raw('count(ms.member_id) as working'), knex.raw(`sum(case when ${HAS_TASK} then 1 else 0 end) as tasked`));
    return toGroups(await grouped(em, qb, frame, keys, columns, 'ms.branch_id'), keys, [[IndicatorCode.MEMBERS_TASKED, 'tasked', 'working']]);
  }
  if (frame.asOfDays.length > 1) {
    // The whole database on PostgreSQL, day by day: the years' tasks grouped once and hash-joined to every day's members.
    const years = [...new Set(frame.asOfDays.map((d) => d.year))];
    const qb = base().select(knex.raw('count(ms.member_id) as working'), knex.raw('sum(case when tk.first_on <= ad.day then 1 else 0 end) as tasked'))
      .leftJoin(knex.raw(`(select member_id, year, min(assigned_on) as first_on from member_task where year in (${years.map(() => '?').join(', ')}) group by member_id, year) as tk`, years),
        (j) => j.on('tk.member_id', 'ms.member_id').andOn('tk.year', 'ad.year'));
    return toGroups(await grouped(em, qb, frame, keys, columns, 'ms.branch_id'), keys, [[IndicatorCode.MEMBERS_TASKED, 'tasked', 'working']]);
  }
  // The whole database on PostgreSQL, one day: the working members and those with a task counted side by side, the
  // second as a semi-join that reads the year's tasks once (a probe per member, or grouping the tasks first, was slower).
  const [all, tasked] = await Promise.all([
    grouped(em, base().select(knex.raw('count(ms.member_id) as n')), frame, keys, columns, 'ms.branch_id'),
    grouped(em, base().andWhereRaw(HAS_TASK).select(knex.raw('count(ms.member_id) as n')), frame, keys, columns, 'ms.branch_id'),
  ]);
  const key = (r: Row) => JSON.stringify(keys.map((k) => r[`key_${k.toLowerCase()}`] ?? null));
  const taskedBy = new Map((tasked as Row[]).map((r) => [key(r), Number(r.n)]));
  const rows = (all as Row[]).map((r) => ({ ...r, working: r.n, tasked: taskedBy.get(key(r)) ?? 0 }));
  return toGroups(rows, keys, [[IndicatorCode.MEMBERS_TASKED, 'tasked', 'working']]);
}

/** Resolution tasks whose deadline fell in the period and has passed by the as-of day (cancelled ones apart), and those done by it. */
export async function taskCounts(em: EntityManager, frame: Frame, keys: GroupKey[]): Promise<GroupCounts[]> {
  const columns: KeyColumns = { MONTH: 'mo.month', QUARTER: 'mo.quarter' };
  if (!frame.months.length) return [];
  const knex = knexOf(em);
  const qb = knex
    .select(knex.raw('count(rt.branch_id) as due'))
    .select(knex.raw('sum(case when rt.completed_on is not null and rt.completed_on <= rt.deadline then 1 else 0 end) as on_time'));
  // By month or quarter the deadline's month joins by equality (one pass over the tasks); otherwise no join is needed.
  if (byMonth(keys)) {
    qb.from(monthTable(em, frame.months))
      .join('resolution_task as rt', 'mo.first_day', knex.raw(isPg(em) ? "cast(date_trunc('month', rt.deadline) as date)" : "substr(rt.deadline, 1, 7) || '-01'"));
  } else qb.from('resolution_task as rt');
  qb.whereNot('rt.status', TaskStatus.CANCELLED).andWhere('rt.deadline', '<', frame.asOf).andWhere('rt.deadline', '>=', frame.months[0].first);
  inSubtree(qb, frame, 'rt.branch_id');
  const rows: Row[] = await grouped(em, qb, frame, keys, columns, 'rt.branch_id');
  return toGroups(rows, keys, [[IndicatorCode.TASKS_ON_TIME, 'on_time', 'due']]);
}

/** Pilots of a year under the frame's subtree by kind, and the branches existing on a day (the pilot shares' denominator): two small grouped queries. */
export async function pilotCounts(em: EntityManager, frame: Frame, year: number, day: string): Promise<{ branches: number; byKind: Map<string, number> }> {
  const knex = knexOf(em);
  const branches = inSubtree(knex('organization as b').count({ n: '*' }).where('b.kind', OrganizationKind.BRANCH).andWhere('b.founded_on', '<=', day)
    .andWhere((q) => q.whereNull('b.dissolved_on').orWhere('b.dissolved_on', '>', day)), frame, 'b.id');
  const pilots = inSubtree(knex('pilot as p').select('p.kind').count({ n: '*' }).where('p.year', year).groupBy('p.kind'), frame, 'p.branch_id');
  const [[counted], kinds] = (await Promise.all([branches, pilots])) as [Array<{ n: number | string }>, Array<{ kind: string; n: number | string }>];
  return { branches: Number(counted?.n ?? 0), byKind: new Map(kinds.map((k) => [k.kind, Number(k.n)])) };
}

/** One row behind a figure: the branch, month or quarter, meeting, member or task, and its share of numerator and denominator. */
export interface DrillRow {
  branchId: number | null;
  month: string | null;
  quarter: string | null;
  meetingId: number | null;
  memberId: number | null;
  taskId: number | null;
  numerator: number;
  denominator: number;
  /** Counts in the numerator (for pooled attendance: the meeting reached the threshold). */
  counted: boolean;
}

/** Filters of a drill-down: one group's keys, and whether the row counts in the numerator. */
export interface DrillFilter {
  counted?: boolean | null;
  underPath?: string | null;
  branchKind?: string | null;
  month?: string | null;
  quarter?: string | null;
}

/** A drill-down query before paging: its rows' columns and the condition that makes a row count. */
interface Drill {
  qb: Knex.QueryBuilder;
  counted: string;
  monthColumn: string | null;
  quarterColumn: string | null;
  order: string[];
}

function drillFor(em: EntityManager, frame: Frame, code: IndicatorCode): Drill | null {
  const knex = knexOf(em);
  switch (code) {
    case IndicatorCode.REGULAR_HELD:
    case IndicatorCode.REGULAR_FIRST_WEEK:
    case IndicatorCode.BRANCHES_AT_THRESHOLD:
    case IndicatorCode.ATTENDANCE_POOLED: {
      if (!frame.months.length) return null;
      const reached = '(case when mo.strict = 1 then m.present_count > mo.share * m.expected_count else m.present_count >= mo.share * m.expected_count end)';
      const counted = {
        [IndicatorCode.REGULAR_HELD]: 'm.id is not null',
        [IndicatorCode.REGULAR_FIRST_WEEK]: 'm.held_on <= mo.due_day',
        [IndicatorCode.BRANCHES_AT_THRESHOLD]: `(m.attendance_recorded and m.expected_count > 0 and ${reached})`,
        [IndicatorCode.ATTENDANCE_POOLED]: `(m.attendance_recorded and m.expected_count > 0 and ${reached})`,
      }[code];
      const pooled = code === IndicatorCode.ATTENDANCE_POOLED;
      const qb = knex.select('b.id as branch_id', 'mo.month', 'mo.quarter', 'm.id as meeting_id', knex.raw('null as member_id'), knex.raw('null as task_id'))
        .select(knex.raw(pooled ? 'm.present_count as numerator' : `case when ${counted} then 1 else 0 end as numerator`))
        .select(knex.raw(pooled ? 'm.expected_count as denominator' : '1 as denominator'))
        .from(monthTable(em, frame.months))
        .join('organization as b', (j) => j.on(knex.raw('b.founded_on <= mo.first_day')).andOn(knex.raw('(b.dissolved_on is null or b.dissolved_on > mo.first_day)')))
        .where('b.kind', OrganizationKind.BRANCH);
      if (pooled) qb.join('meeting as m', (j) => j.on('m.organization_id', 'b.id').andOn('m.regular_month', 'mo.month').andOnNotNull('m.held_on')).andWhere('m.expected_count', '>', 0);
      else qb.leftJoin('meeting as m', (j) => j.on('m.organization_id', 'b.id').andOn('m.regular_month', 'mo.month').andOnNotNull('m.held_on'));
      inSubtree(qb, frame, 'b.id');
      return { qb, counted: `coalesce(${counted}, false)`, monthColumn: 'mo.month', quarterColumn: 'mo.quarter', order: ['mo.month', 'b.name', 'b.id'] };
    }
    case IndicatorCode.THEMATIC_HELD: {
      if (!frame.quarters.length) return null;
      const counted = `exists (select 1 from meeting t where t.organization_id = b.id and t.kind in ('THEMATIC', 'COMBINED') and t.held_on >= qu.q_from and t.held_on < qu.q_to)`;
      const qb = knex.select('b.id as branch_id', knex.raw('null as month'), 'qu.quarter', knex.raw(`(select min(t.id) from meeting t where t.organization_id = b.id and t.kind in ('THEMATIC', 'COMBINED') and t.held_on >= qu.q_from and t.held_on < qu.q_to) as meeting_id`))
        .select(knex.raw('null as member_id'), knex.raw('null as task_id'), knex.raw(`case when ${counted} then 1 else 0 end as numerator`), knex.raw('1 as denominator'))
        .from(quarterTable(em, frame.quarters))
        .join('organization as b', (j) => j.on(knex.raw('b.founded_on <= qu.q_from')).andOn(knex.raw('(b.dissolved_on is null or b.dissolved_on >= qu.q_to)')))
        .where('b.kind', OrganizationKind.BRANCH);
      inSubtree(qb, frame, 'b.id');
      return { qb, counted, monthColumn: null, quarterColumn: 'qu.quarter', order: ['qu.quarter', 'b.name', 'b.id'] };
    }
    case IndicatorCode.CONTENT_COMPLETE:
    case IndicatorCode.DOCUMENTS_ON_TIME: {
      if (!frame.months.length) return null;
      const docs = code === IndicatorCode.DOCUMENTS_ON_TIME;
      const counted = docs ? 'm.documents_on_time' : 'm.content_complete';
      const qb = knex.select('b.id as branch_id', 'mo.month', 'mo.quarter', 'm.id as meeting_id', knex.raw('null as member_id'), knex.raw('null as task_id'))
        .select(knex.raw(`case when ${counted} then 1 else 0 end as numerator`), knex.raw('1 as denominator'))
        .from(monthTable(em, frame.months)).join('meeting as m', 'm.month', 'mo.month').join('organization as b', 'b.id', 'm.organization_id')
        .whereNotNull('m.held_on').andWhere('b.kind', OrganizationKind.BRANCH);
      if (docs) qb.andWhereRaw('m.documents_due');
      inSubtree(qb, frame, 'm.organization_id');
      return { qb, counted, monthColumn: 'mo.month', quarterColumn: 'mo.quarter', order: ['m.held_on', 'b.name', 'm.id'] };
    }
    case IndicatorCode.MEMBERS_TASKED: {
      if (!frame.asOfDays.length) return null;
      const counted = 'exists (select 1 from member_task t where t.member_id = ms.member_id and t.year = ad.year and t.assigned_on <= ad.day)';
      const qb = knex.select('b.id as branch_id', 'ad.month', 'ad.quarter', knex.raw('null as meeting_id'), 'ms.member_id', knex.raw('null as task_id'))
        .select(knex.raw(`case when ${counted} then 1 else 0 end as numerator`), knex.raw('1 as denominator'))
        .from(asOfTable(em, frame.asOfDays))
        .join('membership as ms', (j) => j.on(knex.raw('ms.from_date <= ad.day')).andOn(knex.raw('(ms.to_date is null or ms.to_date > ad.day)')))
        .join('organization as b', 'b.id', 'ms.branch_id').join('member as m', 'm.id', 'ms.member_id')
        .andWhereRaw(WORKING);
      inSubtree(qb, frame, 'ms.branch_id');
      return { qb, counted, monthColumn: 'ad.month', quarterColumn: 'ad.quarter', order: ['ad.day', 'b.name', 'm.sort_key', 'm.id'] };
    }
    case IndicatorCode.TASKS_ON_TIME: {
      if (!frame.months.length) return null;
      const counted = '(rt.completed_on is not null and rt.completed_on <= rt.deadline)';
      const qb = knex.select('b.id as branch_id', 'mo.month', 'mo.quarter', knex.raw('null as meeting_id'), 'rt.owner_member_id as member_id', 'rt.id as task_id')
        .select(knex.raw(`case when ${counted} then 1 else 0 end as numerator`), knex.raw('1 as denominator'))
        .from(monthTable(em, frame.months))
        .join('resolution_task as rt', (j) => j.on(knex.raw('rt.deadline >= mo.first_day')).andOn(knex.raw('rt.deadline < mo.next_first')))
        .join('organization as b', 'b.id', 'rt.branch_id')
        .whereNot('rt.status', TaskStatus.CANCELLED).andWhere('rt.deadline', '<', frame.asOf);
      inSubtree(qb, frame, 'rt.branch_id');
      return { qb, counted, monthColumn: 'mo.month', quarterColumn: 'mo.quarter', order: ['rt.deadline', 'b.name', 'rt.id'] };
    }
    default:
      return null;
  }
}

/** The rows behind a figure computed over the branches (not the committee's own supervision and pilot figures), filtered and paged, with their total. */
export async function drillRows(em: EntityManager, frame: Frame, code: IndicatorCode, filter: DrillFilter, offset: number, limit: number): Promise<{ total: number; rows: DrillRow[] } | null> {
  const drill = drillFor(em, frame, code);
  if (!drill) return null;
  const { qb } = drill;
  if (filter.underPath) qb.andWhere('b.path', 'like', `${filter.underPath}%`);
  if (filter.branchKind) qb.andWhere('b.branch_kind', filter.branchKind);
  if (filter.month) {
    if (!drill.monthColumn) return { total: 0, rows: [] };
    qb.andWhereRaw(`${drill.monthColumn} = ?`, [filter.month]);
  }
  if (filter.quarter) qb.andWhereRaw(`${drill.quarterColumn} = ?`, [filter.quarter]);
  if (filter.counted != null) qb.andWhereRaw(filter.counted ? drill.counted : `not (${drill.counted})`);
  qb.select(knexOf(em).raw(`case when ${drill.counted} then 1 else 0 end as is_counted`));
  const countQuery = knexOf(em).count({ n: '*' }).from(qb.clone().as('rows'));
  const [counted] = (await countQuery) as Array<{ n: number | string }>;
  const rows: Row[] = await qb.orderByRaw(drill.order.join(', ')).offset(offset).limit(limit);
  return {
    total: Number(counted?.n ?? 0),
    rows: rows.map((r) => ({
      branchId: Number(r.branch_id), month: r.month == null ? null : String(r.month), quarter: r.quarter == null ? null : String(r.quarter),
      meetingId: r.meeting_id == null ? null : Number(r.meeting_id), memberId: r.member_id == null ? null : Number(r.member_id),
      taskId: r.task_id == null ? null : Number(r.task_id), numerator: Number(r.numerator ?? 0), denominator: Number(r.denominator ?? 0),
      counted: Number(r.is_counted) === 1,
    })),
  };
}
