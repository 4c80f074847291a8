import EditIcon from '@mui/icons-material/Edit';
import { Box, IconButton, Tab, Tabs, Tooltip, Typography } from '@mui/material';
import { DataTable, List, useCanAccess, useListContext, useNavigate, useTranslate } from 'react-admin';
import { col, useCsvExporter } from '../../common/csv';
import { branchFilter } from '../../common/filters';
import { ListActions } from '../../common/pages';
import type { ResolutionTaskRecord } from '../../dataProvider/types';
import { DeadlineText, MarkDoneButton, TaskOwner, TaskStatusChip } from './TaskStatus';

const Column = DataTable.Col<ResolutionTaskRecord>;

/** The board's views: each a filter on state, "overdue" on the day in Vietnam. */
const VIEWS: Array<{ key: string; filter: Record<string, unknown> }> = [
  { key: 'active', filter: { status: ['OPEN', 'IN_PROGRESS'] } },
  { key: 'overdue', filter: { overdue: true } },
  { key: 'done', filter: { status: ['DONE'] } },
  { key: 'cancelled', filter: { status: ['CANCELLED'] } },
  { key: 'all', filter: {} },
];

const sameList = (a: unknown, b: unknown) => JSON.stringify([a ?? []].flat().sort()) === JSON.stringify([b ?? []].flat().sort());

function currentView(filterValues: Record<string, unknown>): string {
  if (filterValues.overdue === true) return 'overdue';
  const view = VIEWS.find((v) => v.key !== 'overdue' && v.key !== 'all' && sameList(v.filter.status, filterValues.status));
  return view?.key ?? 'all';
}

function ViewTabs() {
  const translate = useTranslate();
  const { filterValues, setFilters, displayedFilters } = useListContext();
  const view = currentView(filterValues);
  return (
    <Tabs
      value={view}
      onChange={(_, key: string) => {
        const { status: _status, overdue: _overdue, ...others } = filterValues;
        const next = VIEWS.find((v) => v.key === key)?.filter ?? {};
        setFilters({ ...others, ...next }, displayedFilters);
      }}
      sx={{ px: 1, borderBottom: '1px solid', borderColor: 'divider' }}
    >
      {VIEWS.map((v) => (
        <Tab
          key={v.key}
          value={v.key}
          label={translate(`chibo.task.views.${v.key}`)}
          sx={v.key === 'overdue' ? { color: 'error.main', '&.Mui-selected': { color: 'error.main' } } : undefined}
        />
      ))}
    </Tabs>
  );
}

function EditTaskButton({ record }: { record: ResolutionTaskRecord }) {
  const translate = useTranslate();
  const { canAccess } = useCanAccess({ resource: 'resolutionTasks', action: 'edit' });
  const navigate = useNavigate();
  if (!canAccess) return null;
  return (
    <Tooltip title={translate('ra.action.edit')}>
      <IconButton
        size="small"
        aria-label={translate('ra.action.edit')}
        onClick={(event) => {
          event.stopPropagation();
          navigate(`/resolutionTasks/${encodeURIComponent(record.id)}`);
        }}
      >
        <EditIcon fontSize="small" />
      </IconButton>
    </Tooltip>
  );
}

function Board() {
  const translate = useTranslate();
  return (
    <Box>
      <ViewTabs />
      <DataTable
        bulkActionButtons={false}
        rowClick={(_id, _resource, record) => `/resolutions/${encodeURIComponent(String(record.resolutionId))}/show`}
        rowSx={(record) => (record.isOverdue ? { bgcolor: '#fdecea', '&:hover': { bgcolor: '#fbd9d5 !important' } } : {})}
      >
        <Column source="deadline" render={(r) => <DeadlineText task={r} />} />
        <Column
          source="description"
          disableSort
          render={(r) => (
            <Box sx={{ minWidth: 300, maxWidth: 520 }}>
              <Typography variant="body2" sx={{ whiteSpace: 'pre-line' }}>
                {r.description}
              </Typography>
              {r.resolution && (
                <Typography variant="caption" color="text.secondary">
                  {r.resolution.title}
                </Typography>
              )}
            </Box>
          )}
        />
        <Column source="owner" disableSort render={(r) => <TaskOwner task={r} />} />
        <Column
          source="branch"
          disableSort
          render={(r) => (
            <Typography variant="body2" sx={{ minWidth: 140 }}>
              {r.branch?.name}
            </Typography>
          )}
        />
        <Column source="status" render={(r) => <TaskStatusChip task={r} />} />
        <Column
          source="actions"
          label={translate('chibo.common.actions')}
          disableSort
          render={(r) => (
            <Box sx={{ display: 'flex', justifyContent: 'flex-end', alignItems: 'center' }}>
              <MarkDoneButton task={r} />
              <EditTaskButton record={r} />
            </Box>
          )}
        />
      </DataTable>
    </Box>
  );
}

const filters = [branchFilter()];

/**
 * The task board: the tasks of every resolution in scope by deadline, in views by state; overdue tasks
 * (past their deadline today in Vietnam and not done) on a red ground, each with "mark done".
 */
export function TaskBoard() {
  const exporter = useCsvExporter<ResolutionTaskRecord>('nhiem-vu-nghi-quyet', [
    col.day('resources.resolutionTasks.fields.deadline', (r) => r.deadline),
    col.text('resources.resolutionTasks.fields.description', (r) => r.description),
    col.text('resources.resolutionTasks.fields.owner', (r) => r.ownerMember?.fullName ?? r.ownerOrganization?.name),
    col.text('resources.resolutionTasks.fields.branch', (r) => r.branch?.name),
    col.text('resources.resolutionTasks.fields.resolution', (r) => r.resolution?.title),
    col.enum('resources.resolutionTasks.fields.status', 'TaskStatus', (r) => r.status),
    col.flag('chibo.task.overdue', (r) => r.isOverdue),
    col.day('resources.resolutionTasks.fields.completedOn', (r) => r.completedOn),
  ]);
  return (
    <List
      filters={filters}
      filterDefaultValues={{ status: ['OPEN', 'IN_PROGRESS'] }}
      sort={{ field: 'deadline', order: 'ASC' }}
      perPage={25}
      exporter={exporter}
      actions={<ListActions create={false} exportMax={2000} />}
    >
      <Board />
    </List>
  );
}
