import { Stack } from '@mui/material';
import { Create, maxLength, maxValue, minValue, NumberInput, required, SimpleForm, TextInput, useTranslate } from 'react-admin';
import { useWatch } from 'react-hook-form';
import { useYearDefaults } from '../../auth/useViewer';
import { DayInput } from '../../common/DayInput';
import { EditPage } from '../../common/pages';
import { BranchPicker, MemberPicker } from '../../common/pickers';
import { useReturnTo } from '../../common/prefill';
import { LabeledRef } from '../../common/RefField';
import { notAfter } from '../../common/validators';
import { todayInVietnam } from '../../dataProvider/filters';

/** The member is chosen among those of the branch on the day the task is assigned. */
function MemberOfBranch() {
  const translate = useTranslate();
  const branchId = useWatch({ name: 'branchId' }) as string | undefined;
  const assignedOn = useWatch({ name: 'assignedOn' }) as string | undefined;
  return (
    <MemberPicker
      source="memberId"
      organizationId={branchId}
      day={assignedOn}
      input={{ validate: required(), disabled: !branchId, helperText: translate('chibo.member_task.member_help'), sx: { width: 420 } }}
    />
  );
}

function MemberTaskInputs({ mode }: { mode: 'create' | 'edit' }) {
  const today = todayInVietnam();
  return (
    <>
      {mode === 'create' ? (
        <>
          <BranchPicker source="branchId" input={{ validate: required(), sx: { width: 420 } }} />
          <MemberOfBranch />
        </>
      ) : (
        <Stack direction="row" spacing={4}>
          <LabeledRef source="member" reference="members" />
          <LabeledRef source="branch" reference="organizations" />
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
  const defaults = { ...useYearDefaults(), assignedOn: todayInVietnam() };
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
    <EditPage redirect="list">
      <MemberTaskInputs mode="edit" />
    </EditPage>
  );
}
