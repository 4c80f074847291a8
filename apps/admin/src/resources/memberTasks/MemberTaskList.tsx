import PersonOffIcon from '@mui/icons-material/PersonOff';
import { Button, DataTable, LinkBase, List } from 'react-admin';
import { useEditRowClick, useViewer } from '../../auth/useViewer';
import { col, useCsvExporter } from '../../common/csv';
import { DayField } from '../../common/DayField';
import { yearListFilters } from '../../common/filters';
import { ListActions } from '../../common/pages';
import { RefLink } from '../../common/RefField';
import type { MemberTaskRecord } from '../../dataProvider/types';
import { AssignManyButton } from './AssignManyButton';

const Column = DataTable.Col<MemberTaskRecord>;

/** Members' yearly tasks, with the way to those who have none yet. */
export function MemberTaskList() {
  const viewer = useViewer();
  const rowClick = useEditRowClick('memberTasks');
  const exporter = useCsvExporter<MemberTaskRecord>('nhiem-vu-dang-vien', [
    col.text('resources.memberTasks.fields.member', (r) => r.member?.fullName),
    col.text('resources.memberTasks.fields.branch', (r) => r.branch?.name),
    col.text('resources.memberTasks.fields.year', (r) => r.year),
    col.text('resources.memberTasks.fields.description', (r) => r.description),
    col.day('resources.memberTasks.fields.assignedOn', (r) => r.assignedOn),
  ]);
  if (!viewer) return null;
  return (
    <List
      {...yearListFilters(viewer)}
      perPage={25}
      exporter={exporter}
      actions={
        <ListActions exportMax={3000}>
          <Button component={LinkBase} label="chibo.member_task.without_open" to="/memberTasks/without">
            <PersonOffIcon />
          </Button>
          <AssignManyButton />
        </ListActions>
      }
    >
      <DataTable rowClick={rowClick} bulkActionButtons={false}>
        <Column source="member" disableSort render={(r) => r.member && <RefLink value={r.member} reference="members" />} />
        <Column source="branch" disableSort render={(r) => r.branch && <RefLink value={r.branch} reference="organizations" />} />
        <Column source="year" disableSort />
        <Column source="description" disableSort sx={{ whiteSpace: 'pre-line', maxWidth: 520 }} />
        <Column source="assignedOn" disableSort field={DayField} />
      </DataTable>
    </List>
  );
}
