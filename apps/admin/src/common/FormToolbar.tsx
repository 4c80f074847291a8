import { DeleteButton, SaveButton, Toolbar } from 'react-admin';

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
