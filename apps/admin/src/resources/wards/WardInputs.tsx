import { AutocompleteArrayInput, ReferenceArrayInput } from 'react-admin';
import { UnitInputs } from '../../common/UnitInputs';

/** The inputs of a ward, shared by the create and edit forms. */
export function WardInputs() {
  return (
    <>
      <UnitInputs />
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
