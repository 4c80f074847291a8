import type { IndicatorCode } from '@chibo/graphql-types';
import CloseIcon from '@mui/icons-material/Close';
import DownloadIcon from '@mui/icons-material/Download';
import {
  Alert,
  Box,
  Button as MuiButton,
  Chip,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  IconButton,
  LinearProgress,
  Tab,
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TablePagination,
  TableRow,
  Tabs,
  Typography,
} from '@mui/material';
import { useState } from 'react';
import { useGetOne, useTranslate } from 'react-admin';
import { formatDay } from '../common/days';
import { useFormatNumber } from '../common/numbers';
import { RefLink } from '../common/RefField';
import { formatMonth } from '../common/times';
import { type IndicatorRowRecord, type IndicatorRowsQuery, type IndicatorRowsRecord, queryKey, type RowsFilter, rowsCsvUrl } from './indicatorsApi';
import type { Period } from './period';
import { quarterLabel } from './quarters';

/** What the dialog lists: a figure's rows over a scope and period, optionally one group's, opened on a tab. */
export interface DrillTarget {
  code: IndicatorCode;
  /** The figure's name in the reader's language. */
  label: string;
  scopeId: string;
  period: Period;
  /** The group the number was read from (a branch, a month), in words, when it is not the whole scope. */
  group?: string;
  filter: Omit<RowsFilter, 'counted'>;
  counted: boolean | null;
}

const TABS: ReadonlyArray<{ counted: boolean | null; label: string }> = [
  { counted: true, label: 'chibo.indicators.drill.counted' },
  { counted: false, label: 'chibo.indicators.drill.not_counted' },
  { counted: null, label: 'chibo.indicators.drill.all' },
];

const PER_PAGE = 25;

/** What each figure's rows are: a branch in a month or quarter (with its meeting), a meeting, a member, a task. */
const SUBJECT: Record<IndicatorCode, 'meeting' | 'member' | 'task' | 'branch'> = {
  REGULAR_HELD: 'meeting',
  REGULAR_FIRST_WEEK: 'meeting',
  THEMATIC_HELD: 'meeting',
  CONTENT_COMPLETE: 'meeting',
  ATTENDANCE_POOLED: 'meeting',
  BRANCHES_AT_THRESHOLD: 'meeting',
  DOCUMENTS_ON_TIME: 'meeting',
  MEMBERS_TASKED: 'member',
  SUPERVISORS_ROTATING: 'member',
  IN_CHARGE_VISITED: 'member',
  TASKS_ON_TIME: 'task',
  REGULAR_PILOTS: 'branch',
  THEMATIC_PILOTS: 'branch',
};

/** Figures whose rows are not of a month or quarter (members on the period's last day, pilot branches of the year). */
const TIMELESS = new Set<IndicatorCode>(['MEMBERS_TASKED', 'REGULAR_PILOTS', 'THEMATIC_PILOTS']);

/** Whether a figure's rows each add more than one to the numerator and denominator (members at a meeting). */
const WEIGHTED = new Set<IndicatorCode>(['ATTENDANCE_POOLED']);

/** The rows of one tab, a page at a time. */
function useRows(target: DrillTarget, counted: boolean | null, page: number) {
  const query: IndicatorRowsQuery = {
    scopeId: target.scopeId,
    period: target.period,
    code: target.code,
    ...target.filter,
    counted,
    offset: page * PER_PAGE,
    limit: PER_PAGE,
  };
  return useGetOne<IndicatorRowsRecord>('indicatorRows', { id: queryKey(query), meta: query });
}

function When({ row }: { row: IndicatorRowRecord }) {
  const translate = useTranslate();
  if (row.month) return <>{formatMonth(row.month)}</>;
  if (row.quarter) return <>{quarterLabel(row.quarter, translate)}</>;
  return null;
}

/** The meeting, member or task a row is about, linked to its record. */
function Subject({ row, subject }: { row: IndicatorRowRecord; subject: (typeof SUBJECT)[IndicatorCode] }) {
  const translate = useTranslate();
  if (subject === 'meeting') {
    if (!row.meeting) return <Typography variant="body2" color="text.secondary">{translate('chibo.indicators.drill.no_meeting')}</Typography>;
    const name = row.meeting.heldOn
      ? translate('chibo.indicators.drill.meeting_on', { day: formatDay(row.meeting.heldOn) })
      : translate('chibo.indicators.drill.meeting_planned');
    return <RefLink value={{ id: row.meeting.id, name }} reference="meetings" />;
  }
  if (subject === 'member') {
    if (!row.member) return null;
    return <RefLink value={{ id: row.member.id, name: row.member.fullName ?? translate('chibo.indicators.drill.member_hidden') }} reference="members" />;
  }
  if (subject === 'task' && row.task) {
    return (
      <>
        <RefLink value={{ id: row.task.id, name: row.task.description }} reference="resolutionTasks" />
        <Typography variant="caption" color="text.secondary" component="div">
          {translate('chibo.indicators.drill.deadline', { day: formatDay(row.task.deadline) })}
          {row.task.completedOn && ` · ${translate('chibo.indicators.drill.completed', { day: formatDay(row.task.completedOn) })}`}
        </Typography>
      </>
    );
  }
  return null;
}

/** The table of a page of rows. */
function RowsTable({ target, rows, counted }: { target: DrillTarget; rows: IndicatorRowRecord[]; counted: boolean | null }) {
  const translate = useTranslate();
  const formatNumber = useFormatNumber();
  const subject = SUBJECT[target.code];
  const weighted = WEIGHTED.has(target.code);
  return (
    <TableContainer sx={{ maxHeight: '55vh' }}>
      <Table size="small" stickyHeader data-testid="drill-rows">
        <TableHead>
          <TableRow>
            <TableCell>{translate('chibo.indicators.drill.branch')}</TableCell>
            {!TIMELESS.has(target.code) && <TableCell>{translate('chibo.indicators.drill.when')}</TableCell>}
            {subject !== 'branch' && <TableCell>{translate(`chibo.indicators.drill.subject.${subject}`)}</TableCell>}
            {weighted && <TableCell align="right">{translate('chibo.indicators.drill.present')}</TableCell>}
            {counted === null && <TableCell>{translate('chibo.indicators.drill.counted_column')}</TableCell>}
          </TableRow>
        </TableHead>
        <TableBody>
          {rows.map((row) => (
            <TableRow key={`${row.branchId}-${row.month}-${row.quarter}-${row.meetingId}-${row.memberId}-${row.taskId}`} data-testid="drill-row">
              <TableCell>{row.branch ? <RefLink value={row.branch} reference="organizations" /> : '—'}</TableCell>
              {!TIMELESS.has(target.code) && (
                <TableCell sx={{ whiteSpace: 'nowrap' }}>
                  <When row={row} />
                </TableCell>
              )}
              {subject !== 'branch' && (
                <TableCell>
                  <Subject row={row} subject={subject} />
                </TableCell>
              )}
              {weighted && (
                <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
                  {formatNumber(row.numerator)}/{formatNumber(row.denominator)}
                </TableCell>
              )}
              {counted === null && (
                <TableCell>
                  <Chip
                    size="small"
                    variant="outlined"
                    color={row.counted ? 'success' : 'error'}
                    label={translate(row.counted ? 'chibo.indicators.drill.yes' : 'chibo.indicators.drill.no')}
                  />
                </TableCell>
              )}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableContainer>
  );
}

/** The rows of the tab chosen, with the count of each tab in its label once read. */
function DrillBody({ target }: { target: DrillTarget }) {
  const translate = useTranslate();
  const formatNumber = useFormatNumber();
  const [counted, setCounted] = useState<boolean | null>(target.counted);
  const [page, setPage] = useState(0);
  const { data, isPending, isFetching, error } = useRows(target, counted, page);
  const rows = data?.items ?? [];
  const filter = { ...target.filter, counted };
  return (
    <>
      <Tabs
        value={TABS.findIndex((tab) => tab.counted === counted)}
        onChange={(_, index: number) => {
          setCounted(TABS[index].counted);
          setPage(0);
        }}
        sx={{ borderBottom: 1, borderColor: 'divider' }}
      >
        {TABS.map((tab) => (
          <Tab key={String(tab.counted)} label={translate(tab.label)} />
        ))}
      </Tabs>
      <Box sx={{ minHeight: 4 }}>{isFetching && <LinearProgress />}</Box>
      <DialogContent sx={{ pt: 1 }}>
        {error ? (
          <Alert severity="error">{translate('chibo.indicators.failed')}</Alert>
        ) : isPending ? null : rows.length === 0 ? (
          <Typography variant="body2" color="text.secondary" sx={{ py: 2 }}>
            {translate('chibo.indicators.drill.none')}
          </Typography>
        ) : (
          <>
            <Typography variant="body2" sx={{ mb: 1 }} data-testid="drill-total">
              {translate('chibo.indicators.drill.total', { smart_count: data?.total ?? 0, count: formatNumber(data?.total ?? 0) })}
            </Typography>
            <RowsTable target={target} rows={rows} counted={counted} />
          </>
        )}
      </DialogContent>
      <DialogActions sx={{ justifyContent: 'space-between', px: 2 }}>
        <MuiButton
          component="a"
          href={rowsCsvUrl(target.scopeId, target.period, target.code, filter)}
          download
          startIcon={<DownloadIcon />}
          size="small"
        >
          {translate('chibo.indicators.drill.csv')}
        </MuiButton>
        <TablePagination
          component="div"
          count={data?.total ?? 0}
          page={page}
          onPageChange={(_, next) => setPage(next)}
          rowsPerPage={PER_PAGE}
          rowsPerPageOptions={[PER_PAGE]}
          labelDisplayedRows={({ from, to, count }) =>
            translate('chibo.indicators.drill.displayed', { from: formatNumber(from), to: formatNumber(to), count: formatNumber(count) })
          }
        />
      </DialogActions>
    </>
  );
}

/** The rows behind a figure (its numerator, its denominator, or a group's), in a dialog. */
export function DrillDialog({ target, onClose }: { target: DrillTarget | null; onClose: () => void }) {
  const translate = useTranslate();
  return (
    <Dialog open={!!target} onClose={onClose} maxWidth="md" fullWidth aria-labelledby="drill-title">
      {target && (
        <>
          <DialogTitle id="drill-title" sx={{ pr: 6 }}>
            {target.label}
            <Typography variant="body2" color="text.secondary" component="div">
              {[target.group, translate('chibo.indicators.drill.rows_behind')].filter(Boolean).join(' · ')}
            </Typography>
            <IconButton aria-label={translate('ra.action.close')} onClick={onClose} sx={{ position: 'absolute', right: 8, top: 8 }}>
              <CloseIcon />
            </IconButton>
          </DialogTitle>
          {/* A new target starts on its own tab and first page. */}
          <DrillBody key={queryKey({ ...target.filter, code: target.code, counted: target.counted, scopeId: target.scopeId, period: target.period })} target={target} />
        </>
      )}
    </Dialog>
  );
}
