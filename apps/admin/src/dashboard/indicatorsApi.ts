import type { BranchKind, IndicatorCode, IndicatorGroup } from '@chibo/graphql-types';
import type { Selections } from '../dataProvider/documents';
import { READ_ONLY, type ResourceSpec } from '../dataProvider/spec';
import type { BranchRef } from '../dataProvider/types';
import { type Period, periodInput, periodQuery } from './period';

/**
 * The plan's figures as the API counts them (indicators) and the rows behind one (indicatorRows), read as records
 * through the panel's data provider: each is asked by a key (the "id", under which react-admin caches it) and its
 * arguments in meta.
 */

const FIGURE = 'code label labelEn planFigure numerator denominator rate target met documents convention';

export const INDICATORS: Selections = {
  base: 'from to asOf',
  list: 'from to asOf',
  one: `from to asOf scopeId groupBy totals { ${FIGURE} }
    groups { organizationId branchId branchKind month quarter organization { id name kind parentId } figures { ${FIGURE} } }`,
};

export const INDICATOR_ROWS: Selections = {
  base: 'total',
  list: 'total',
  one: `total items { branchId month quarter meetingId memberId taskId counted numerator denominator
    branch { id name kind parentId }
    meeting { id kind heldOn presentCount expectedCount }
    member { id fullName }
    task { id description deadline completedOn } }`,
};

export interface IndicatorFigureRecord {
  code: IndicatorCode;
  label: string;
  labelEn: string;
  planFigure: number | null;
  numerator: number;
  denominator: number;
  rate: number | null;
  target: number | null;
  met: boolean | null;
  documents: string[];
  convention: string;
}

export interface IndicatorGroupRecord {
  organizationId: string | null;
  branchId: string | null;
  branchKind: BranchKind | null;
  month: string | null;
  quarter: string | null;
  organization: BranchRef | null;
  figures: IndicatorFigureRecord[];
}

export interface IndicatorsRecord {
  id: string;
  from: string;
  to: string;
  asOf: string;
  scopeId: string | null;
  groupBy: IndicatorGroup[];
  totals: IndicatorFigureRecord[];
  groups: IndicatorGroupRecord[];
}

export interface IndicatorRowRecord {
  branchId: string | null;
  month: string | null;
  quarter: string | null;
  meetingId: string | null;
  memberId: string | null;
  taskId: string | null;
  counted: boolean;
  numerator: number;
  denominator: number;
  branch: BranchRef | null;
  meeting: { id: string; kind: string; heldOn: string | null; presentCount: number | null; expectedCount: number | null } | null;
  member: { id: string; fullName: string | null } | null;
  task: { id: string; description: string; deadline: string; completedOn: string | null } | null;
}

export interface IndicatorRowsRecord {
  id: string;
  total: number;
  items: IndicatorRowRecord[];
}

/** What indicators are asked with: the scope (an organization), the period, how to split, which figures. */
export interface IndicatorsQuery {
  scopeId: string;
  /** A period of the chooser, or a range of months (the trend charts). */
  period: Period | { from: string; to: string };
  groupBy?: IndicatorGroup[];
  codes?: IndicatorCode[];
}

/** The part of a figure's rows asked for: one group's (organization or branch, kind, month, quarter), counted or not. */
export interface RowsFilter {
  counted?: boolean | null;
  organizationId?: string | null;
  branchKind?: BranchKind | null;
  month?: string | null;
  quarter?: string | null;
}

export interface IndicatorRowsQuery extends RowsFilter {
  scopeId: string;
  period: Period;
  code: IndicatorCode;
  offset: number;
  limit: number;
}

const apiPeriod = (period: IndicatorsQuery['period']) => ('kind' in period ? periodInput(period) : { from: period.from, to: period.to });

/** The key a query is cached under: its arguments (nested ones too) in a fixed order, unset ones left out. */
export function queryKey(query: unknown): string {
  if (Array.isArray(query)) return `[${query.map(queryKey).join(',')}]`;
  if (query === null || typeof query !== 'object') return JSON.stringify(query ?? null);
  const entries = Object.entries(query).filter(([, value]) => value !== undefined && value !== null);
  return `{${entries.sort(([a], [b]) => (a < b ? -1 : 1)).map(([name, value]) => `${JSON.stringify(name)}:${queryKey(value)}`).join(',')}}`;
}

export const indicators: ResourceSpec = {
  typeName: 'Indicators',
  one: 'indicators',
  selections: INDICATORS,
  oneArguments: ({ meta }) => {
    const query = meta as IndicatorsQuery | undefined;
    return {
      declarations: '$scopeId: ID, $period: PeriodInput!, $groupBy: [IndicatorGroup!], $codes: [IndicatorCode!]',
      args: 'scopeId: $scopeId, period: $period, groupBy: $groupBy, codes: $codes',
      variables: {
        scopeId: query?.scopeId ?? null,
        period: query ? apiPeriod(query.period) : {},
        groupBy: query?.groupBy ?? null,
        codes: query?.codes ?? null,
      },
    };
  },
  sortFields: {},
  filterShape: {},
  idsFilter: false,
  ...READ_ONLY,
};

export const indicatorRows: ResourceSpec = {
  typeName: 'IndicatorRows',
  one: 'indicatorRows',
  selections: INDICATOR_ROWS,
  oneArguments: ({ meta }) => {
    const query = meta as IndicatorRowsQuery | undefined;
    return {
      declarations: `$scopeId: ID, $period: PeriodInput!, $code: IndicatorCode!, $counted: Boolean, $organizationId: ID,
        $branchKind: BranchKind, $month: String, $quarter: String, $offset: Int, $limit: Int`,
      args: `scopeId: $scopeId, period: $period, code: $code, counted: $counted, organizationId: $organizationId,
        branchKind: $branchKind, month: $month, quarter: $quarter, offset: $offset, limit: $limit`,
      variables: {
        scopeId: query?.scopeId ?? null,
        period: query ? periodInput(query.period) : {},
        code: query?.code ?? 'REGULAR_HELD',
        counted: query?.counted ?? null,
        organizationId: query?.organizationId ?? null,
        branchKind: query?.branchKind ?? null,
        month: query?.month ?? null,
        quarter: query?.quarter ?? null,
        offset: query?.offset ?? 0,
        limit: query?.limit ?? 25,
      },
    };
  },
  sortFields: {},
  filterShape: {},
  idsFilter: false,
  ...READ_ONLY,
};

/** The export of a figure's rows as CSV (the API's /exports/indicator-rows.csv), for the same scope, period and group. */
export function rowsCsvUrl(scopeId: string, period: Period, code: IndicatorCode, filter: RowsFilter): string {
  const query = new URLSearchParams({ scopeId, ...periodQuery(period), code });
  for (const [name, value] of Object.entries(filter)) {
    if (value != null) query.set(name, String(value));
  }
  return `/exports/indicator-rows.csv?${query.toString()}`;
}

/** The periodic report upward as a file of the API (/exports/report.xlsx or .csv). */
export function reportUrl(format: 'xlsx' | 'csv', scopeId: string, period: Period): string {
  return `/exports/report.${format}?${new URLSearchParams({ scopeId, ...periodQuery(period) }).toString()}`;
}

/** A figure of a list by its code. */
export const figureOf = (figures: readonly IndicatorFigureRecord[] | undefined, code: IndicatorCode) => figures?.find((f) => f.code === code);
