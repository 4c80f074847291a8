import { IndicatorCode, PilotKind, periodLabel } from '@chibo/domain';
import type { EntityManager } from '@mikro-orm/core';
import { Organization } from '../organization/organization.entity';
import { Pilot } from '../pilot/pilot.entity';
import { indicatorRows, indicators, MAX_INDICATOR_ROWS } from './indicators.service';
import type { IndicatorFigure, PeriodInput } from './indicators.type';

/** A branch behind on a figure in a month or quarter of the report. */
export interface BehindLine {
  code: IndicatorCode;
  label: string;
  branch: string;
  /** YYYY-MM or YYYY-Qn. */
  when: string;
  numerator: number;
  denominator: number;
}

/** The ward's periodic report upward (báo cáo định kỳ): the figures, the branches behind, supervision and pilots. */
export interface PeriodicReport {
  organization: string;
  period: string;
  from: string;
  to: string;
  asOf: string;
  figures: IndicatorFigure[];
  behind: BehindLine[];
  pilots: Array<{ kind: PilotKind; branch: string }>;
}

/** The figures whose shortfalls the report lists branch by branch. */
const LISTED = [IndicatorCode.REGULAR_HELD, IndicatorCode.THEMATIC_HELD, IndicatorCode.BRANCHES_AT_THRESHOLD];

/**
 * The periodic report of an organization (the reader's own when omitted) for a month, quarter, half-year or year,
 * from the same figures as `indicators`; null outside the reader's scope.
 */
export async function periodicReport(em: EntityManager, scopePath: string, scopeId: string | null, period: PeriodInput, asOf?: string | null): Promise<PeriodicReport | null> {
  const figures = await indicators(em, scopePath, { scopeId, period, asOf });
  if (!figures) return null;
  const pages = await Promise.all(LISTED.map((code) => indicatorRows(em, scopePath, { scopeId, period, code, counted: false, limit: MAX_INDICATOR_ROWS, asOf })));
  const scope = figures.scopeId ? await em.findOneOrFail(Organization, { id: Number(figures.scopeId) }) : null;
  const ids = [...new Set(pages.flatMap((p) => p?.items.map((r) => Number(r.branchId)) ?? []))];
  const pilots = scope
    ? await em.find(Pilot, { year: Number(figures.asOf.slice(0, 4)), branch: { path: { $like: `${scope.path}%` } } }, { populate: ['branch'], orderBy: { kind: 'asc', id: 'asc' } })
    : [];
  const names = new Map((await em.find(Organization, { id: { $in: ids } }, { fields: ['name'] })).map((o) => [o.id, o.name]));
  const label = (code: IndicatorCode) => figures.totals.find((f) => f.code === code)?.label ?? code;
  return {
    organization: scope?.name ?? 'Toàn bộ dữ liệu', period: periodLabel(period), from: figures.from, to: figures.to, asOf: figures.asOf, figures: figures.totals,
    behind: LISTED.flatMap((code, i) => (pages[i]?.items ?? []).map((r) => ({
      code, label: label(code), branch: names.get(Number(r.branchId)) ?? '', when: r.month ?? r.quarter ?? '', numerator: r.numerator, denominator: r.denominator,
    }))),
    pilots: pilots.map((p) => ({ kind: p.kind, branch: (p.branch as Organization).name })),
  };
}
