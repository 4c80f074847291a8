import { EditPage } from '../../common/pages';
import { withoutHiddenDays } from './hiddenDays';
import { MemberInputs } from './MemberInputs';

/** The API's refusals (card number taken, dates) land on the inputs; branch changes go through a transfer. */
export function MemberEdit() {
  return (
    <EditPage transform={withoutHiddenDays}>
      <MemberInputs mode="edit" />
    </EditPage>
  );
}
