import { Stack } from '@mui/material';
import { DataTable, List, required, SelectInput, TextInput, useTranslate } from 'react-admin';
import { CreateDialogButton } from '../../common/CreateDialog';
import { enumChoices } from '../../common/enums';
import { EnumField } from '../../common/EnumField';
import { yearFilter } from '../../common/filters';
import { ListActions } from '../../common/pages';
import { BranchPicker, YearInput } from '../../common/pickers';
import { RefLink } from '../../common/RefField';
import { DeleteConfirmButton, EditDialogButton } from '../../common/RowDialogs';
import { thisYear, todayInVietnam } from '../../dataProvider/filters';
import type { PilotRecord } from '../../dataProvider/supervisionTypes';
import { CommitteeMembersInput } from '../supervision/inputs';
import { useSupervisionScope } from '../supervision/scope';
import { PilotRatios } from './PilotRatios';

const Column = DataTable.Col<PilotRecord>;

const filters = [yearFilter(), <SelectInput key="kind" source="kind" choices={enumChoices('PilotKind')} alwaysOn sx={{ minWidth: 280 }} />];

/** The guides of a pilot: committee members (a working group), chosen from the committee's members today. */
function GuidesInput() {
  const { organizationId } = useSupervisionScope();
  return <CommitteeMembersInput organizationId={organizationId} day={todayInVietnam()} source="guideMemberIds" helperText="chibo.pilot.guides_help" />;
}

/** A branch chosen as a pilot of a year: the branch, what it pilots, its guides and a note. */
function CreatePilotButton() {
  return (
    <CreateDialogButton
      resource="pilots"
      label="chibo.pilot.add"
      title="chibo.pilot.add"
      values={{}}
      defaultValues={{ year: thisYear(), kind: 'REGULAR_MEETING' }}
      saved="chibo.pilot.added"
    >
      <Stack direction="row" spacing={2}>
        <YearInput validate={required()} fullWidth={false} sx={{ width: 140, flexShrink: 0 }} />
        <SelectInput source="kind" choices={enumChoices('PilotKind')} validate={required()} fullWidth />
      </Stack>
      <BranchPicker source="branchId" input={{ validate: required(), fullWidth: true }} />
      <GuidesInput />
      <TextInput source="note" multiline fullWidth />
    </CreateDialogButton>
  );
}

function RowActions({ record }: { record: PilotRecord }) {
  return (
    <Stack direction="row">
      <EditDialogButton resource="pilots" record={record} title="chibo.pilot.edit" saved="chibo.pilot.saved">
        <GuidesInput />
        <TextInput source="note" multiline fullWidth />
      </EditDialogButton>
      <DeleteConfirmButton
        resource="pilots"
        record={record}
        label="chibo.pilot.delete"
        title="chibo.pilot.delete_title"
        content="chibo.pilot.delete_content"
        args={{ branch: record.branch?.name ?? '', year: record.year }}
        deleted="chibo.pilot.deleted"
      />
    </Stack>
  );
}

/**
 * The pilot branches of a year (chỉ đạo điểm), by kind, with the year's shares against the plan's ranges above them;
 * chosen, re-guided and dropped by those who supervise.
 */
export function PilotList() {
  const translate = useTranslate();
  return (
    <List
      filters={filters}
      filterDefaultValues={{ year: thisYear() }}
      perPage={50}
      exporter={false}
      actions={
        <ListActions create={false} exportMax={false}>
          <CreatePilotButton />
        </ListActions>
      }
    >
      <PilotRatios />
      <DataTable bulkActionButtons={false} rowClick={false}>
        <Column source="year" disableSort />
        <Column source="kind" disableSort render={(r) => <EnumField record={r} source="kind" enumName="PilotKind" />} />
        <Column source="branch" disableSort render={(r) => (r.branch ? <RefLink value={r.branch} reference="organizations" /> : r.branchId)} />
        <Column
          source="guides"
          disableSort
          render={(r) => (r.guides.length > 0 ? r.guides.map((g) => g.fullName).join(', ') : translate('chibo.pilot.no_guides'))}
        />
        <Column source="note" disableSort />
        <Column source="id" label="chibo.common.actions" disableSort render={(r) => <RowActions record={r} />} />
      </DataTable>
    </List>
  );
}
