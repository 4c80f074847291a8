import {
  addDays, INDICATOR_BY_CODE, INDICATORS, IndicatorCode, indicatorMet, indicatorMonths, indicatorTarget, invalid, type MeetingRules, monthEnd,
  OrganizationKind, PilotKind, quarterKeyOf, quarterPeriod, resolvePeriod, type RuleSet, todayInVietnam, wholeQuarters,
} from '@chibo/domain';
import type { EntityManager } from '@mikro-orm/core';
import { assertValid, parseId } from '../../shared/errors';
import { storedRuleSets } from '../meeting-rule-set/meeting-rule-set.queries';
import { Organization } from '../organization/organization.entity';
import { Pilot } from '../pilot/pilot.entity';
import { complianceFigures } from '../supervision/compliance.service';
import {
  type AsOfRow, branchIdsUnder, branchMonthCounts, pilotCounts, branchQuarterCounts, type DrillRow, drillRows, type Frame, type GroupCounts, type GroupKey, meetingCounts, memberCounts, taskCounts,
} from './indicators.queries';
import type { IndicatorFigure, IndicatorGroup, IndicatorGroupRow, IndicatorRow, IndicatorRowPage, Indicators, PeriodInput } from './indicators.type';

/** The earlier of two ISO days. */
const earlier = (a: string, b: string) => (a.localeCompare(b) < 0 ? a : b);

/** The most rows one drill-down page returns. */
export const MAX_INDICATOR_ROWS = 500;

/** What every entry point resolves first: the scope (null: the whole database), the period and the frame of the queries. */
interface Resolved {
  scope: Organization | null;
  from: string;
  to: string;
  asOf: string;
  sets: RuleSet<MeetingRules>[];
  frame: Frame;
}

/** The day the members' figure is taken for a stretch of months: its last day, or the as-of day if earlier. */
function asOfRows(months: string[], asOf: string, keys: GroupKey[]): AsOfRow[] {
  const lastDay = (month: string) => addDays(monthEnd(month), -1);
  const capped = (day: string) => earlier(day, asOf);
  const started = months.filter((m) => `${m}-01` <= asOf);
  if (keys.includes('MONTH')) {
    return started.map((m) => ({ month: m, quarter: quarterKeyOf(`${m}-01`), day: capped(lastDay(m)), year: Number(capped(lastDay(m)).slice(0, 4)) }));
  }
  if (keys.includes('QUARTER')) {
    const quarters = [...new Set(started.map((m) => quarterKeyOf(`${m}-01`)))];
    return quarters.map((q) => {
      const last = started.filter((m) => quarterKeyOf(`${m}-01`) === q).pop() as string;
      const day = capped(lastDay(last));
      return { month: null, quarter: q, day, year: Number(day.slice(0, 4)) };
    });
  }
  if (!started.length) return [];
  const day = capped(lastDay(started[started.length - 1]));
  return [{ month: null, quarter: null, day, year: Number(day.slice(0, 4)) }];
}

async function resolve(em: EntityManager, scopePath: string, scopeId: string | null | undefined, period: PeriodInput, asOfAsked?: string | null): Promise<Resolved | null> {
  const range = resolvePeriod(period ?? {}, 'period');
  if (Array.isArray(range)) assertValid(range);
  const { from, to } = range as { from: string; to: string };
  let scope: Organization | null = null;
  if (scopeId != null) {
    scope = await em.findOne(Organization, { id: parseId(scopeId, 'scopeId') });
    if (!scope?.path.startsWith(scopePath)) return null;
  } else if (scopePath !== '/') {
    scope = await em.findOne(Organization, { path: scopePath });
    if (!scope) return null;
  }
  if (scope?.kind === OrganizationKind.PARTY_GROUP) assertValid([invalid('scopeId', 'Chỉ tiêu tính cho chi bộ hoặc cấp ủy, không cho tổ đảng.')]);
  const today = asOfAsked ?? todayInVietnam();
  const periodLast = addDays(monthEnd(to), -1);
  const asOf = earlier(today, periodLast);
  const sets = await storedRuleSets(em);
  const months = indicatorMonths(from, to, sets).filter((m) => m.first <= asOf);
  const path = scope?.path ?? '/';
  const frame: Frame = {
    path,
    branchIds: await branchIdsUnder(em, path),
    groupUnder: !scope ? { kind: 'ROOTS' } : scope.kind === OrganizationKind.BRANCH ? { kind: 'SELF', id: scope.id } : { kind: 'CHILDREN', id: scope.id },
    months,
    // A quarter's thematic figure is judged once the quarter is over, or on the as-of day within it.
    quarters: wholeQuarters(from, to).filter((q) => q.from <= asOf),
    asOfDays: [],
    asOf,
  };
  return { scope, from, to, asOf, sets, frame };
}

function figureOf(code: IndicatorCode, numerator: number, denominator: number, sets: RuleSet<MeetingRules>[], day: string): IndicatorFigure {
  const def = INDICATOR_BY_CODE[code];
  const target = indicatorTarget(code, sets, day);
  const rate = denominator ? numerator / denominator : null;
  return {
    code, label: def.label, labelEn: def.labelEn, planFigure: def.planFigure, numerator, denominator, rate,
    target: target?.target ?? null, met: indicatorMet(rate, target?.target ?? null), documents: target?.documents ?? [], convention: def.convention,
  };
}

/** The counts of every figure computed over the branches, for a grouping (none: the totals), all in grouped SQL. */
async function branchFigures(em: EntityManager, frame: Frame, keys: GroupKey[], codes: Set<IndicatorCode>): Promise<GroupCounts[]> {
  const wants = (...list: IndicatorCode[]) => list.some((c) => codes.has(c));
  const withDays = { ...frame, asOfDays: asOfRows(frame.months.map((m) => m.month), frame.asOf, keys) };
  const parts = await Promise.all([
    wants(IndicatorCode.REGULAR_HELD, IndicatorCode.REGULAR_FIRST_WEEK, IndicatorCode.ATTENDANCE_POOLED, IndicatorCode.BRANCHES_AT_THRESHOLD) ? branchMonthCounts(em, frame, keys) : [],
    wants(IndicatorCode.THEMATIC_HELD) && !keys.includes('MONTH') ? branchQuarterCounts(em, frame, keys) : [],
    wants(IndicatorCode.CONTENT_COMPLETE, IndicatorCode.DOCUMENTS_ON_TIME) ? meetingCounts(em, frame, keys) : [],
    wants(IndicatorCode.MEMBERS_TASKED) ? memberCounts(em, withDays, keys) : [],
    wants(IndicatorCode.TASKS_ON_TIME) ? taskCounts(em, frame, keys) : [],
  ]);
  return parts.flat();
}

/** The supervision and pilot figures of a committee over the period (summed over its quarters; pilots of the last year). */
async function committeeFigures(em: EntityManager, r: Resolved, codes: Set<IndicatorCode>): Promise<Partial<Record<IndicatorCode, [number, number]>>> {
  const out: Partial<Record<IndicatorCode, [number, number]>> = {};
  if (!r.scope || r.scope.kind === OrganizationKind.BRANCH) return out;
  if (codes.has(IndicatorCode.SUPERVISORS_ROTATING) || codes.has(IndicatorCode.IN_CHARGE_VISITED)) {
    const quarters = [...new Set(r.frame.months.map((m) => m.quarter))];
    const scope = r.scope;
    const all = await Promise.all(quarters.map((q) => complianceFigures(em, scope, q, r.asOf, r.sets)));
    const sum = (pick: (c: (typeof all)[number]) => { numerator: number; denominator: number }) =>
      all.reduce<[number, number]>((acc, c) => [acc[0] + pick(c).numerator, acc[1] + pick(c).denominator], [0, 0]);
    out[IndicatorCode.SUPERVISORS_ROTATING] = sum((c) => c.standing);
    out[IndicatorCode.IN_CHARGE_VISITED] = sum((c) => c.inCharge);
  }
  if (codes.has(IndicatorCode.REGULAR_PILOTS) || codes.has(IndicatorCode.THEMATIC_PILOTS)) {
    // The year's pilots among the branches existing on the period's last day (or the as-of day), as pilotRatios counts them.
    const pilots = await pilotCounts(em, r.frame, Number(r.asOf.slice(0, 4)), r.asOf);
    out[IndicatorCode.REGULAR_PILOTS] = [pilots.byKind.get(PilotKind.REGULAR_MEETING) ?? 0, pilots.branches];
    out[IndicatorCode.THEMATIC_PILOTS] = [pilots.byKind.get(PilotKind.THEMATIC_MEETING) ?? 0, pilots.branches];
  }
  return out;
}

/** The last day a group stands for (its month's or quarter's, capped by the as-of day), for its targets. */
function groupDay(keys: GroupCounts['keys'], r: Resolved): string {
  const end = keys.MONTH ? addDays(monthEnd(keys.MONTH), -1) : keys.QUARTER ? addDays(quarterPeriod(keys.QUARTER).to as string, -1) : r.asOf;
  return earlier(end, r.asOf);
}

/** The most groups one request may split the figures into (a city's branches by month would be hundreds of thousands). */
export const MAX_INDICATOR_GROUPS = 5000;

/**
 * Refuses a grouping that could give more than MAX_INDICATOR_GROUPS rows, before any figure is counted: the branches
 * ever under the scope (BRANCH), the units directly under it (ORGANIZATION), five kinds, the months and quarters.
 */
async function checkGroupCount(em: EntityManager, r: Resolved, keys: GroupKey[]): Promise<void> {
  let bound = 1;
  if (keys.includes('BRANCH')) bound *= await em.count(Organization, { kind: OrganizationKind.BRANCH, path: { $like: `${r.frame.path}%` } });
  if (keys.includes('ORGANIZATION') && r.frame.groupUnder.kind !== 'SELF') {
    bound *= await em.count(Organization, r.frame.groupUnder.kind === 'ROOTS' ? { parent: null } : { parent: r.frame.groupUnder.id });
  }
  if (keys.includes('BRANCH_KIND')) bound *= 5;
  if (keys.includes('MONTH')) bound *= Math.max(r.frame.months.length, 1);
  if (keys.includes('QUARTER')) bound *= Math.max(new Set(r.frame.months.map((m) => m.quarter)).size, 1);
  if (bound > MAX_INDICATOR_GROUPS) {
    assertValid([invalid('groupBy', `Cách nhóm này có thể cho tới ${bound.toLocaleString('vi-VN')} dòng (tối đa ${MAX_INDICATOR_GROUPS.toLocaleString('vi-VN')}); hãy thu hẹp phạm vi hoặc kỳ.`)]);
  }
}

const KEY_OF: Record<IndicatorGroup, GroupKey> = { ORGANIZATION: 'ORGANIZATION', BRANCH: 'BRANCH', BRANCH_KIND: 'BRANCH_KIND', MONTH: 'MONTH', QUARTER: 'QUARTER' };

export interface IndicatorsArgs {
  scopeId?: string | null;
  period: PeriodInput;
  groupBy?: IndicatorGroup[] | null;
  codes?: IndicatorCode[] | null;
  asOf?: string | null;
}

/**
 * The figures over a scope (a branch, a committee with everything below it, or the whole database in the reader's
 * scope) and a period, in total and by group, against the structure as it stood then and judged by the rule sets in
 * force each month (DOMAIN "How the indicators count"). Every figure over the branches is one grouped SQL query per
 * kind of row; the supervision and pilot figures are the committee's (totals only). Null outside the reader's scope.
 */
export async function indicators(em: EntityManager, scopePath: string, args: IndicatorsArgs): Promise<Indicators | null> {
  const r = await resolve(em, scopePath, args.scopeId, args.period, args.asOf);
  if (!r) return null;
  const groupBy = [...new Set(args.groupBy ?? [])];
  const keys = groupBy.map((g) => KEY_OF[g]);
  await checkGroupCount(em, r, keys);
  const codes = new Set(args.codes?.length ? args.codes : INDICATORS.map((d) => d.code));
  const [totals, committee, grouped] = await Promise.all([
    branchFigures(em, r.frame, [], codes),
    committeeFigures(em, r, codes),
    keys.length ? branchFigures(em, r.frame, keys, codes) : Promise.resolve([]),
  ]);
  const totalCounts: Partial<Record<IndicatorCode, [number, number]>> = Object.assign({}, ...totals.map((t) => t.counts), committee);
  const ordered = INDICATORS.map((d) => d.code).filter((c) => codes.has(c));
  const groups = new Map<string, GroupCounts>();
  for (const g of grouped) {
    const id = JSON.stringify(keys.map((k) => g.keys[k]));
    const row = groups.get(id);
    if (row) Object.assign(row.counts, g.counts);
    else groups.set(id, { keys: g.keys, counts: { ...g.counts } });
  }
  const sortKey = (g: GroupCounts) => keys.map((k) => String(g.keys[k] ?? '').padStart(k === 'ORGANIZATION' || k === 'BRANCH' ? 12 : 0, '0')).join('|');
  return {
    scopeId: r.scope ? String(r.scope.id) : null, from: r.from, to: r.to, asOf: r.asOf, groupBy,
    totals: ordered.filter((c) => totalCounts[c]).map((c) => figureOf(c, ...(totalCounts[c] as [number, number]), r.sets, r.asOf)),
    groups: [...groups.values()].sort((a, b) => (sortKey(a) < sortKey(b) ? -1 : 1)).map((g): IndicatorGroupRow => ({
      organizationId: g.keys.ORGANIZATION ?? null, branchId: g.keys.BRANCH ?? null, branchKind: (g.keys.BRANCH_KIND ?? null) as IndicatorGroupRow['branchKind'],
      month: g.keys.MONTH ?? null, quarter: g.keys.QUARTER ?? null,
      figures: ordered.filter((c) => g.counts[c]).map((c) => figureOf(c, ...(g.counts[c] as [number, number]), r.sets, groupDay(g.keys, r))),
    })),
  };
}

export interface IndicatorRowsArgs {
  scopeId?: string | null;
  period: PeriodInput;
  code: IndicatorCode;
  counted?: boolean | null;
  organizationId?: string | null;
  branchKind?: string | null;
  month?: string | null;
  quarter?: string | null;
  offset?: number | null;
  limit?: number | null;
  asOf?: string | null;
}

const rowOf = (d: DrillRow): IndicatorRow => ({
  branchId: d.branchId == null ? null : String(d.branchId), month: d.month, quarter: d.quarter, meetingId: d.meetingId == null ? null : String(d.meetingId),
  memberId: d.memberId == null ? null : String(d.memberId), taskId: d.taskId == null ? null : String(d.taskId),
  counted: d.counted, numerator: d.numerator, denominator: d.denominator,
});

/** The committee's supervision and pilot rows: standing members and assignments in charge per quarter, pilot branches of the year. */
async function committeeRows(em: EntityManager, r: Resolved, args: IndicatorRowsArgs): Promise<DrillRow[]> {
  if (!r.scope || r.scope.kind === OrganizationKind.BRANCH) return [];
  const base = { month: null, meetingId: null, taskId: null };
  if (args.code === IndicatorCode.REGULAR_PILOTS || args.code === IndicatorCode.THEMATIC_PILOTS) {
    const kind = args.code === IndicatorCode.REGULAR_PILOTS ? PilotKind.REGULAR_MEETING : PilotKind.THEMATIC_MEETING;
    const pilots = await em.find(Pilot, { year: Number(r.asOf.slice(0, 4)), kind, branch: { path: { $like: `${r.scope.path}%` } } }, { fields: ['branch'], orderBy: { id: 'asc' } });
    return pilots.map((p) => ({ ...base, branchId: p.branch.id, quarter: null, memberId: null, numerator: 1, denominator: 1, counted: true }));
  }
  const quarters = [...new Set(r.frame.months.map((m) => m.quarter))].filter((q) => !args.quarter || q === args.quarter);
  const scope = r.scope;
  const all = await Promise.all(quarters.map(async (q) => ({ quarter: q, ...(await complianceFigures(em, scope, q, r.asOf, r.sets)) })));
  return all.flatMap((c): DrillRow[] => {
    if (args.code === IndicatorCode.SUPERVISORS_ROTATING) {
      return c.standingMembers.map((s) => {
        const counted = s.attended && s.rotationRespected;
        return { ...base, branchId: null, quarter: c.quarter, memberId: Number(s.memberId), numerator: counted ? 1 : 0, denominator: 1, counted };
      });
    }
    return c.inChargeAssignments.map((a) => ({ ...base, branchId: Number(a.branchId), quarter: c.quarter, memberId: Number(a.memberId), numerator: a.attended ? 1 : 0, denominator: 1, counted: a.attended }));
  });
}

/**
 * The rows behind a figure (which branches, meetings, members or tasks), optionally only those counted (or not) and
 * only one group's (organization, branch kind, month, quarter), a page at a time. Null outside the reader's scope.
 */
export async function indicatorRows(em: EntityManager, scopePath: string, args: IndicatorRowsArgs): Promise<IndicatorRowPage | null> {
  const limit = args.limit ?? 50;
  const offset = args.offset ?? 0;
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_INDICATOR_ROWS) assertValid([invalid('limit', `Mỗi trang từ 1 đến ${MAX_INDICATOR_ROWS} dòng.`)]);
  if (!Number.isInteger(offset) || offset < 0 || offset > 10_000_000) assertValid([invalid('offset', 'Vị trí bắt đầu không hợp lệ.')]);
  if (args.month != null && !/^\d{4}-(0[1-9]|1[0-2])$/.test(args.month)) assertValid([invalid('month', 'Tháng phải có dạng YYYY-MM.')]);
  if (args.quarter != null && !/^\d{4}-Q[1-4]$/.test(args.quarter)) assertValid([invalid('quarter', 'Quý phải có dạng YYYY-Qn.')]);
  const r = await resolve(em, scopePath, args.scopeId, args.period, args.asOf);
  if (!r) return null;
  let underPath: string | null = null;
  if (args.organizationId != null) {
    const org = await em.findOne(Organization, { id: parseId(args.organizationId, 'organizationId') });
    // Outside the scope asked: no rows, as for an organization that does not exist.
    if (!org?.path.startsWith(r.frame.path)) return { total: 0, offset, limit, items: [] };
    underPath = org.path;
  }
  const committeeCodes = [IndicatorCode.SUPERVISORS_ROTATING, IndicatorCode.IN_CHARGE_VISITED, IndicatorCode.REGULAR_PILOTS, IndicatorCode.THEMATIC_PILOTS];
  if (committeeCodes.includes(args.code)) {
    const rows = (await committeeRows(em, r, args)).filter((row) => args.counted == null || row.counted === args.counted);
    return { total: rows.length, offset, limit, items: rows.slice(offset, offset + limit).map(rowOf) };
  }
  const frame = { ...r.frame, asOfDays: asOfRows(r.frame.months.map((m) => m.month), r.asOf, args.month ? ['MONTH'] : args.quarter ? ['QUARTER'] : []) };
  const page = await drillRows(em, frame, args.code, { counted: args.counted, underPath, branchKind: args.branchKind, month: args.month, quarter: args.quarter }, offset, limit);
  if (!page) return { total: 0, offset, limit, items: [] };
  return { total: page.total, offset, limit, items: page.rows.map(rowOf) };
}

