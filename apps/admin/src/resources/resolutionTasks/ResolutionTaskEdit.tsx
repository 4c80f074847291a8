import { Stack } from '@mui/material';
import { Labeled, maxLength, required, SelectInput, TextInput, useRecordContext } from 'react-admin';
import { useWatch } from 'react-hook-form';
import { DayInput } from '../../common/DayInput';
import { enumChoices } from '../../common/enums';
import { EditPage } from '../../common/pages';
import { RefLink } from '../../common/RefField';
import { notAfter } from '../../common/validators';
import { todayInVietnam } from '../../dataProvider/filters';
import type { ResolutionTaskRecord } from '../../dataProvider/types';
import { notBeforeMeeting, TaskOwnerInputs, useOwnerOrganizations } from '../resolutions/ResolutionInputs';
import { withOneOwner } from '../resolutions/ResolutionShow';

function CompletedOn() {
  const status = useWatch({ name: 'status' }) as string | undefined;
  if (status !== 'DONE') return null;
  return <DayInput source="completedOn" validate={notAfter(todayInVietnam())} helperText="chibo.task.completed_help" />;
}

function TaskInputs() {
  const record = useRecordContext<ResolutionTaskRecord>();
  const organizations = useOwnerOrganizations(record?.branch);
  if (!record) return null;
  const heldOn = record.resolution?.meeting?.heldOn;
  return (
    <>
      {record.resolution && (
        <Labeled source="resolution">
          <RefLink value={{ id: record.resolution.id, name: record.resolution.title }} reference="resolutions" />
        </Labeled>
      )}
      <TextInput source="description" validate={[required(), maxLength(500)]} multiline sx={{ width: '100%', maxWidth: 800 }} />
      <Stack direction="row" spacing={2} useFlexGap flexWrap="wrap" alignItems="flex-start">
        <TaskOwnerInputs branchId={record.branchId} heldOn={heldOn} organizations={organizations} />
      </Stack>
      <Stack direction="row" spacing={2} useFlexGap flexWrap="wrap" alignItems="flex-start">
        <DayInput source="deadline" validate={[required(), notBeforeMeeting(heldOn)]} />
        <SelectInput source="status" choices={enumChoices('TaskStatus')} validate={required()} sx={{ width: 220 }} />
        <CompletedOn />
      </Stack>
    </>
  );
}

/** A task's wording, owner, deadline and state; marked done without a day, the API dates it today. */
export function ResolutionTaskEdit() {
  return (
    <EditPage redirect={(_resource, _id, data) => `resolutions/${data?.resolutionId}/show`} transform={withOneOwner}>
      <TaskInputs />
    </EditPage>
  );
}
