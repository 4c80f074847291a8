import { Create, SaveButton, SimpleForm, Toolbar } from 'react-admin';
import { EditPage } from '../../common/pages';
import { RuleSetInputs } from './RuleSetInputs';

/** Rule sets are kept, not deleted: one no longer in force gets its end day. */
const SaveOnly = () => (
  <Toolbar>
    <SaveButton />
  </Toolbar>
);

export function RuleSetEdit() {
  return (
    <EditPage toolbar={<SaveOnly />}>
      <RuleSetInputs />
    </EditPage>
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
