import type { IndicatorCode } from '@chibo/graphql-types';
import {
  Alert,
  Box,
  Button as MuiButton,
  Skeleton,
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TableRow,
  TableSortLabel,
  Typography,
} from '@mui/material';
import { useState } from 'react';
import { useGetOne, useTranslate } from 'react-admin';
import { PanelCard } from '../common/PanelCard';
import { RefLink } from '../common/RefField';
import type { BranchRef } from '../dataProvider/types';
import { usePercent } from './FigureCards';
import { figureOf, type IndicatorFigureRecord, type IndicatorGroupRecord, type IndicatorsQuery, type IndicatorsRecord, queryKey } from './indicatorsApi';
import type { Period } from './period';

/** The columns of the ranking, each a figure of the branch; the first two can be sorted on. */
const COLUMNS: ReadonlyArray<{ code: IndicatorCode; title: string; sortable: boolean }> = [
  { code: 'ATTENDANCE_POOLED', title: 'chibo.indicators.ranking.attendance', sortable: true },
  { code: 'REGULAR_HELD', title: 'chibo.indicators.ranking.regular', sortable: true },
  { code: 'BRANCHES_AT_THRESHOLD', title: 'chibo.indicators.ranking.at_threshold', sortable: false },
  { code: 'CONTENT_COMPLETE', title: 'chibo.indicators.ranking.content', sortable: false },
];

export type SortCode = 'ATTENDANCE_POOLED' | 'REGULAR_HELD';

/** Opens a branch's rows behind one of its figures. */
export type BranchDrill = (figure: IndicatorFigureRecord, branch: BranchRef) => void;

export interface RankedBranch {
  branch: BranchRef;
  figures: IndicatorFigureRecord[];
}

/**
 * The branches by a figure's rate, lowest first (or highest, when asked): branches with nothing to count last, ties
 * by the other sortable figure and then by name.
 */
export function rankBranches(groups: readonly IndicatorGroupRecord[], by: SortCode, ascending = true): RankedBranch[] {
  const other: SortCode = by === 'ATTENDANCE_POOLED' ? 'REGULAR_HELD' : 'ATTENDANCE_POOLED';
  const rate = (line: RankedBranch, code: SortCode) => figureOf(line.figures, code)?.rate ?? null;
  const compare = (a: number | null, b: number | null) => {
    if (a === b) return 0;
    if (a == null) return 1;
    if (b == null) return -1;
    return ascending ? a - b : b - a;
  };
  return groups
    .filter((g) => g.organization && g.branchId)
    .map((g) => ({ branch: g.organization as BranchRef, figures: g.figures }))
    .sort((a, b) => compare(rate(a, by), rate(b, by)) || compare(rate(a, other), rate(b, other)) || a.branch.name.localeCompare(b.branch.name, 'vi'));
}

/** A branch's figure in a cell: the rate, and numerator/denominator opening the branch's rows. */
function FigureCell({ figure, branch, onDrill }: { figure: IndicatorFigureRecord | undefined; branch: BranchRef; onDrill: BranchDrill }) {
  const translate = useTranslate();
  const percent = usePercent();
  if (!figure) return <TableCell align="right">—</TableCell>;
  const behind = figure.met === false;
  return (
    <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
      <MuiButton
        size="small"
        variant="text"
        color={behind ? 'error' : 'inherit'}
        onClick={() => onDrill(figure, branch)}
        aria-label={translate('chibo.indicators.ranking.open', { branch: branch.name })}
        sx={{ minWidth: 0, textTransform: 'none', fontWeight: behind ? 700 : 400 }}
        data-testid={`ranking-${figure.code}`}
      >
        {percent(figure.rate)}
        <Typography component="span" variant="caption" color="text.secondary" sx={{ ml: 0.75 }}>
          ({figure.numerator}/{figure.denominator})
        </Typography>
        {behind && (
          <Typography component="span" variant="caption" sx={{ ml: 0.5 }}>
            {translate('chibo.indicators.ranking.behind_mark')}
          </Typography>
        )}
      </MuiButton>
    </TableCell>
  );
}

/**
 * Every branch under the scope over the period, by attendance or regular meetings held, lowest first; a figure
 * opens the branch's rows behind it. A figure below its target is marked in red and with "▼".
 */
export function BranchRanking({ scopeId, period, onDrill }: { scopeId: string; period: Period; onDrill: BranchDrill }) {
  const translate = useTranslate();
  const [by, setBy] = useState<SortCode>('ATTENDANCE_POOLED');
  const [ascending, setAscending] = useState(true);
  const query: IndicatorsQuery = { scopeId, period, groupBy: ['BRANCH'], codes: COLUMNS.map((c) => c.code) };
  const { data, isPending, error } = useGetOne<IndicatorsRecord>('indicators', { id: queryKey(query), meta: query });
  const lines = data ? rankBranches(data.groups, by, ascending) : [];
  const sortOn = (code: SortCode) => {
    if (code === by) setAscending(!ascending);
    else {
      setBy(code);
      setAscending(true);
    }
  };
  return (
    <PanelCard title={translate('chibo.indicators.ranking.title')} help={translate('chibo.indicators.ranking.help')} flex="1 1 100%" testId="branch-ranking">
      {error ? (
        <Alert severity="error">{translate('chibo.indicators.failed')}</Alert>
      ) : isPending ? (
        <Skeleton variant="rounded" height={200} />
      ) : lines.length === 0 ? (
        <Typography variant="body2" color="text.secondary">
          {translate('chibo.indicators.no_data')}
        </Typography>
      ) : (
        <TableContainer sx={{ maxHeight: 440 }}>
          <Table size="small" stickyHeader>
            <TableHead>
              <TableRow>
                <TableCell sx={{ width: 40 }}>#</TableCell>
                <TableCell>{translate('chibo.indicators.drill.branch')}</TableCell>
                {COLUMNS.map((column) => (
                  <TableCell key={column.code} align="right" sortDirection={column.code === by ? (ascending ? 'asc' : 'desc') : false}>
                    {column.sortable ? (
                      <TableSortLabel
                        active={column.code === by}
                        direction={column.code === by && !ascending ? 'desc' : 'asc'}
                        onClick={() => sortOn(column.code as SortCode)}
                      >
                        {translate(column.title)}
                      </TableSortLabel>
                    ) : (
                      translate(column.title)
                    )}
                  </TableCell>
                ))}
              </TableRow>
            </TableHead>
            <TableBody>
              {lines.map((line, index) => (
                <TableRow key={line.branch.id} hover data-testid="ranking-row">
                  <TableCell>{index + 1}</TableCell>
                  <TableCell>
                    <Box sx={{ maxWidth: 360 }}>
                      <RefLink value={line.branch} reference="organizations" />
                    </Box>
                  </TableCell>
                  {COLUMNS.map((column) => (
                    <FigureCell key={column.code} figure={figureOf(line.figures, column.code)} branch={line.branch} onDrill={onDrill} />
                  ))}
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </TableContainer>
      )}
    </PanelCard>
  );
}
