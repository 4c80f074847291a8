import { Stack, Typography } from '@mui/material';
import type { ReactElement } from 'react';
import { ArrayField, DataTable, Labeled, TabbedShowLayout, TextField, useRecordContext, useTranslate } from 'react-admin';
import { DayField, PeriodField } from '../../common/DayField';
import { formatDay } from '../../common/days';
import { EmptyNote } from '../../common/EmptyNote';
import { EnumField } from '../../common/EnumField';
import { FieldRow, ShowPage } from '../../common/pages';
import { RefField, RefLink } from '../../common/RefField';
import { useReadsPersonalData } from '../../auth/useViewer';
import { todayInVietnam } from '../../dataProvider/filters';
import type { MemberRecord } from '../../dataProvider/types';
import { TransferButton } from './TransferButton';

type Membership = NonNullable<MemberRecord['memberships']>[number];
type Position = NonNullable<MemberRecord['positions']>[number];
type Exemption = NonNullable<MemberRecord['exemptions']>[number];
type SpecialDuty = NonNullable<MemberRecord['specialDuties']>[number];

const MembershipColumn = DataTable.Col<Membership>;
const PositionColumn = DataTable.Col<Position>;
const ExemptionColumn = DataTable.Col<Exemption>;
const DutyColumn = DataTable.Col<SpecialDuty>;

const Field = ({ source, children }: { source: string; children: ReactElement }) => (
  <Labeled label={`resources.members.fields.${source}`}>{children}</Labeled>
);

function YesNo({ value }: { value: boolean }) {
  const translate = useTranslate();
  return (
    <Typography component="span" variant="body2">
      {translate(value ? 'chibo.common.yes' : 'chibo.common.no')}
    </Typography>
  );
}

/** The first day retired; a later day is a planned retirement, none a retirement before the records. */
function RetiredOn({ day }: { day: string | null | undefined }) {
  const translate = useTranslate();
  return (
    <Typography component="span" variant="body2">
      {day ? formatDay(day) : translate('chibo.member.retired_before_records')}
      {day && day > todayInVietnam() && ` (${translate('chibo.member.retired_planned')})`}
    </Typography>
  );
}

/** Said instead of birth date, identity number, phone, email and address: "—" would read as "not recorded". */
function PersonalHidden() {
  const translate = useTranslate();
  return (
    <Typography variant="body2" color="text.secondary" sx={{ fontStyle: 'italic' }}>
      {translate('chibo.auth.personal_hidden')}
    </Typography>
  );
}

function PersonalRecord() {
  const record = useRecordContext<MemberRecord>();
  const personal = useReadsPersonalData();
  if (!record) return null;
  return (
    <Stack spacing={1}>
      <FieldRow>
        <Field source="fullName"><TextField source="fullName" sx={{ fontWeight: 600 }} /></Field>
        <Field source="gender"><EnumField source="gender" enumName="Gender" /></Field>
        {personal && <Field source="birthDate"><DayField source="birthDate" emptyText="—" /></Field>}
        {personal && <Field source="identityNumber"><TextField source="identityNumber" emptyText="—" /></Field>}
        {personal && <Field source="phone"><TextField source="phone" emptyText="—" /></Field>}
        {personal && <Field source="email"><TextField source="email" emptyText="—" /></Field>}
        {!personal && <Field source="occupation"><TextField source="occupation" emptyText="—" /></Field>}
      </FieldRow>
      {personal ? (
        <FieldRow>
          <Field source="address"><TextField source="address" emptyText="—" /></Field>
          <Field source="occupation"><TextField source="occupation" emptyText="—" /></Field>
        </FieldRow>
      ) : (
        <PersonalHidden />
      )}
      <FieldRow>
        <Field source="cardNumber"><TextField source="cardNumber" emptyText="—" /></Field>
        <Field source="status"><EnumField source="status" enumName="MemberStatus" chip /></Field>
        <Field source="admittedOn"><DayField source="admittedOn" /></Field>
        <Field source="officialOn"><DayField source="officialOn" emptyText="—" /></Field>
        <Field source="workStatus"><EnumField source="workStatus" enumName="WorkStatus" /></Field>
        {record.workStatus === 'RETIRED' && (
          <Field source="retiredOn">
            <RetiredOn day={record.retiredOn} />
          </Field>
        )}
      </FieldRow>
      <FieldRow>
        <Field source="branch"><RefField source="branch" reference="organizations" emptyText="chibo.member.unplaced" /></Field>
        <Field source="partyGroup"><RefField source="partyGroup" reference="organizations" emptyText="—" /></Field>
        <Field source="isExempt">
          <YesNo value={record.isExempt} />
        </Field>
        <Field source="isOnSpecialDuty">
          <YesNo value={record.isOnSpecialDuty} />
        </Field>
      </FieldRow>
      <Field source="note"><TextField source="note" emptyText="—" sx={{ whiteSpace: 'pre-line' }} /></Field>
    </Stack>
  );
}

function Periods() {
  const translate = useTranslate();
  return (
    <Stack spacing={2}>
      <Labeled source="exemptions" fullWidth>
        <ArrayField source="exemptions">
          <DataTable bulkActionButtons={false} rowClick={false} empty={<EmptyNote message="chibo.member.no_exemptions" />}>
            <ExemptionColumn source="from" label={translate('chibo.common.term')} render={() => <PeriodField />} />
            <ExemptionColumn source="reason" label={translate('resources.exemptions.fields.reason')} />
            <ExemptionColumn source="decisionRef" label={translate('resources.exemptions.fields.decisionRef')} />
          </DataTable>
        </ArrayField>
      </Labeled>
      <Labeled source="specialDuties" fullWidth>
        <ArrayField source="specialDuties">
          <DataTable bulkActionButtons={false} rowClick={false} empty={<EmptyNote message="chibo.member.no_special_duties" />}>
            <DutyColumn source="from" label={translate('chibo.common.term')} render={() => <PeriodField />} />
            <DutyColumn source="note" label={translate('resources.specialDuties.fields.note')} />
          </DataTable>
        </ArrayField>
      </Labeled>
    </Stack>
  );
}

export function MemberShow() {
  const translate = useTranslate();
  const tab = (key: string) => translate(`chibo.member.tabs.${key}`);
  return (
    <ShowPage actions={<TransferButton />}>
      <TabbedShowLayout>
        <TabbedShowLayout.Tab label={tab('details')}>
          <PersonalRecord />
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label={tab('memberships')} path="memberships">
          <ArrayField source="memberships">
            <DataTable bulkActionButtons={false} rowClick={false} empty={<EmptyNote message="chibo.member.no_memberships" />}>
              <MembershipColumn source="branch" label={translate('resources.memberships.fields.branch')} render={(r) => <RefLink value={r.branch} reference="organizations" />} />
              <MembershipColumn
                source="partyGroup"
                label={translate('resources.memberships.fields.partyGroup')}
                render={(r) => r.partyGroup && <RefLink value={r.partyGroup} reference="organizations" />}
              />
              <MembershipColumn source="from" label={translate('resources.memberships.fields.from')} field={DayField} />
              <MembershipColumn source="to" label={translate('resources.memberships.fields.to')} field={DayField} />
              <MembershipColumn source="note" label={translate('resources.memberships.fields.note')} />
            </DataTable>
          </ArrayField>
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label={tab('positions')} path="positions">
          <ArrayField source="positions">
            <DataTable bulkActionButtons={false} rowClick={false} empty={<EmptyNote message="chibo.member.no_positions" />}>
              <PositionColumn source="role" label={translate('resources.positions.fields.role')} render={(r) => <EnumField record={r} source="role" enumName="PositionRole" />} />
              <PositionColumn
                source="organization"
                label={translate('resources.positions.fields.organization')}
                render={(r) => <RefLink value={r.organization} reference="organizations" />}
              />
              <PositionColumn source="from" label={translate('chibo.common.term')} render={() => <PeriodField />} />
              <PositionColumn source="note" label={translate('resources.positions.fields.note')} />
            </DataTable>
          </ArrayField>
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label={tab('periods')} path="periods">
          <Periods />
        </TabbedShowLayout.Tab>
      </TabbedShowLayout>
    </ShowPage>
  );
}
