import { Alert, Stack, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import {
  ArrayInput,
  BooleanInput,
  CheckboxGroupInput,
  Labeled,
  maxLength,
  minValue,
  NumberInput,
  RadioButtonGroupInput,
  ReferenceInput,
  required,
  SelectInput,
  SimpleFormIterator,
  TextInput,
  useGetOne,
  useRecordContext,
  useTranslate,
  type Validator,
} from 'react-admin';
import { useWatch } from 'react-hook-form';
import { AddItem } from '../../common/AddItem';
import { isIsoDay } from '../../common/days';
import { DayInput } from '../../common/DayInput';
import { enumChoices, ENUMS, enumLabel } from '../../common/enums';
import { MemberPicker, ReferencePicker } from '../../common/pickers';
import { isTime } from '../../common/times';
import { TimeInput } from '../../common/TimeInput';
import { notAfter } from '../../common/validators';
import { todayInVietnam } from '../../dataProvider/filters';
import type { MeetingRecord, OrganizationRecord } from '../../dataProvider/types';
import { MeetingOrganizationLink } from './fields';
import { GuestPersonInput } from './GuestInput';

function Heading({ children, help }: { children: string; help?: string }) {
  const translate = useTranslate();
  return (
    <Stack sx={{ mt: 2, mb: 0.5, width: '100%', maxWidth: 1100, borderBottom: '1px solid', borderColor: 'divider' }}>
      <Typography variant="subtitle1" sx={{ fontWeight: 600 }}>
        {translate(children)}
      </Typography>
      {help && (
        <Typography variant="caption" color="text.secondary" sx={{ pb: 0.5 }}>
          {translate(help)}
        </Typography>
      )}
    </Stack>
  );
}

const Row = ({ children }: { children: ReactNode }) => (
  <Stack direction="row" spacing={2} useFlexGap flexWrap="wrap" alignItems="flex-start" sx={{ width: '100%', maxWidth: 1100 }}>
    {children}
  </Stack>
);

/** A meeting needs a day: the planned one, the held one, or both. */
const needsDay: Validator = (_value: unknown, values: { plannedOn?: string | null; heldOn?: string | null }) =>
  !values.plannedOn && !values.heldOn ? 'chibo.validation.meeting_needs_day' : undefined;

const endAfterStart: Validator = (value: unknown, values: { startTime?: string | null }) =>
  isTime(value) && isTime(values.startTime) && value <= values.startTime ? 'chibo.validation.end_after_start_time' : undefined;

const onlineNeedsReason: Validator = (value: unknown, values: { online?: boolean }) =>
  values.online && !(typeof value === 'string' && value.trim()) ? 'chibo.validation.online_needs_reason' : undefined;

const votes = [minValue(0)];

/** The branch of the meeting: the organization itself, or a party group's branch. */
function useMeetingBranch(mode: 'create' | 'edit'): { branchId?: string; organizationId?: string } {
  const record = useRecordContext<MeetingRecord>();
  const organizationId = useWatch({ name: 'organizationId' }) as string | undefined;
  const { data: organization } = useGetOne<OrganizationRecord>(
    'organizations',
    { id: organizationId ?? '' },
    { enabled: mode === 'create' && !!organizationId },
  );
  if (mode === 'edit') return { branchId: record?.branchId, organizationId: record?.organizationId };
  if (!organization || organization.id !== organizationId) return { organizationId };
  return { organizationId, branchId: organization.kind === 'PARTY_GROUP' ? (organization.parentId ?? undefined) : organization.id };
}

/** Chair and minute-taker: members of the branch on the meeting day (the API refuses anyone else). */
function PeopleInputs({ branchId }: { branchId?: string }) {
  const translate = useTranslate();
  const heldOn = useWatch({ name: 'heldOn' }) as string | null | undefined;
  const plannedOn = useWatch({ name: 'plannedOn' }) as string | null | undefined;
  const helperText = branchId ? translate('chibo.meeting.people_help') : translate('chibo.meeting.choose_organization_first');
  return (
    <Row>
      {(['chairId', 'minuteTakerId'] as const).map((source) => (
        <MemberPicker
          key={source}
          source={source}
          organizationId={branchId}
          day={heldOn || plannedOn}
          input={{ disabled: !branchId, helperText, sx: { width: 360 } }}
        />
      ))}
    </Row>
  );
}

/** The topic of a thematic (or combined) meeting, from the branch's plan for the year or typed. */
function ThematicInputs({ branchId }: { branchId?: string }) {
  const translate = useTranslate();
  const kind = useWatch({ name: 'kind' }) as string | undefined;
  const heldOn = useWatch({ name: 'heldOn' }) as string | null | undefined;
  const plannedOn = useWatch({ name: 'plannedOn' }) as string | null | undefined;
  if (kind !== 'THEMATIC' && kind !== 'COMBINED') return null;
  const year = (heldOn || plannedOn || todayInVietnam()).slice(0, 4);
  return (
    <>
      <Heading help="chibo.meeting.thematic_help">chibo.meeting.sections.thematic</Heading>
      <Row>
        <ReferenceInput
          source="thematicPlanItemId"
          reference="thematicPlanItems"
          filter={{ organizationId: branchId, year }}
          enableGetChoices={() => !!branchId}
        >
          <SelectInput
            optionText={(item: { quarter: number; title: string }) => `${translate(`chibo.plan.quarters.${item.quarter}`)} · ${item.title}`}
            disabled={!branchId}
            sx={{ width: 420 }}
          />
        </ReferenceInput>
        <TextInput source="thematicTopic" validate={maxLength(300)} sx={{ flex: 1, minWidth: 320 }} />
      </Row>
    </>
  );
}

function OnlineReason() {
  const online = useWatch({ name: 'online' }) as boolean | undefined;
  if (!online) return null;
  return <TextInput source="onlineReason" validate={[onlineNeedsReason, maxLength(300)]} sx={{ flex: 1, minWidth: 320 }} />;
}

/**
 * The guests: who each is (a committee member, another branch's secretary, another guest), and the person,
 * a member picked from the file or a name typed; the day decides who sits on the committee.
 */
function GuestsInput({ branchId }: { branchId?: string }) {
  const heldOn = useWatch({ name: 'heldOn' }) as string | null | undefined;
  const plannedOn = useWatch({ name: 'plannedOn' }) as string | null | undefined;
  // A day still being typed is no day: the committee of today is offered meanwhile.
  const day = [heldOn, plannedOn].find(isIsoDay) ?? todayInVietnam();
  return (
    <ArrayInput source="guests" label={false}>
      <SimpleFormIterator inline disableReordering addButton={<AddItem label="chibo.meeting.add_guest" />}>
        <SelectInput source="role" choices={enumChoices('GuestRole')} validate={required()} sx={{ width: 300 }} />
        <GuestPersonInput day={day} branchId={branchId} />
      </SimpleFormIterator>
    </ArrayInput>
  );
}

/** The organization that meets: chosen once, among branches and party groups; fixed afterwards. */
function OrganizationInput({ mode }: { mode: 'create' | 'edit' }) {
  const record = useRecordContext<MeetingRecord>();
  const translate = useTranslate();
  if (mode === 'edit') {
    return (
      <Stack spacing={0.5}>
        <Labeled source="organization">
          <MeetingOrganizationLink organization={record?.organization} />
        </Labeled>
        <Typography variant="caption" color="text.secondary">
          {translate('chibo.meeting.organization_fixed')}
        </Typography>
      </Stack>
    );
  }
  return (
    <ReferencePicker
      source="organizationId"
      reference="organizations"
      filter={{ kind: ['BRANCH', 'PARTY_GROUP'] }}
      input={{
        optionText: (o: OrganizationRecord) => (o.kind === 'PARTY_GROUP' && o.parent ? `${o.name} · ${o.parent.name}` : o.name),
        validate: required(),
        sx: { width: 460 },
      }}
    />
  );
}

/** The steps of a regular meeting in order, each a checkbox: "1. Giới thiệu đại biểu" … "8. Thông qua biên bản". */
export function procedureChoices(translate: (key: string) => string) {
  return ENUMS.ProcedureStep.map((step, index) => ({ id: step, name: `${index + 1}. ${translate(enumLabel('ProcedureStep', step))}` }));
}

/**
 * The form of a meeting, for planning it and for recording it once held: who meets and when, who chairs and
 * takes the minutes, the topic, preparation, the steps carried out, the minutes, the vote and the guests.
 * Rule shortfalls are not refused here: the API keeps them as findings shown on the meeting's page.
 */
export function MeetingInputs({ mode }: { mode: 'create' | 'edit' }) {
  const translate = useTranslate();
  const today = todayInVietnam();
  const { branchId } = useMeetingBranch(mode);
  return (
    <>
      <Heading>chibo.meeting.sections.who</Heading>
      <Row>
        <OrganizationInput mode={mode} />
        <RadioButtonGroupInput source="kind" choices={enumChoices('MeetingKind')} validate={required()} />
      </Row>
      <CheckboxGroupInput source="forms" choices={enumChoices('MeetingForm')} />

      <Heading help="chibo.meeting.when_help">chibo.meeting.sections.when</Heading>
      <Row>
        <DayInput source="plannedOn" validate={needsDay} />
        <DayInput source="heldOn" validate={[needsDay, notAfter(today)]} />
        <TimeInput source="startTime" />
        <TimeInput source="endTime" validate={endAfterStart} />
      </Row>
      <Row>
        <TextInput source="place" validate={maxLength(300)} sx={{ width: 460 }} />
        <BooleanInput source="online" sx={{ mt: 1 }} />
        <OnlineReason />
      </Row>

      <Heading>chibo.meeting.sections.people</Heading>
      <PeopleInputs branchId={branchId} />

      <ThematicInputs branchId={branchId} />

      <Heading>chibo.meeting.sections.preparation</Heading>
      <Row>
        <DayInput source="documentsSentOn" />
      </Row>
      <TextInput source="agenda" multiline minRows={3} validate={maxLength(20000)} sx={{ width: '100%', maxWidth: 1100 }} />

      <Heading help="chibo.meeting.steps_help">chibo.meeting.sections.procedure</Heading>
      <CheckboxGroupInput source="stepsDone" label={false} choices={procedureChoices(translate)} row={false} />

      <Heading>chibo.meeting.sections.minutes</Heading>
      <TextInput source="minutes" multiline minRows={6} validate={maxLength(200000)} sx={{ width: '100%', maxWidth: 1100 }} />
      <Row>
        <NumberInput source="votesFor" validate={votes} min={0} sx={{ width: 160 }} />
        <NumberInput source="votesAgainst" validate={votes} min={0} sx={{ width: 160 }} />
        <NumberInput source="votesAbstain" validate={votes} min={0} sx={{ width: 160 }} />
      </Row>

      <Heading help="chibo.meeting.guests_help">chibo.meeting.sections.guests</Heading>
      <GuestsInput branchId={branchId} />
      {mode === 'create' && (
        <Alert severity="info" sx={{ mt: 2, maxWidth: 1100 }}>
          {translate('chibo.meeting.after_create')}
        </Alert>
      )}
    </>
  );
}
