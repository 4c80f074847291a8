import DeleteIcon from '@mui/icons-material/Delete';
import EditIcon from '@mui/icons-material/Edit';
import SaveIcon from '@mui/icons-material/Save';
import { Dialog, DialogActions, DialogContent, DialogTitle, IconButton, Stack, Tooltip } from '@mui/material';
import { type ReactNode, useState } from 'react';
import {
  Button,
  Confirm,
  Form,
  HttpError,
  type RaRecord,
  ResourceContextProvider,
  SaveButton,
  useCanAccess,
  useDelete,
  useNotify,
  useRefresh,
  useTranslate,
  useUpdate,
} from 'react-admin';

/**
 * Edit and delete for a row of a page's own table (a resolution's reviews): small icon buttons opening a
 * dialog, shown to those who may. Saving is pessimistic, with the version the row was read at, so the API's
 * refusals land on the dialog's inputs; then the page is read again.
 */

const errorMessage = (error: unknown) => (error instanceof Error ? error.message : 'ra.notification.http_error');

export function EditDialogButton(props: {
  resource: string;
  record: RaRecord;
  /** Tooltip and dialog title. */
  title: string;
  saved: string;
  transform?: (data: Record<string, unknown>) => Record<string, unknown>;
  children: ReactNode;
}) {
  const [open, setOpen] = useState(false);
  const [update] = useUpdate();
  const notify = useNotify();
  const refresh = useRefresh();
  const translate = useTranslate();
  const { canAccess } = useCanAccess({ resource: props.resource, action: 'edit', record: props.record });
  if (!canAccess) return null;

  const submit = async (values: Record<string, unknown>) => {
    const data = props.transform ? props.transform(values) : values;
    try {
      await update(
        props.resource,
        { id: props.record.id, data, previousData: props.record },
        { mutationMode: 'pessimistic', returnPromise: true },
      );
    } catch (error) {
      if (error instanceof HttpError && error.body?.errors) return error.body.errors;
      notify(errorMessage(error), { type: 'error' });
      return undefined;
    }
    notify(props.saved, { type: 'success' });
    setOpen(false);
    refresh();
    return undefined;
  };

  return (
    <>
      <Tooltip title={translate(props.title)}>
        <IconButton size="small" aria-label={translate(props.title)} onClick={() => setOpen(true)}>
          <EditIcon fontSize="small" />
        </IconButton>
      </Tooltip>
      <Dialog open={open} onClose={() => setOpen(false)} fullWidth maxWidth="sm">
        <ResourceContextProvider value={props.resource}>
          <Form onSubmit={submit} record={props.record}>
            <DialogTitle>{translate(props.title)}</DialogTitle>
            <DialogContent>
              <Stack>{props.children}</Stack>
            </DialogContent>
            <DialogActions>
              <Button label="ra.action.cancel" onClick={() => setOpen(false)} />
              <SaveButton icon={<SaveIcon />} />
            </DialogActions>
          </Form>
        </ResourceContextProvider>
      </Dialog>
    </>
  );
}

export function DeleteConfirmButton(props: {
  resource: string;
  record: RaRecord;
  /** Tooltip. */
  label: string;
  title: string;
  content: string;
  /** Arguments of the title and content. */
  args?: Record<string, unknown>;
  deleted: string;
}) {
  const [open, setOpen] = useState(false);
  const [remove, { isPending }] = useDelete();
  const notify = useNotify();
  const refresh = useRefresh();
  const translate = useTranslate();
  const { canAccess } = useCanAccess({ resource: props.resource, action: 'delete', record: props.record });
  if (!canAccess) return null;

  const confirm = () =>
    remove(
      props.resource,
      { id: props.record.id, previousData: props.record },
      {
        mutationMode: 'pessimistic',
        onSuccess: () => {
          setOpen(false);
          notify(props.deleted, { type: 'success' });
          refresh();
        },
        onError: (error) => {
          setOpen(false);
          notify(errorMessage(error), { type: 'error' });
        },
      },
    );

  return (
    <>
      <Tooltip title={translate(props.label)}>
        <IconButton size="small" color="error" aria-label={translate(props.label)} onClick={() => setOpen(true)}>
          <DeleteIcon fontSize="small" />
        </IconButton>
      </Tooltip>
      <Confirm
        isOpen={open}
        loading={isPending}
        title={props.title}
        content={props.content}
        titleTranslateOptions={props.args}
        contentTranslateOptions={props.args}
        confirm="ra.action.delete"
        confirmColor="warning"
        ConfirmIcon={DeleteIcon}
        onConfirm={confirm}
        onClose={() => setOpen(false)}
      />
    </>
  );
}
