import { Edit, SimpleForm } from 'react-admin';
import { FormToolbar } from '../../common/FormToolbar';
import { OrganizationInputs } from './OrganizationInputs';

/** Pessimistic, so the API's refusals (dates, codes, a stale version) land on the form instead of after an undo delay. */
export function OrganizationEdit() {
  return (
    <Edit mutationMode="pessimistic" redirect="show">
      <SimpleForm toolbar={<FormToolbar />}>
        <OrganizationInputs mode="edit" />
      </SimpleForm>
    </Edit>
  );
}
