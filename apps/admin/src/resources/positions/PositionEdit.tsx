import { Edit, SimpleForm } from 'react-admin';
import { FormToolbar } from '../../common/FormToolbar';
import { PositionInputs } from './PositionInputs';

/** A term is ended by giving its end day; deleting is for terms entered by mistake. */
export function PositionEdit() {
  return (
    <Edit mutationMode="pessimistic" redirect="list">
      <SimpleForm toolbar={<FormToolbar />}>
        <PositionInputs mode="edit" />
      </SimpleForm>
    </Edit>
  );
}
