import { EditPage } from '../../common/pages';
import { MemberInputs, withoutHiddenOfficialDay } from './MemberInputs';

/** The API's refusals (card number taken, dates) land on the inputs; branch changes go through a transfer. */
export function MemberEdit() {
  return (
    <EditPage transform={withoutHiddenOfficialDay}>
      <MemberInputs mode="edit" />
    </EditPage>
  );
}
