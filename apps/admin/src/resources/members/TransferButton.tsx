import SwapHorizIcon from '@mui/icons-material/SwapHoriz';
import { Button, maxLength, required, SaveButton, TextInput, useCanAccess, useCreate, useRecordContext, useTranslate } from 'react-admin';
import { useWatch } from 'react-hook-form';
import { DayInput } from '../../common/DayInput';
import { FormDialog } from '../../common/FormDialog';
import { BranchPicker, PartyGroupPicker } from '../../common/pickers';
import { todayInVietnam } from '../../dataProvider/filters';
import type { MemberRecord } from '../../dataProvider/types';

function GroupOfBranch() {
  const branchId = useWatch({ name: 'branchId' }) as string | undefined;
  return <PartyGroupPicker source="partyGroupId" branchId={branchId} input={{ fullWidth: true }} />;
}

/**
 * Moves the member to another branch from a day (transferMember): the current membership ends that day and
 * the new one starts, so the history stays true. The API's refusals are shown on the dialog's inputs.
 */
export function TransferButton() {
  const record = useRecordContext<MemberRecord>();
  const [create] = useCreate();
  const translate = useTranslate();
  const { canAccess } = useCanAccess({ resource: 'memberTransfers', action: 'create' });
  if (!record || !canAccess) return null;
  return (
    <FormDialog
      button={(open) => (
        <Button label="chibo.actions.transfer" onClick={open}>
          <SwapHorizIcon />
        </Button>
      )}
      resource="memberTransfers"
      title={translate('chibo.actions.transfer_title', { name: record.fullName })}
      defaultValues={{ on: todayInVietnam() }}
      send={(values) => create('memberTransfers', { data: { ...values, memberId: record.id } }, { returnPromise: true })}
      saved="chibo.actions.transferred"
      saveButton={<SaveButton label="chibo.actions.transfer" icon={<SwapHorizIcon />} alwaysEnable />}
    >
      <BranchPicker source="branchId" input={{ validate: required(), fullWidth: true }} />
      <GroupOfBranch />
      <DayInput source="on" validate={required()} />
      <TextInput source="note" validate={maxLength(300)} fullWidth />
    </FormDialog>
  );
}
