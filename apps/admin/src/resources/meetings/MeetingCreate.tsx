import { Create, SimpleForm } from 'react-admin';
import { useReturnTo } from '../../common/prefill';
import { MeetingInputs } from './MeetingInputs';

/** A meeting planned or recorded; saved, it opens on its page, where attendance and resolutions are added. */
export function MeetingCreate() {
  return (
    <Create redirect={useReturnTo('show')}>
      <SimpleForm defaultValues={{ kind: 'REGULAR', forms: [], stepsDone: [], online: false, guests: [] }}>
        <MeetingInputs mode="create" />
      </SimpleForm>
    </Create>
  );
}
