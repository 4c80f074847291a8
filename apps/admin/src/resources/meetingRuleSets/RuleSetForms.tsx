import { Create, Edit, SaveButton, SimpleForm, Toolbar } from 'react-admin';
import { RuleSetInputs } from './RuleSetInputs';

/** Rule sets are kept, not deleted: one no longer in force gets its end day. */
const SaveOnly = () => (
  <Toolbar>
    <SaveButton />
  </Toolbar>
);

export function RuleSetEdit() {
  return (
    <Edit mutationMode="pessimistic" redirect="show">
      <SimpleForm toolbar={<SaveOnly />}>
        <RuleSetInputs />
      </SimpleForm>
    </Edit>
  );
}

export function RuleSetCreate() {
  return (
    <Create redirect="show">
      <SimpleForm>
        <RuleSetInputs />
      </SimpleForm>
    </Create>
  );
}
