import { Stack } from '@mui/material';
import type { ReactElement, ReactNode } from 'react';
import {
  CreateButton,
  DeleteButton,
  Edit,
  EditButton,
  type EditProps,
  ExportButton,
  FilterButton,
  SaveButton,
  Show,
  SimpleForm,
  Toolbar,
  TopToolbar,
} from 'react-admin';

/**
 * Save, and delete with undo. Edit forms are pessimistic (server checks must reach the inputs), and react-admin
 * would pass that mode on to the delete button too, turning it into a confirmation dialog: undo is kept here.
 */
export function FormToolbar() {
  return (
    <Toolbar sx={{ justifyContent: 'space-between' }}>
      <SaveButton />
      <DeleteButton mutationMode="undoable" />
    </Toolbar>
  );
}

/**
 * A record's edit page: pessimistic, so the API's refusals (dates, codes, a stale version) land on the form's
 * inputs instead of after an undo delay; saved, it goes to the record's page unless told otherwise.
 */
export function EditPage({
  redirect = 'show',
  transform,
  toolbar = <FormToolbar />,
  children,
}: Pick<EditProps, 'redirect' | 'transform'> & { toolbar?: ReactElement; children: ReactNode }) {
  return (
    <Edit mutationMode="pessimistic" redirect={redirect} transform={transform}>
      <SimpleForm toolbar={toolbar}>{children}</SimpleForm>
    </Edit>
  );
}

/** A record's page, with the edit button (shown to those who may edit) after the page's own actions. */
export function ShowPage({ actions, children }: { actions?: ReactNode; children: ReactNode }) {
  return (
    <Show
      actions={
        <TopToolbar>
          {actions}
          <EditButton />
        </TopToolbar>
      }
    >
      {children}
    </Show>
  );
}

/**
 * A list's actions: the list's own first, then more filters (where some are hidden), create (shown to those who
 * may) and export (up to `exportMax` rows), each unless turned off.
 */
export function ListActions({
  children,
  filters = false,
  create = true,
  exportMax,
}: {
  children?: ReactNode;
  filters?: boolean;
  create?: boolean;
  /** Rows an export reads at most (react-admin's default without); false: no export. */
  exportMax?: number | false;
}) {
  return (
    <TopToolbar>
      {children}
      {filters && <FilterButton />}
      {create && <CreateButton />}
      {exportMax !== false && <ExportButton maxResults={exportMax} />}
    </TopToolbar>
  );
}

/** A row of labelled fields on a record's page, wrapping on a narrow screen. */
export function FieldRow({ children }: { children: ReactNode }) {
  return (
    <Stack direction="row" spacing={4} useFlexGap flexWrap="wrap">
      {children}
    </Stack>
  );
}
