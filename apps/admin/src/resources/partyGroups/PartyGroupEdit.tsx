import { EditPage } from '../../common/pages';
import { OrganizationInputs } from '../organizations/OrganizationInputs';

export function PartyGroupEdit() {
  return (
    <EditPage>
      <OrganizationInputs mode="edit" partyGroup />
    </EditPage>
  );
}
