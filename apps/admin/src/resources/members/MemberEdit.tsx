import { Edit, SimpleForm } from 'react-admin';
import { FormToolbar } from '../../common/FormToolbar';
import { MemberInputs, withoutHiddenOfficialDay } from './MemberInputs';

/** Pessimistic, so the API's refusals (card number taken, dates) land on the inputs; branch changes go through a transfer. */
export function MemberEdit() {
  return (
    <Edit mutationMode="pessimistic" redirect="show" transform={withoutHiddenOfficialDay}>
      <SimpleForm toolbar={<FormToolbar />}>
        <MemberInputs mode="edit" />
      </SimpleForm>
    </Edit>
  );
}
