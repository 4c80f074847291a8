import { Create, Edit, SimpleForm } from 'react-admin';
import { useViewer } from '../../auth/useViewer';
import { FormToolbar } from '../../common/FormToolbar';
import { todayInVietnam } from '../../dataProvider/filters';
import { ThematicPlanItemInputs } from './ThematicPlanItemInputs';

/** A secretary plans for their own branch: the form starts with it, and with this year. */
export function ThematicPlanItemCreate() {
  const viewer = useViewer();
  const defaults = {
    year: Number(todayInVietnam().slice(0, 4)),
    ...(viewer?.role === 'BRANCH_SECRETARY' ? { branchId: viewer.organizationId } : {}),
  };
  return (
    <Create redirect="list">
      <SimpleForm defaultValues={defaults}>
        <ThematicPlanItemInputs mode="create" />
      </SimpleForm>
    </Create>
  );
}

export function ThematicPlanItemEdit() {
  return (
    <Edit mutationMode="pessimistic" redirect="list">
      <SimpleForm toolbar={<FormToolbar />}>
        <ThematicPlanItemInputs mode="edit" />
      </SimpleForm>
    </Edit>
  );
}
