import { Dialog, DialogActions, DialogContent, DialogTitle, Stack } from '@mui/material';
import { type ReactNode, useState } from 'react';
import { Button, Form, HttpError, type RaRecord, ResourceContextProvider, useNotify, useRefresh } from 'react-admin';

/** What a failed call says when it is not a refusal naming fields. */
export const errorMessage = (error: unknown) => (error instanceof Error ? error.message : 'ra.notification.http_error');

/**
 * A button opening a small form on `resource` in a dialog (add a task, change a review, transfer a member).
 * The API's refusals land on the dialog's inputs; once saved, the dialog closes, says so, and the page is read
 * again.
 */
export function FormDialog(props: {
  /** The button that opens the dialog. */
  button: (open: () => void) => ReactNode;
  resource: string;
  /** The dialog's title, translated. */
  title: string;
  /** The values the form starts from; without one, the record of the page around it. */
  record?: Partial<RaRecord>;
  defaultValues?: Record<string, unknown>;
  /** Sends the form's values to the API. */
  send: (values: Record<string, unknown>) => Promise<unknown>;
  /** What is said once saved. */
  saved: string;
  saveButton: ReactNode;
  children: ReactNode;
}) {
  const [open, setOpen] = useState(false);
  const notify = useNotify();
  const refresh = useRefresh();
  const close = () => setOpen(false);

  const submit = async (values: Record<string, unknown>) => {
    try {
      await props.send(values);
    } catch (error) {
      if (error instanceof HttpError && error.body?.errors) return error.body.errors;
      notify(errorMessage(error), { type: 'error' });
      return undefined;
    }
    notify(props.saved, { type: 'success' });
    close();
    refresh();
    return undefined;
  };

  return (
    <>
      {props.button(() => setOpen(true))}
      <Dialog open={open} onClose={close} fullWidth maxWidth="sm">
        <ResourceContextProvider value={props.resource}>
          <Form onSubmit={submit} record={props.record} defaultValues={props.defaultValues}>
            <DialogTitle>{props.title}</DialogTitle>
            <DialogContent>
              <Stack>{props.children}</Stack>
            </DialogContent>
            <DialogActions>
              <Button label="ra.action.cancel" onClick={close} />
              {props.saveButton}
            </DialogActions>
          </Form>
        </ResourceContextProvider>
      </Dialog>
    </>
  );
}
