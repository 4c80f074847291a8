import { Edit, SimpleForm } from 'react-admin';
import { FormToolbar } from '../../common/FormToolbar';
import { MeetingInputs } from './MeetingInputs';

/** Pessimistic, so the API's refusals (a second regular meeting in a month, times, people) land on the inputs. */
export function MeetingEdit() {
  return (
    <Edit mutationMode="pessimistic" redirect="show">
      <SimpleForm toolbar={<FormToolbar />}>
        <MeetingInputs mode="edit" />
      </SimpleForm>
    </Edit>
  );
}
