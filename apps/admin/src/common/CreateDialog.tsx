import AddIcon from '@mui/icons-material/Add';
import { Dialog, DialogActions, DialogContent, DialogTitle, Stack } from '@mui/material';
import { type ReactNode, useState } from 'react';
import {
  Button,
  Form,
  HttpError,
  ResourceContextProvider,
  SaveButton,
  useCanAccess,
  useCreate,
  useNotify,
  useRefresh,
  useTranslate,
} from 'react-admin';

/**
 * A button opening a small form that creates a record of `resource` with fixed values (the resolution a task
 * or a review belongs to) and the inputs given. The API's refusals are shown on the dialog's inputs.
 */
export function CreateDialogButton(props: {
  resource: string;
  label: string;
  title: string;
  values: Record<string, unknown>;
  defaultValues?: Record<string, unknown>;
  transform?: (data: Record<string, unknown>) => Record<string, unknown>;
  saved: string;
  children: ReactNode;
}) {
  const [open, setOpen] = useState(false);
  const [create] = useCreate();
  const notify = useNotify();
  const refresh = useRefresh();
  const translate = useTranslate();
  const { canAccess } = useCanAccess({ resource: props.resource, action: 'create' });
  if (!canAccess) return null;

  const submit = async (values: Record<string, unknown>) => {
    const data = { ...values, ...props.values };
    try {
      await create(props.resource, { data: props.transform ? props.transform(data) : data }, { returnPromise: true });
    } catch (error) {
      if (error instanceof HttpError && error.body?.errors) return error.body.errors;
      notify(error instanceof Error ? error.message : 'ra.notification.http_error', { type: 'error' });
      return undefined;
    }
    notify(props.saved, { type: 'success' });
    setOpen(false);
    refresh();
    return undefined;
  };

  return (
    <>
      <Button label={props.label} onClick={() => setOpen(true)}>
        <AddIcon />
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} fullWidth maxWidth="sm">
        <ResourceContextProvider value={props.resource}>
          {/* A record of its own: inside a show page the form would otherwise start from the page's record. */}
          <Form onSubmit={submit} record={{}} defaultValues={props.defaultValues}>
            <DialogTitle>{translate(props.title)}</DialogTitle>
            <DialogContent>
              <Stack>{props.children}</Stack>
            </DialogContent>
            <DialogActions>
              <Button label="ra.action.cancel" onClick={() => setOpen(false)} />
              <SaveButton label={props.label} icon={<AddIcon />} alwaysEnable />
            </DialogActions>
          </Form>
        </ResourceContextProvider>
      </Dialog>
    </>
  );
}
