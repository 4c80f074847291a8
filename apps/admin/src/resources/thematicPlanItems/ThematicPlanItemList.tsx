import { Typography } from '@mui/material';
import {
  CreateButton,
  DataTable,
  List,
  SelectInput,
  TopToolbar,
  useTranslate,
} from 'react-admin';
import { DayField } from '../../common/DayField';
import { EnumField } from '../../common/EnumField';
import { RefLink } from '../../common/RefField';
import { todayInVietnam } from '../../dataProvider/filters';
import type { ThematicPlanItemRecord } from '../../dataProvider/types';
import { useEditRowClick, useViewer } from '../../auth/useViewer';
import { branchFilter } from '../../common/branchFilter';

const Column = DataTable.Col<ThematicPlanItemRecord>;

/** Last year, this year and next: plans are made for the coming year and looked back on. */
export function yearChoices() {
  const year = Number(todayInVietnam().slice(0, 4));
  return [year + 1, year, year - 1, year - 2].map((y) => ({ id: y, name: String(y) }));
}

function Quarter({ record }: { record: ThematicPlanItemRecord }) {
  const translate = useTranslate();
  return <Typography variant="body2">{translate(`chibo.plan.quarters.${record.quarter}`)}</Typography>;
}

/** The branches' annual plans of thematic meetings, a quarter a line, with the day each was reported. */
export function ThematicPlanItemList() {
  const viewer = useViewer();
  const rowClick = useEditRowClick('thematicPlanItems');
  if (!viewer) return null;
  const filters = [
    <SelectInput key="year" source="year" choices={yearChoices()} alwaysOn />,
    ...(viewer.role === 'BRANCH_SECRETARY'
      ? []
      : [
          branchFilter(),
        ]),
  ];
  return (
    <List
      filters={filters}
      filterDefaultValues={{ year: Number(todayInVietnam().slice(0, 4)) }}
      perPage={50}
      exporter={false}
      actions={
        <TopToolbar>
          <CreateButton />
        </TopToolbar>
      }
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
