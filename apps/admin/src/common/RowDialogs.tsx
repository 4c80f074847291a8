import DeleteIcon from '@mui/icons-material/Delete';
import EditIcon from '@mui/icons-material/Edit';
import SaveIcon from '@mui/icons-material/Save';
import { IconButton, Tooltip } from '@mui/material';
import { type ReactNode, useState } from 'react';
import { Confirm, type RaRecord, SaveButton, useCanAccess, useDelete, useNotify, useRefresh, useTranslate, useUpdate } from 'react-admin';
import { errorMessage, FormDialog } from './FormDialog';

/**
 * Edit and delete for a row of a page's own table (a resolution's reviews): small icon buttons opening a
 * dialog, shown to those who may. Saving is pessimistic, with the version the row was read at, so the API's
 * refusals land on the dialog's inputs; then the page is read again.
 */

export function EditDialogButton(props: {
  resource: string;
  record: RaRecord;
  /** Tooltip and dialog title. */
  title: string;
  saved: string;
  transform?: (data: Record<string, unknown>) => Record<string, unknown>;
  children: ReactNode;
}) {
  const [update] = useUpdate();
  const translate = useTranslate();
  const { canAccess } = useCanAccess({ resource: props.resource, action: 'edit', record: props.record });
  if (!canAccess) return null;
  return (
    <FormDialog
      button={(open) => (
        <Tooltip title={translate(props.title)}>
          <IconButton size="small" aria-label={translate(props.title)} onClick={open}>
            <EditIcon fontSize="small" />
          </IconButton>
        </Tooltip>
      )}
      resource={props.resource}
      title={translate(props.title)}
      record={props.record}
      send={(values) =>
        update(
          props.resource,
          { id: props.record.id, data: props.transform ? props.transform(values) : values, previousData: props.record },
          { mutationMode: 'pessimistic', returnPromise: true },
        )
      }
      saved={props.saved}
      saveButton={<SaveButton icon={<SaveIcon />} />}
    >
      {props.children}
    </FormDialog>
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
  /**
   * What opens the confirmation, when not the row's delete icon (e.g. a chip's delete mark); given no opener for a
   * viewer who may not delete, so it still shows.
   */
  button?: (open: (() => void) | undefined) => ReactNode;
}) {
  const [open, setOpen] = useState(false);
  const [remove, { isPending }] = useDelete();
  const notify = useNotify();
  const refresh = useRefresh();
  const translate = useTranslate();
  const { canAccess } = useCanAccess({ resource: props.resource, action: 'delete', record: props.record });
  if (!canAccess) return props.button ? props.button(undefined) : null;

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
      {props.button ? (
        props.button(() => setOpen(true))
      ) : (
        <Tooltip title={translate(props.label)}>
          <IconButton size="small" color="error" aria-label={translate(props.label)} onClick={() => setOpen(true)}>
            <DeleteIcon fontSize="small" />
          </IconButton>
        </Tooltip>
      )}
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
