import SwapHorizIcon from '@mui/icons-material/SwapHoriz';
import { Dialog, DialogActions, DialogContent, DialogTitle, Stack } from '@mui/material';
import { useState } from 'react';
import {
  AutocompleteInput,
  Button,
  Form,
  HttpError,
  maxLength,
  ReferenceInput,
  required,
  ResourceContextProvider,
  SaveButton,
  TextInput,
  useCanAccess,
  useCreate,
  useNotify,
  useRecordContext,
  useRefresh,
  useTranslate,
} from 'react-admin';
import { useWatch } from 'react-hook-form';
import { DayInput } from '../../common/DayInput';
import { todayInVietnam } from '../../dataProvider/filters';
import type { MemberRecord } from '../../dataProvider/types';

interface TransferValues {
  branchId?: string;
  partyGroupId?: string | null;
  on?: string;
  note?: string | null;
}

function GroupOfBranch() {
  const branchId = useWatch({ name: 'branchId' }) as string | undefined;
  return (
    <ReferenceInput
      source="partyGroupId"
      reference="organizations"
      filter={{ kind: ['PARTY_GROUP'], parentId: branchId }}
      sort={{ field: 'name', order: 'ASC' }}
      enableGetChoices={() => !!branchId}
    >
      <AutocompleteInput optionText="name" disabled={!branchId} fullWidth />
    </ReferenceInput>
  );
}

/**
 * Moves the member to another branch from a day (transferMember): the current membership ends that day and
 * the new one starts, so the history stays true. The API's refusals are shown on the dialog's inputs.
 */
export function TransferButton() {
  const record = useRecordContext<MemberRecord>();
  const [open, setOpen] = useState(false);
  const [create] = useCreate();
  const notify = useNotify();
  const refresh = useRefresh();
  const translate = useTranslate();
  const { canAccess } = useCanAccess({ resource: 'memberTransfers', action: 'create' });
  if (!record || !canAccess) return null;

  const submit = async (values: TransferValues) => {
    try {
      await create('memberTransfers', { data: { ...values, memberId: record.id } }, { returnPromise: true });
    } catch (error) {
      if (error instanceof HttpError && error.body?.errors) return error.body.errors;
      notify(error instanceof Error ? error.message : 'ra.notification.http_error', { type: 'error' });
      return undefined;
    }
    notify('chibo.actions.transferred', { type: 'success' });
    setOpen(false);
    refresh();
    return undefined;
  };

  return (
    <>
      <Button label="chibo.actions.transfer" onClick={() => setOpen(true)}>
        <SwapHorizIcon />
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} fullWidth maxWidth="sm">
        <ResourceContextProvider value="memberTransfers">
        <Form onSubmit={submit} defaultValues={{ on: todayInVietnam() }}>
          <DialogTitle>{translate('chibo.actions.transfer_title', { name: record.fullName })}</DialogTitle>
          <DialogContent>
            <Stack>
              <ReferenceInput source="branchId" reference="organizations" filter={{ kind: ['BRANCH'] }} sort={{ field: 'name', order: 'ASC' }}>
                <AutocompleteInput optionText="name" validate={required()} filterToQuery={(q: string) => ({ q })} fullWidth />
              </ReferenceInput>
              <GroupOfBranch />
              <DayInput source="on" validate={required()} />
              <TextInput source="note" validate={maxLength(300)} fullWidth />
            </Stack>
          </DialogContent>
          <DialogActions>
            <Button label="ra.action.cancel" onClick={() => setOpen(false)} />
            <SaveButton label="chibo.actions.transfer" icon={<SwapHorizIcon />} alwaysEnable />
          </DialogActions>
        </Form>
        </ResourceContextProvider>
      </Dialog>
    </>
  );
}
