import { Create, SimpleForm } from 'react-admin';
import { useReturnTo } from '../../common/prefill';
import { ResolutionInputs } from './ResolutionInputs';

/** Opened from a meeting's page with the meeting filled in; saved, it returns to that page's resolutions. */
export function ResolutionCreate() {
  return (
    <Create redirect={useReturnTo('show')}>
      <SimpleForm defaultValues={{ kind: 'RESOLUTION', tasks: [] }}>
        <ResolutionInputs mode="create" />
      </SimpleForm>
    </Create>
  );
}
