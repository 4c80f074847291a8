import { Stack } from '@mui/material';
import { maxLength, required, TextInput, type Validator } from 'react-admin';
import { DayInput } from './DayInput';
import { after } from './validators';

/** What wards and organizations both have: a code and a name, and the days they were founded and dissolved. */
export function UnitInputs({ codeRules = [] }: { codeRules?: Validator[] }) {
  return (
    <>
      <Stack direction="row" spacing={2} sx={{ width: '100%', maxWidth: 720 }}>
        <TextInput source="code" validate={[required(), maxLength(40), ...codeRules]} sx={{ width: 200 }} />
        <TextInput source="name" validate={[required(), maxLength(200)]} sx={{ flex: 1 }} />
      </Stack>
      <Stack direction="row" spacing={2}>
        <DayInput source="foundedOn" validate={required()} />
        <DayInput source="dissolvedOn" validate={after('foundedOn', 'chibo.validation.dissolved_after_founded')} />
      </Stack>
    </>
  );
}
