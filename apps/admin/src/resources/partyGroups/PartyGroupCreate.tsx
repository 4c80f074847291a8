import { Create, SimpleForm } from 'react-admin';
import { useReturnTo } from '../../common/prefill';
import { OrganizationInputs } from '../organizations/OrganizationInputs';

/** A party group is created under a branch; the data provider fixes its kind. */
export function PartyGroupCreate() {
  return (
    <Create redirect={useReturnTo()}>
      <SimpleForm>
        <OrganizationInputs mode="create" partyGroup />
      </SimpleForm>
    </Create>
  );
}
