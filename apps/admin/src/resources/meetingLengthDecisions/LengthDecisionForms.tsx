import { Create, SimpleForm } from 'react-admin';
import { EditPage } from '../../common/pages';
import { LengthDecisionInputs } from './LengthDecisionInputs';

export function LengthDecisionCreate() {
  return (
    <Create redirect="show">
      <SimpleForm>
        <LengthDecisionInputs mode="create" />
      </SimpleForm>
    </Create>
  );
}

/** Corrected, ended (its last day) or deleted when entered by mistake; the meetings it covers are judged again. */
export function LengthDecisionEdit() {
  return (
    <EditPage>
      <LengthDecisionInputs mode="edit" />
    </EditPage>
  );
}
