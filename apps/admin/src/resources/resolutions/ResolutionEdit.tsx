import { Edit, SimpleForm } from 'react-admin';
import { FormToolbar } from '../../common/FormToolbar';
import { ResolutionInputs } from './ResolutionInputs';

/** The text of a resolution; its tasks and reviews are changed on its page, one by one. */
export function ResolutionEdit() {
  return (
    <Edit mutationMode="pessimistic" redirect="show">
      <SimpleForm toolbar={<FormToolbar />}>
        <ResolutionInputs mode="edit" />
      </SimpleForm>
    </Edit>
  );
}
