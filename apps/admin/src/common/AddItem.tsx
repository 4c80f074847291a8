import AddIcon from '@mui/icons-material/Add';
import { Button, type ButtonProps, useSimpleFormIterator } from 'react-admin';

/**
 * The "add" button of a list of items in a form (guests, tasks), with words: a lone "+" under an empty list
 * is easy to miss.
 */
export function AddItem(props: ButtonProps) {
  const { add } = useSimpleFormIterator();
  return (
    <Button variant="outlined" size="small" onClick={() => add()} {...props}>
      <AddIcon />
    </Button>
  );
}
