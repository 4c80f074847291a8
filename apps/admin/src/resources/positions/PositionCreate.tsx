import { Create, SimpleForm } from 'react-admin';
import { useReturnTo } from '../../common/prefill';
import { PositionInputs } from './PositionInputs';

export function PositionCreate() {
  return (
    <Create redirect={useReturnTo('list')}>
      <SimpleForm>
        <PositionInputs mode="create" />
      </SimpleForm>
    </Create>
  );
}
