import { Chip } from '@mui/material';
import { DataTable, List, useTranslate } from 'react-admin';
import { useEditRowClick } from '../../auth/useViewer';
import { PeriodField } from '../../common/DayField';
import { branchFilter } from '../../common/filters';
import { ListActions } from '../../common/pages';
import { RefLink } from '../../common/RefField';
import { todayInVietnam } from '../../dataProvider/filters';
import type { InChargeLine, SupervisorAssignmentRecord } from '../../dataProvider/supervisionTypes';
import { quarterLabel } from '../../dashboard/quarters';
import { quarterOf } from './board';
import { useCompliance } from './QuarterBoard';
import { useSupervisionScope } from './scope';

const Column = DataTable.Col<SupervisorAssignmentRecord>;

/** Whether the member in charge attended the branch's meeting this quarter, as the compliance view counts it. */
function ThisQuarter({ line }: { line: InChargeLine | undefined }) {
  const translate = useTranslate();
  if (!line) return null;
  return (
    <Chip
      size="small"
      variant="outlined"
      color={line.attended ? 'success' : 'warning'}
      label={line.attended ? translate('chibo.supervision.visit_count', { smart_count: line.visits }) : translate('chibo.supervision.not_attended_yet')}
    />
  );
}

/**
 * Committee members in charge of branches (phân công phụ trách), each for a term, with whether they attended their
 * branch this quarter. A secretary sees who is in charge of their branch.
 */
export function InChargeList() {
  const translate = useTranslate();
  const rowClick = useEditRowClick('supervisorAssignments');
  const quarter = quarterOf(todayInVietnam());
  const { organizationId } = useSupervisionScope();
  const { data: compliance } = useCompliance(organizationId, quarter);
  const lines = new Map((compliance?.inChargeAssignments ?? []).map((line) => [String(line.assignmentId), line]));
  return (
    <List
      title="chibo.supervision.in_charge_title"
      filter={{ kind: 'IN_CHARGE' }}
      filters={[branchFilter()]}
      perPage={50}
      exporter={false}
      actions={<ListActions exportMax={false} />}
    >
      <DataTable rowClick={rowClick} bulkActionButtons={false}>
        <Column source="member" disableSort render={(r) => (r.member ? <RefLink value={r.member} reference="members" /> : r.memberId)} />
        <Column source="branch" disableSort render={(r) => (r.branch ? <RefLink value={r.branch} reference="organizations" /> : r.branchId)} />
        <Column source="from" label="chibo.common.term" disableSort render={() => <PeriodField />} />
        <Column
          source="id"
          label={quarterLabel(quarter, translate)}
          disableSort
          render={(r) => <ThisQuarter line={lines.get(String(r.id))} />}
        />
        <Column source="note" disableSort />
      </DataTable>
    </List>
  );
}
