import { Create, SimpleForm } from 'react-admin';
import { WardInputs } from './WardInputs';

export function WardCreate() {
  return (
    <Create redirect="show">
      <SimpleForm>
        <WardInputs />
      </SimpleForm>
    </Create>
  );
}
