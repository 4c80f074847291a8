import { Stack, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import {
  BooleanInput,
  CheckboxGroupInput,
  maxLength,
  maxValue,
  minValue,
  NullableBooleanInput,
  NumberInput,
  required,
  TextInput,
  useTranslate,
} from 'react-admin';
import { DayInput } from '../../common/DayInput';
import { after } from '../../common/validators';
import { procedureChoices } from '../meetings/MeetingInputs';

const Row = ({ children }: { children: ReactNode }) => (
  <Stack direction="row" spacing={2} useFlexGap flexWrap="wrap" alignItems="flex-start" sx={{ width: '100%', maxWidth: 1100 }}>
    {children}
  </Stack>
);

function Heading({ children }: { children: string }) {
  const translate = useTranslate();
  return (
    <Typography variant="subtitle1" sx={{ fontWeight: 600, mt: 2, width: '100%', maxWidth: 1100, borderBottom: '1px solid', borderColor: 'divider' }}>
      {translate(children)}
    </Typography>
  );
}

/** The share is stored as 0.9 and typed as 90 (%): offices write thresholds in percent. */
const toPercent = (value: unknown) => (typeof value === 'number' ? Math.round(value * 1000) / 10 : value === null ? '' : value);
const fromPercent = (value: unknown) => {
  if (value === '' || value == null) return null;
  const number = Number(value);
  return Number.isFinite(number) ? Math.round(number * 10) / 1000 : value;
};

const count = (max: number) => [minValue(0), maxValue(max)];

/**
 * A rule set: the document that sets it and the days it is in force, then each threshold. An empty threshold
 * means the document sets none (another rule set in force may).
 */
export function RuleSetInputs() {
  const translate = useTranslate();
  return (
    <>
      <Heading>chibo.rule_set.sections.document</Heading>
      <Row>
        <TextInput source="documentNumber" validate={[required(), maxLength(40)]} sx={{ width: 220 }} />
        <DayInput source="documentDate" validate={required()} />
        <DayInput source="validFrom" validate={required()} />
        <DayInput source="validTo" validate={after('validFrom')} helperText="chibo.rule_set.valid_to_help" />
      </Row>
      <TextInput source="title" validate={[required(), maxLength(300)]} sx={{ width: '100%', maxWidth: 1100 }} />

      <Heading>chibo.rule_set.sections.regular</Heading>
      <Row>
        <NumberInput source="regularByDay" validate={[minValue(1), maxValue(28)]} sx={{ width: 320 }} />
        <NumberInput
          source="minAttendanceShare"
          format={toPercent}
          parse={fromPercent}
          validate={[minValue(0.01), maxValue(1)]}
          helperText={translate('chibo.rule_set.share_help')}
          sx={{ width: 220 }}
        />
        <NullableBooleanInput source="minAttendanceStrict" sx={{ width: 260 }} />
        <NullableBooleanInput source="noUnexcusedAbsence" sx={{ width: 260 }} />
      </Row>
      <Row>
        <NumberInput source="maxConsecutiveExcused" validate={count(100)} sx={{ width: 220 }} />
        <NumberInput source="minMinutesRegular" validate={[minValue(1), maxValue(600)]} sx={{ width: 220 }} />
        <NumberInput source="minMinutesCombined" validate={[minValue(1), maxValue(600)]} sx={{ width: 360 }} />
        <NumberInput source="documentsDaysAhead" validate={count(100)} sx={{ width: 220 }} />
      </Row>
      {/* Shown as stored: the rule set inputs do not take it. */}
      <BooleanInput source="localLengthAllowed" helperText="chibo.rule_set.local_length_help" />
      <Heading>chibo.rule_set.sections.procedure</Heading>
      <CheckboxGroupInput source="procedure" label={false} choices={procedureChoices(translate)} row={false} />
      <Heading>chibo.rule_set.sections.other</Heading>
      <Row>
        <NumberInput source="thematicPerQuarter" validate={count(100)} sx={{ width: 240 }} />
        <NumberInput source="rotationQuarters" validate={count(100)} sx={{ width: 340 }} />
        <BooleanInput source="everyWorkingMemberTasked" sx={{ mt: 1 }} />
      </Row>
    </>
  );
}
