import AccountTreeIcon from '@mui/icons-material/AccountTree';
import { Alert, Button, CardContent, CircularProgress, Stack, Typography } from '@mui/material';
import { useState } from 'react';
import { Form, Login, PasswordInput, required, TextInput, useLogin, useTranslate } from 'react-admin';

interface Credentials {
  username?: string;
  password?: string;
}

/**
 * react-admin's form, with its refusal shown inside the card: a notification at the bottom of the screen
 * is easy to miss, and "wait before trying again" must be read. The auth provider's messages are
 * translation keys, so they read the same in both languages.
 */
function LoginForm() {
  const login = useLogin();
  const translate = useTranslate();
  const [error, setError] = useState<string>();
  const [pending, setPending] = useState(false);

  const submit = async (values: Credentials) => {
    setPending(true);
    setError(undefined);
    try {
      await login(values);
    } catch (failure) {
      const key = failure instanceof Error && failure.message ? failure.message : 'ra.auth.sign_in_error';
      const seconds = (failure as { seconds?: number }).seconds;
      setError(translate(key, { _: key, seconds, smart_count: seconds }));
    } finally {
      setPending(false);
    }
  };

  return (
    <Form onSubmit={submit} noValidate>
      <CardContent sx={{ pt: 1 }}>
        <Stack>
          <TextInput source="username" label="ra.auth.username" autoComplete="username" autoFocus validate={required()} fullWidth />
          <PasswordInput source="password" label="ra.auth.password" autoComplete="current-password" validate={required()} fullWidth />
        </Stack>
        {error && (
          <Alert severity="error" sx={{ mb: 2 }}>
            {error}
          </Alert>
        )}
        <Button variant="contained" type="submit" disabled={pending} fullWidth>
          {pending ? <CircularProgress size={19} thickness={3} /> : translate('ra.auth.sign_in')}
        </Button>
      </CardContent>
    </Form>
  );
}

/**
 * The sign-in page: the app's name and what it is for above the form, in the panel's own colours (a red
 * band like the app bar over the page background) rather than react-admin's dark blue.
 */
export function LoginPage() {
  const translate = useTranslate();
  return (
    <Login
      avatarIcon={<AccountTreeIcon />}
      sx={{
        backgroundImage: 'linear-gradient(#a31515 0, #a31515 260px, #f6f4f1 260px)',
        '& .RaLogin-card': { width: 400, maxWidth: '94vw' },
        '& .RaLogin-avatar .MuiAvatar-root': { bgcolor: 'secondary.main' },
      }}
    >
      <CardContent sx={{ pb: 0, pt: 0, textAlign: 'center' }}>
        <Typography variant="h5" component="h1" sx={{ fontWeight: 700 }}>
          {translate('chibo.title')}
        </Typography>
        <Typography variant="subtitle1" color="text.secondary" gutterBottom>
          {translate('chibo.auth.title')}
        </Typography>
        <Typography variant="body2" color="text.secondary" sx={{ textAlign: 'left' }}>
          {translate('chibo.auth.intro')}
        </Typography>
      </CardContent>
      <LoginForm />
    </Login>
  );
}
