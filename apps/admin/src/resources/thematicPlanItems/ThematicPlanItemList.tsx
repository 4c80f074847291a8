import { Typography } from '@mui/material';
import { DataTable, List, useTranslate } from 'react-admin';
import { useEditRowClick, useViewer } from '../../auth/useViewer';
import { DayField } from '../../common/DayField';
import { EnumField } from '../../common/EnumField';
import { yearListFilters } from '../../common/filters';
import { ListActions } from '../../common/pages';
import { RefLink } from '../../common/RefField';
import type { ThematicPlanItemRecord } from '../../dataProvider/types';

const Column = DataTable.Col<ThematicPlanItemRecord>;

function Quarter({ record }: { record: ThematicPlanItemRecord }) {
  const translate = useTranslate();
  return <Typography variant="body2">{translate(`chibo.plan.quarters.${record.quarter}`)}</Typography>;
}

/** The branches' annual plans of thematic meetings, a quarter a line, with the day each was reported. */
export function ThematicPlanItemList() {
  const viewer = useViewer();
  const rowClick = useEditRowClick('thematicPlanItems');
  if (!viewer) return null;
  return (
    <List
      {...yearListFilters(viewer)}
      perPage={50}
      exporter={false}
      actions={<ListActions exportMax={false} />}
    >
      <DataTable rowClick={rowClick} bulkActionButtons={false}>
        <Column
          source="branch"
          disableSort
          sx={{ whiteSpace: 'nowrap' }}
          render={(r) => r.branch && <RefLink value={r.branch} reference="organizations" />}
        />
        <Column source="year" disableSort />
        <Column source="quarter" disableSort sx={{ whiteSpace: 'nowrap' }} render={(r) => <Quarter record={r} />} />
        <Column source="topicArea" disableSort render={(r) => <EnumField record={r} source="topicArea" enumName="ThematicTopicArea" />} />
        <Column source="title" disableSort sx={{ fontWeight: 500 }} />
        <Column source="reportedOn" disableSort field={DayField} />
      </DataTable>
    </List>
  );
}
