import { Edit, SimpleForm } from 'react-admin';
import { FormToolbar } from '../../common/FormToolbar';
import { WardInputs } from './WardInputs';

/** Pessimistic, so the API's refusals land on the form's inputs instead of after an undo delay. */
export function WardEdit() {
  return (
    <Edit mutationMode="pessimistic" redirect="show">
      <SimpleForm toolbar={<FormToolbar />}>
        <WardInputs />
      </SimpleForm>
    </Edit>
  );
}
