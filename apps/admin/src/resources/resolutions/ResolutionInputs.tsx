import { Alert, Stack, Typography } from '@mui/material';
import {
  ArrayInput,
  AutocompleteInput,
  FormDataConsumer,
  Labeled,
  maxLength,
  RadioButtonGroupInput,
  ReferenceInput,
  required,
  SelectInput,
  SimpleFormIterator,
  TextInput,
  useGetList,
  useGetOne,
  useRecordContext,
  useTranslate,
  type Validator,
} from 'react-admin';
import { useWatch } from 'react-hook-form';
import { AddItem } from '../../common/AddItem';
import { formatDay, isIsoDay } from '../../common/days';
import { DayInput } from '../../common/DayInput';
import { enumChoices } from '../../common/enums';
import { MemberPicker } from '../../common/pickers';
import { RefLink } from '../../common/RefField';
import type { MeetingRecord, OrganizationRecord, ResolutionRecord } from '../../dataProvider/types';

/** A deadline cannot fall before the meeting that set it (the API refuses it too). */
export const notBeforeMeeting =
  (heldOn: string | null | undefined): Validator =>
  (value: unknown) =>
    isIsoDay(value) && heldOn && value < heldOn ? 'chibo.validation.deadline_before_meeting' : undefined;

const OWNER_KINDS = [
  { id: 'MEMBER', name: 'chibo.task.owner_member' },
  { id: 'ORGANIZATION', name: 'chibo.task.owner_organization' },
];

/** The branch's organizations that may answer for a task: the branch itself and its party groups. */
export function useOwnerOrganizations(branch: { id: string; name: string } | null | undefined) {
  const { data: groups = [] } = useGetList<OrganizationRecord>(
    'organizations',
    {
      filter: { kind: ['PARTY_GROUP'], parentId: branch?.id },
      pagination: { page: 1, perPage: 100 },
      sort: { field: 'name', order: 'ASC' },
    },
    { enabled: !!branch },
  );
  return branch ? [{ id: branch.id, name: branch.name }, ...groups.map((g) => ({ id: g.id, name: g.name }))] : [];
}

/** Who answers for a task: a member of the branch on the meeting day, or the branch or one of its groups. */
export function TaskOwnerInputs({
  branchId,
  heldOn,
  organizations,
}: {
  branchId?: string;
  heldOn?: string | null;
  organizations: Array<{ id: string; name: string }>;
}) {
  return (
    <>
      <RadioButtonGroupInput source="ownerKind" choices={OWNER_KINDS} defaultValue="MEMBER" label="chibo.task.owner" sx={{ width: 'auto', mt: 0 }} />
      <FormDataConsumer<{ ownerKind?: string }>>
        {({ scopedFormData, formData }) =>
          (scopedFormData ?? formData)?.ownerKind === 'ORGANIZATION' ? (
            <SelectInput source="ownerOrganizationId" choices={organizations} validate={required()} sx={{ width: 300 }} />
          ) : (
            <MemberPicker source="ownerMemberId" organizationId={branchId} day={heldOn} input={{ validate: required(), sx: { width: 300 } }} />
          )
        }
      </FormDataConsumer>
    </>
  );
}

/** One task of a new resolution: what, then who and by when, on two lines. */
function TaskItemInputs(props: { branchId?: string; heldOn?: string | null; organizations: Array<{ id: string; name: string }> }) {
  return (
    <Stack sx={{ width: '100%', pt: 1 }}>
      <TextInput source="description" validate={[required(), maxLength(500)]} multiline sx={{ width: '100%' }} />
      <Stack direction="row" spacing={2} useFlexGap flexWrap="wrap" alignItems="flex-start">
        <TaskOwnerInputs {...props} />
        <DayInput source="deadline" validate={[required(), notBeforeMeeting(props.heldOn)]} />
      </Stack>
    </Stack>
  );
}

/** The meeting a resolution belongs to: fixed once recorded, chosen among held meetings when new. */
function MeetingInput({ mode, meeting }: { mode: 'create' | 'edit'; meeting: MeetingRecord | undefined }) {
  const record = useRecordContext<ResolutionRecord>();
  const translate = useTranslate();
  if (mode === 'edit' && record?.meeting) {
    return (
      <Labeled source="meeting">
        <RefLink value={{ id: record.meeting.id, name: `${record.meeting.organization?.name ?? ''} – ${formatDay(record.meeting.heldOn)}` }} reference="meetings" />
      </Labeled>
    );
  }
  return (
    <Stack direction="row" spacing={2} alignItems="center" useFlexGap flexWrap="wrap">
      <ReferenceInput source="meetingId" reference="meetings" filter={{ held: true }} sort={{ field: 'day', order: 'DESC' }}>
        <AutocompleteInput validate={required()} sx={{ width: 560 }} />
      </ReferenceInput>
      {meeting && !meeting.heldOn && <Alert severity="warning">{translate('chibo.resolution.needs_held')}</Alert>}
    </Stack>
  );
}

/**
 * The inputs of a resolution or conclusion; a new one takes its tasks in the same form (one transaction),
 * each with one owner, a member or an organization, and a deadline not before the meeting.
 */
export function ResolutionInputs({ mode }: { mode: 'create' | 'edit' }) {
  const translate = useTranslate();
  const record = useRecordContext<ResolutionRecord>();
  const meetingId = (useWatch({ name: 'meetingId' }) as string | undefined) ?? record?.meetingId;
  const { data: meeting } = useGetOne<MeetingRecord>('meetings', { id: meetingId ?? '' }, { enabled: !!meetingId && mode === 'create' });
  const organizations = useOwnerOrganizations(meeting?.branch);
  return (
    <>
      <MeetingInput mode={mode} meeting={meeting} />
      <RadioButtonGroupInput source="kind" choices={enumChoices('ResolutionKind')} validate={required()} />
      <TextInput source="title" validate={[required(), maxLength(300)]} sx={{ width: '100%', maxWidth: 900 }} />
      <TextInput source="content" multiline minRows={4} validate={[required(), maxLength(20000)]} sx={{ width: '100%', maxWidth: 900 }} />
      <TextInput source="requirements" multiline minRows={2} validate={maxLength(20000)} sx={{ width: '100%', maxWidth: 900 }} />
      <TextInput source="measures" multiline minRows={2} validate={maxLength(20000)} sx={{ width: '100%', maxWidth: 900 }} />
      {mode === 'create' && (
        <>
          <Typography variant="subtitle1" sx={{ fontWeight: 600, mt: 2 }}>
            {translate('chibo.resolution.tasks_heading')}
          </Typography>
          <Typography variant="caption" color="text.secondary">
            {translate('chibo.resolution.tasks_help')}
          </Typography>
          <ArrayInput source="tasks" label={false}>
            <SimpleFormIterator disableReordering addButton={<AddItem label="chibo.resolution.add_task" />} sx={{ maxWidth: 1000 }}>
              <TaskItemInputs branchId={meeting?.branchId} heldOn={meeting?.heldOn} organizations={organizations} />
            </SimpleFormIterator>
          </ArrayInput>
        </>
      )}
    </>
  );
}
