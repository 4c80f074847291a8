import { Edit, SimpleForm } from 'react-admin';
import { FormToolbar } from '../../common/FormToolbar';
import { OrganizationInputs } from '../organizations/OrganizationInputs';

export function PartyGroupEdit() {
  return (
    <Edit mutationMode="pessimistic" redirect="show">
      <SimpleForm toolbar={<FormToolbar />}>
        <OrganizationInputs mode="edit" partyGroup />
      </SimpleForm>
    </Edit>
  );
}
