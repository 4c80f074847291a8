import { Create, SimpleForm } from 'react-admin';
import { useReturnTo } from '../../common/prefill';
import { OrganizationInputs, withoutHiddenPlacement } from './OrganizationInputs';

export function OrganizationCreate() {
  return (
    <Create redirect={useReturnTo()} transform={withoutHiddenPlacement}>
      <SimpleForm>
        <OrganizationInputs mode="create" />
      </SimpleForm>
    </Create>
  );
}
