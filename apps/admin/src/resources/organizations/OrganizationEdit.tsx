import { EditPage } from '../../common/pages';
import { OrganizationInputs } from './OrganizationInputs';

export function OrganizationEdit() {
  return (
    <EditPage>
      <OrganizationInputs mode="edit" />
    </EditPage>
  );
}
