import { Typography } from '@mui/material';
import { DataTable, List, useTranslate } from 'react-admin';
import { formatDay } from '../../common/days';
import { EnumField } from '../../common/EnumField';
import { branchFilter } from '../../common/filters';
import { RefLink } from '../../common/RefField';
import type { ResolutionRecord } from '../../dataProvider/types';

const Column = DataTable.Col<ResolutionRecord>;

const filters = [branchFilter()];

function TaskProgress({ record }: { record: ResolutionRecord }) {
  const translate = useTranslate();
  const done = record.tasks.filter((t) => t.status === 'DONE').length;
  const overdue = record.tasks.filter((t) => t.isOverdue).length;
  return (
    <Typography variant="body2" sx={{ whiteSpace: 'nowrap' }}>
      {translate('chibo.resolution.progress', { done, total: record.tasks.length })}
      {overdue > 0 && (
        <Typography component="span" variant="body2" color="error" sx={{ fontWeight: 600 }}>
          {' '}
          · {translate('chibo.resolution.overdue_count', { smart_count: overdue })}
        </Typography>
      )}
    </Typography>
  );
}

/** Resolutions and conclusions, latest first (the API's order), with how far their tasks are. */
export function ResolutionList() {
  return (
    <List filters={filters} perPage={25} exporter={false}>
      <DataTable rowClick="show" bulkActionButtons={false}>
        <Column
          source="meeting"
          label="resources.meetings.fields.heldOn"
          disableSort
          render={(r) => (
            <Typography variant="body2" sx={{ whiteSpace: 'nowrap' }}>
              {formatDay(r.meeting?.heldOn)}
            </Typography>
          )}
        />
        <Column source="branch" disableSort render={(r) => r.branch && <RefLink value={r.branch} reference="organizations" />} />
        <Column source="kind" disableSort render={(r) => <EnumField record={r} source="kind" enumName="ResolutionKind" chip />} />
        <Column source="title" disableSort sx={{ fontWeight: 500 }} />
        <Column source="tasks" label="chibo.resolution.tasks_column" disableSort render={(r) => <TaskProgress record={r} />} />
      </DataTable>
    </List>
  );
}
