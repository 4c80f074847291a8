import { EditPage } from '../../common/pages';
import { MeetingInputs } from './MeetingInputs';

/** The API's refusals (a second regular meeting in a month, times, people) land on the inputs. */
export function MeetingEdit() {
  return (
    <EditPage>
      <MeetingInputs mode="edit" />
    </EditPage>
  );
}
