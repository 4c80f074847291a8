import { Stack, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import {
  email,
  maxLength,
  regex,
  required,
  SelectInput,
  TextInput,
  useRecordContext,
  useTranslate,
  type Validator,
} from 'react-admin';
import { useWatch } from 'react-hook-form';
import { DayInput } from '../../common/DayInput';
import { enumChoices } from '../../common/enums';
import { BranchPicker, PartyGroupPicker } from '../../common/pickers';
import { after, notAfter } from '../../common/validators';
import { todayInVietnam } from '../../dataProvider/filters';
import type { MemberRecord } from '../../dataProvider/types';

const identityNumber = regex(/^[0-9]{9,12}$/, 'chibo.validation.identity_number');
const phone = regex(/^\+?[0-9 .()-]{6,20}$/, 'chibo.validation.phone');

const officialNeedsDate: Validator = (value: unknown, values: { status?: string }) =>
  values.status === 'OFFICIAL' && !value ? 'chibo.validation.official_needs_date' : undefined;

const fromNeedsBranch: Validator = (value: unknown, values: { membership?: { branchId?: string } }) =>
  values.membership?.branchId && !value ? 'ra.validation.required' : undefined;

function Heading({ children }: { children: string }) {
  const translate = useTranslate();
  return (
    <Typography variant="subtitle1" sx={{ fontWeight: 600, mt: 1 }}>
      {translate(children)}
    </Typography>
  );
}

const Row = ({ children }: { children: ReactNode }) => (
  <Stack direction="row" spacing={2} useFlexGap flexWrap="wrap" sx={{ width: '100%', maxWidth: 1100 }}>
    {children}
  </Stack>
);

/** The branch (and group) a new member joins, and from which day; the API records it in the same transaction. */
function PlacementInputs() {
  const translate = useTranslate();
  const branchId = useWatch({ name: 'membership.branchId' }) as string | undefined;
  return (
    <>
      <Heading>chibo.member.placement</Heading>
      <Typography variant="caption" color="text.secondary">
        {translate('chibo.member.placement_help')}
      </Typography>
      <Row>
        <BranchPicker source="membership.branchId" input={{ sx: { width: 420 } }} />
        <PartyGroupPicker source="membership.partyGroupId" branchId={branchId} input={{ sx: { width: 240 } }} />
        <DayInput
          source="membership.from"
          validate={[fromNeedsBranch, after('admittedOn', 'chibo.validation.membership_after_admitted', true)]}
        />
      </Row>
    </>
  );
}

/** The inputs of a member, shared by the create form (with a first branch) and the edit form. */
export function MemberInputs({ mode }: { mode: 'create' | 'edit' }) {
  const status = useWatch({ name: 'status' }) as string | undefined;
  const workStatus = useWatch({ name: 'workStatus' }) as string | undefined;
  // Emptied, the day of a member retired on file means "before the records"; of a member retiring now, today.
  const record = useRecordContext<MemberRecord>();
  const retiredOnFile = mode === 'edit' && record?.workStatus === 'RETIRED';
  const today = todayInVietnam();
  return (
    <>
      <Heading>chibo.member.personal</Heading>
      <Row>
        <TextInput source="fullName" validate={[required(), maxLength(120)]} sx={{ width: 360 }} />
        <SelectInput source="gender" choices={enumChoices('Gender')} sx={{ width: 140 }} />
        <DayInput source="birthDate" validate={notAfter(today)} />
        <TextInput source="identityNumber" validate={identityNumber} sx={{ width: 200 }} />
      </Row>
      <Row>
        <TextInput source="phone" validate={phone} sx={{ width: 200 }} />
        <TextInput source="email" validate={[email(), maxLength(200)]} sx={{ width: 280 }} />
        <TextInput source="address" validate={maxLength(300)} sx={{ flex: 1, minWidth: 280 }} />
      </Row>
      <TextInput source="occupation" validate={maxLength(200)} sx={{ width: '100%', maxWidth: 900 }} />
      <Heading>chibo.member.party</Heading>
      <Row>
        <TextInput source="cardNumber" validate={maxLength(20)} sx={{ width: 200 }} />
        <SelectInput source="status" choices={enumChoices('MemberStatus')} validate={required()} sx={{ width: 180 }} />
        <DayInput source="admittedOn" validate={[required(), notAfter(today)]} />
        {status === 'OFFICIAL' && (
          <DayInput source="officialOn" validate={[officialNeedsDate, after('admittedOn', 'chibo.validation.official_after_admitted')]} />
        )}
        <SelectInput source="workStatus" choices={enumChoices('WorkStatus')} validate={required()} sx={{ width: 180 }} />
        {/* The first day retired; a later day plans the retirement. */}
        {workStatus === 'RETIRED' && (
          <DayInput
            source="retiredOn"
            validate={after('admittedOn', 'chibo.validation.retired_after_admitted', true)}
            helperText={retiredOnFile ? 'chibo.member.retired_on_help_on_file' : 'chibo.member.retired_on_help'}
            sx={{ width: 280 }}
          />
        )}
      </Row>
      <TextInput source="note" multiline minRows={2} validate={maxLength(5000)} sx={{ width: '100%', maxWidth: 900 }} />
      {mode === 'create' && <PlacementInputs />}
    </>
  );
}
