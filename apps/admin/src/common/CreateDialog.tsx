import AddIcon from '@mui/icons-material/Add';
import type { ReactNode } from 'react';
import { Button, SaveButton, useCanAccess, useCreate, useTranslate } from 'react-admin';
import { FormDialog } from './FormDialog';

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
  const [create] = useCreate();
  const translate = useTranslate();
  const { canAccess } = useCanAccess({ resource: props.resource, action: 'create' });
  if (!canAccess) return null;
  return (
    <FormDialog
      button={(open) => (
        <Button label={props.label} onClick={open}>
          <AddIcon />
        </Button>
      )}
      resource={props.resource}
      title={translate(props.title)}
      // A record of its own: inside a show page the form would otherwise start from the page's record.
      record={{}}
      defaultValues={props.defaultValues}
      send={(values) => {
        const data = { ...values, ...props.values };
        return create(props.resource, { data: props.transform ? props.transform(data) : data }, { returnPromise: true });
      }}
      saved={props.saved}
      saveButton={<SaveButton label={props.label} icon={<AddIcon />} alwaysEnable />}
    >
      {props.children}
    </FormDialog>
  );
}
