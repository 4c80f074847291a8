import { Create, SimpleForm } from 'react-admin';
import { useReturnTo } from '../../common/prefill';
import { withoutHiddenDays } from './hiddenDays';
import { MemberInputs } from './MemberInputs';

/** A new member, usually admitted by a branch: opened from the branch, it returns to the branch's member tab. */
export function MemberCreate() {
  return (
    <Create redirect={useReturnTo()} transform={withoutHiddenDays}>
      <SimpleForm defaultValues={{ status: 'PROBATIONARY', workStatus: 'WORKING' }}>
        <MemberInputs mode="create" />
      </SimpleForm>
    </Create>
  );
}
