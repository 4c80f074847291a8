import { Stack } from '@mui/material';
import {
  AutocompleteInput,
  Create,
  Edit,
  Labeled,
  maxLength,
  maxValue,
  minValue,
  NumberInput,
  ReferenceInput,
  required,
  SimpleForm,
  TextInput,
  useTranslate,
} from 'react-admin';
import { useWatch } from 'react-hook-form';
import { useViewer } from '../../auth/useViewer';
import { DayInput } from '../../common/DayInput';
import { FormToolbar } from '../../common/FormToolbar';
import { useReturnTo } from '../../common/prefill';
import { RefField } from '../../common/RefField';
import { notAfter } from '../../common/validators';
import { todayInVietnam } from '../../dataProvider/filters';

/** The member is chosen among those of the branch on the day the task is assigned. */
function MemberOfBranch() {
  const translate = useTranslate();
  const branchId = useWatch({ name: 'branchId' }) as string | undefined;
  const assignedOn = useWatch({ name: 'assignedOn' }) as string | undefined;
  return (
    <ReferenceInput
      source="memberId"
      reference="members"
      filter={{ organizationId: branchId, ...(assignedOn ? { asOf: assignedOn } : {}) }}
      sort={{ field: 'name', order: 'ASC' }}
      enableGetChoices={() => !!branchId}
    >
      <AutocompleteInput
        optionText="fullName"
        filterToQuery={(q: string) => ({ q })}
        validate={required()}
        disabled={!branchId}
        helperText={translate('chibo.member_task.member_help')}
        sx={{ width: 420 }}
      />
    </ReferenceInput>
  );
}

function MemberTaskInputs({ mode }: { mode: 'create' | 'edit' }) {
  const today = todayInVietnam();
  return (
    <>
      {mode === 'create' ? (
        <>
          <ReferenceInput source="branchId" reference="organizations" filter={{ kind: ['BRANCH'] }} sort={{ field: 'name', order: 'ASC' }}>
            <AutocompleteInput optionText="name" filterToQuery={(q: string) => ({ q })} validate={required()} sx={{ width: 420 }} />
          </ReferenceInput>
          <MemberOfBranch />
        </>
      ) : (
        <Stack direction="row" spacing={4}>
          <Labeled source="member">
            <RefField source="member" reference="members" />
          </Labeled>
          <Labeled source="branch">
            <RefField source="branch" reference="organizations" />
          </Labeled>
        </Stack>
      )}
      <Stack direction="row" spacing={2} useFlexGap flexWrap="wrap" alignItems="flex-start">
        <NumberInput source="year" validate={[required(), minValue(2000), maxValue(2100)]} disabled={mode === 'edit'} sx={{ width: 120 }} />
        <DayInput source="assignedOn" validate={[required(), notAfter(today)]} />
      </Stack>
      <TextInput source="description" validate={[required(), maxLength(500)]} multiline minRows={2} sx={{ width: '100%', maxWidth: 900 }} />
    </>
  );
}

/** Opened from "members without a task", the form comes filled with the member, the branch and this year. */
export function MemberTaskCreate() {
  const viewer = useViewer();
  const today = todayInVietnam();
  const defaults = {
    year: Number(today.slice(0, 4)),
    assignedOn: today,
    ...(viewer?.role === 'BRANCH_SECRETARY' ? { branchId: viewer.organizationId } : {}),
  };
  return (
    <Create redirect={useReturnTo('list')}>
      <SimpleForm defaultValues={defaults}>
        <MemberTaskInputs mode="create" />
      </SimpleForm>
    </Create>
  );
}

export function MemberTaskEdit() {
  return (
    <Edit mutationMode="pessimistic" redirect="list">
      <SimpleForm toolbar={<FormToolbar />}>
        <MemberTaskInputs mode="edit" />
      </SimpleForm>
    </Edit>
  );
}
