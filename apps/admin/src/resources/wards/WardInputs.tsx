import { Stack } from '@mui/material';
import { AutocompleteArrayInput, maxLength, ReferenceArrayInput, required, TextInput } from 'react-admin';
import { DayInput } from '../../common/DayInput';
import { after } from '../../common/validators';

/** The inputs of a ward, shared by the create and edit forms. */
export function WardInputs() {
  return (
    <>
      <Stack direction="row" spacing={2} sx={{ width: '100%', maxWidth: 720 }}>
        <TextInput source="code" validate={[required(), maxLength(40)]} sx={{ width: 200 }} />
        <TextInput source="name" validate={[required(), maxLength(200)]} sx={{ flex: 1 }} />
      </Stack>
      <Stack direction="row" spacing={2}>
        <DayInput source="foundedOn" validate={required()} />
        <DayInput source="dissolvedOn" validate={after('foundedOn', 'chibo.validation.dissolved_after_founded')} />
      </Stack>
      <ReferenceArrayInput source="mergedFromIds" reference="wards" sort={{ field: 'name', order: 'ASC' }}>
        <AutocompleteArrayInput
          optionText="name"
          filterToQuery={(q: string) => ({ q })}
          sx={{ width: '100%', maxWidth: 720 }}
        />
      </ReferenceArrayInput>
    </>
  );
}
