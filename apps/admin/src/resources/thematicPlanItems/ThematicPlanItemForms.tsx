import { Create, SimpleForm } from 'react-admin';
import { useYearDefaults } from '../../auth/useViewer';
import { EditPage } from '../../common/pages';
import { ThematicPlanItemInputs } from './ThematicPlanItemInputs';

/** A secretary plans for their own branch: the form starts with it, and with this year. */
export function ThematicPlanItemCreate() {
  return (
    <Create redirect="list">
      <SimpleForm defaultValues={useYearDefaults()}>
        <ThematicPlanItemInputs mode="create" />
      </SimpleForm>
    </Create>
  );
}

export function ThematicPlanItemEdit() {
  return (
    <EditPage redirect="list">
      <ThematicPlanItemInputs mode="edit" />
    </EditPage>
  );
}
