import { Alert, Typography } from '@mui/material';
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

/**
 * "—" for an empty value inside react-admin's Labeled, which shows its label only around components (a plain
 * element would lose the label).
 */
export function Dash() {
  return (
    <Typography component="span" variant="body2">
      —
    </Typography>
  );
}

/** A page that cannot be shown (access refused, record gone), saying why. */
export function PageError({ message }: { message: string }) {
  const translate = useTranslate();
  return (
    <Alert severity="error" sx={{ mt: 2 }}>
      {translate(message)}
    </Alert>
  );
}
