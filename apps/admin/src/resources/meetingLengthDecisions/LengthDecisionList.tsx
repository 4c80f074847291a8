import { Box } from '@mui/material';
import { DataTable, List, useTranslate } from 'react-admin';
import { DayInput } from '../../common/DayInput';
import { DayField } from '../../common/DayField';
import { EnumField } from '../../common/EnumField';
import { ListActions } from '../../common/pages';
import { ReferencePicker } from '../../common/pickers';
import { RefLink } from '../../common/RefField';
import type { MeetingLengthDecisionRecord } from '../../dataProvider/types';
import { InForceChip } from '../meetingRuleSets/RuleSetList';
import { DECIDING_KINDS } from './LengthDecisionInputs';

const Column = DataTable.Col<MeetingLengthDecisionRecord>;

const filters = [
  <ReferencePicker
    key="organizationId"
    source="organizationId"
    reference="organizations"
    filter={{ kind: DECIDING_KINDS }}
    alwaysOn
    input={{ sx: { minWidth: 300 } }}
  />,
  <DayInput key="activeOn" source="activeOn" alwaysOn />,
];

/** A decision's kind of branch, or every kind. */
export function BranchKindOf({ record }: { record: MeetingLengthDecisionRecord }) {
  const translate = useTranslate();
  return record.branchKind ? (
    <EnumField record={record} source="branchKind" enumName="BranchKind" />
  ) : (
    <Box component="span" sx={{ color: 'text.secondary' }}>
      {translate('chibo.length_decision.any_kind')}
    </Box>
  );
}

/**
 * The committees' length decisions that apply in the viewer's reach, newest first; an organization chosen in the
 * filter lists those that can apply to it (its own and those above it).
 */
export function LengthDecisionList() {
  const translate = useTranslate();
  return (
    <List filters={filters} perPage={25} exporter={false} actions={<ListActions exportMax={false} />}>
      <DataTable rowClick="show" bulkActionButtons={false}>
        <Column source="decisionReference" disableSort sx={{ fontWeight: 600 }} />
        <Column
          source="organization"
          disableSort
          render={(r) => r.organization && <RefLink value={r.organization} reference="organizations" />}
        />
        <Column source="branchKind" disableSort render={(r) => <BranchKindOf record={r} />} />
        <Column
          source="minutes"
          disableSort
          render={(r) => translate('chibo.length_decision.minutes_value', { smart_count: r.minutes })}
        />
        <Column source="validFrom" disableSort field={DayField} />
        <Column source="validTo" disableSort label="chibo.rule_set.status" render={(r) => <InForceChip record={r} />} />
      </DataTable>
    </List>
  );
}
