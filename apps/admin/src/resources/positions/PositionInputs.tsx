import type { OrganizationKind } from '@chibo/graphql-types';
import { Alert, Stack } from '@mui/material';
import { maxLength, required, SelectInput, TextInput, useGetOne, useRecordContext, useTranslate } from 'react-admin';
import { useWatch } from 'react-hook-form';
import { DayInput } from '../../common/DayInput';
import { enumChoices, ROLES_BY_KIND } from '../../common/enums';
import { MemberPicker, ReferencePicker } from '../../common/pickers';
import { LabeledRef } from '../../common/RefField';
import { after } from '../../common/validators';
import type { OrganizationRecord, PositionRecord } from '../../dataProvider/types';

/** Only the positions of the chosen organization's level are offered (a branch has no ward secretary). */
function RoleInput({ kind }: { kind: OrganizationKind | undefined }) {
  const translate = useTranslate();
  return (
    <SelectInput
      source="role"
      choices={enumChoices('PositionRole', kind ? ROLES_BY_KIND[kind] : [])}
      validate={required()}
      disabled={!kind}
      helperText={kind ? undefined : translate('chibo.position.role_needs_organization')}
      sx={{ width: 300 }}
    />
  );
}

function NewTermPlacement() {
  const translate = useTranslate();
  const organizationId = useWatch({ name: 'organizationId' }) as string | undefined;
  const { data: organization } = useGetOne<OrganizationRecord>(
    'organizations',
    { id: organizationId ?? '' },
    { enabled: !!organizationId },
  );
  return (
    <>
      <ReferencePicker source="organizationId" reference="organizations" input={{ validate: required(), sx: { width: 480 } }} />
      <RoleInput kind={organization?.kind} />
      <MemberPicker
        source="memberId"
        organizationId={organizationId}
        input={{
          validate: required(),
          disabled: !organizationId,
          helperText: translate('chibo.position.holder_from_organization'),
          sx: { width: 480 },
        }}
      />
    </>
  );
}

function FixedPlacement() {
  const record = useRecordContext<PositionRecord>();
  const translate = useTranslate();
  if (!record) return null;
  return (
    <>
      <Stack direction="row" spacing={4}>
        <LabeledRef source="organization" reference="organizations" />
        <LabeledRef source="member" reference="members" />
      </Stack>
      <Alert severity="info" sx={{ my: 1, maxWidth: 720 }}>
        {translate('chibo.position.fixed')}
      </Alert>
      <RoleInput kind={record.organization.kind} />
    </>
  );
}

/** The inputs of a position term, shared by the create and edit forms. */
export function PositionInputs({ mode }: { mode: 'create' | 'edit' }) {
  return (
    <>
      {mode === 'create' ? <NewTermPlacement /> : <FixedPlacement />}
      <Stack direction="row" spacing={2}>
        <DayInput source="from" validate={required()} />
        <DayInput source="to" validate={after('from')} />
      </Stack>
      <TextInput source="note" validate={maxLength(300)} sx={{ width: '100%', maxWidth: 720 }} />
    </>
  );
}
