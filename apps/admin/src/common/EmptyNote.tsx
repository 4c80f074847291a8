import { Typography } from '@mui/material';
import { useTranslate } from 'react-admin';

/** What an empty related list says, in words, instead of a blank panel. */
export function EmptyNote({ message }: { message: string }) {
  const translate = useTranslate();
  return (
    <Typography variant="body2" color="text.secondary" sx={{ p: 2 }}>
      {translate(message)}
    </Typography>
  );
}
