import { Stack, Typography } from '@mui/material';
import { Create, required, SimpleForm, TextInput, useTranslate } from 'react-admin';
import { DayInput } from '../../common/DayInput';
import { EditPage } from '../../common/pages';
import { BranchPicker } from '../../common/pickers';
import { LabeledRef } from '../../common/RefField';
import { after } from '../../common/validators';
import { todayInVietnam } from '../../dataProvider/filters';
import { CommitteeMemberInput } from './inputs';
import { useSupervisionScope } from './scope';

/** The term of an assignment in charge: from a day, until the first day no longer in charge (open while serving). */
function TermInputs() {
  return (
    <>
      <DayInput source="from" validate={required()} />
      <DayInput source="to" validate={after('from')} helperText="chibo.supervision.to_help" sx={{ width: 300 }} />
      <TextInput source="note" multiline sx={{ width: '100%', maxWidth: 640 }} />
    </>
  );
}

/** A committee member put in charge of a branch: attends it at least once a quarter for the term. */
export function InChargeCreate() {
  const { organizationId } = useSupervisionScope();
  const today = todayInVietnam();
  return (
    <Create redirect="list" transform={(data) => ({ ...data, kind: 'IN_CHARGE' })}>
      <SimpleForm defaultValues={{ from: today }}>
        <CommitteeMemberInput organizationId={organizationId} day={today} validate={required()} helperText="chibo.supervision.member_help" sx={{ maxWidth: 480 }} />
        <BranchPicker source="branchId" input={{ validate: required(), sx: { width: 480 } }} />
        <TermInputs />
      </SimpleForm>
    </Create>
  );
}

/** The term and note of an assignment in charge; the member and branch stay (a new one is assigned instead). */
export function InChargeEdit() {
  const translate = useTranslate();
  return (
    <EditPage redirect="list">
      <Stack direction="row" spacing={4}>
        <LabeledRef source="member" reference="members" />
        <LabeledRef source="branch" reference="organizations" />
      </Stack>
      <Typography variant="caption" color="text.secondary" sx={{ mb: 2 }}>
        {translate('chibo.supervision.fixed')}
      </Typography>
      <TermInputs />
    </EditPage>
  );
}
