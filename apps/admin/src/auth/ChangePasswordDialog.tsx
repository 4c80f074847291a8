import KeyIcon from '@mui/icons-material/Key';
import { Dialog, DialogActions, DialogContent, DialogTitle, Stack } from '@mui/material';
import {
  Button,
  Form,
  minLength,
  PasswordInput,
  required,
  SaveButton,
  useAuthProvider,
  useNotify,
  useTranslate,
} from 'react-admin';
import type { ChiBoAuthProvider } from '../authProvider';
import { withoutFieldPrefix } from '../dataProvider/errors';
import { ApiError } from './request';

/** The API's minimum (SESSION_POLICY.minPasswordLength in @chibo/domain), checked here first; the API has the last word. */
export const MIN_PASSWORD = 10;

interface PasswordValues {
  currentPassword?: string;
  newPassword?: string;
  confirmPassword?: string;
}

const FIELDS = ['currentPassword', 'newPassword'];

/*
 * Checks across inputs, as input validators: a form-level validator would replace the inputs' own (react-hook-form
 * uses either a resolver or field rules, never both), and the minimum length would go unchecked.
 */
const differsFromCurrent = (value: unknown, values: PasswordValues) =>
  value && value === values.currentPassword ? 'chibo.auth.same_password' : undefined;
const matchesNew = (value: unknown, values: PasswordValues) =>
  value && value !== values.newPassword ? 'chibo.auth.passwords_differ' : undefined;

/**
 * The signed-in user changes their own password. A refusal that names an input (a wrong current password,
 * a new one the API finds too weak) is shown under it; anything else is notified.
 */
export function ChangePasswordDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const authProvider = useAuthProvider<ChiBoAuthProvider>();
  const notify = useNotify();
  const translate = useTranslate();

  const submit = async (values: PasswordValues) => {
    try {
      await authProvider?.changePassword({
        currentPassword: values.currentPassword ?? '',
        newPassword: values.newPassword ?? '',
      });
    } catch (error) {
      if (error instanceof ApiError && error.field && FIELDS.includes(error.field)) {
        return { [error.field]: withoutFieldPrefix(error.message) };
      }
      if (error instanceof ApiError && error.code === 'UNAUTHENTICATED' && !error.field) {
        // The API refuses a wrong current password as it refuses a wrong sign-in.
        return { currentPassword: 'chibo.auth.wrong_credentials' };
      }
      notify(error instanceof Error ? error.message : 'ra.notification.http_error', { type: 'error' });
      return undefined;
    }
    notify('chibo.auth.password_changed', { type: 'success' });
    onClose();
    return undefined;
  };

  return (
    <Dialog open={open} onClose={onClose} fullWidth maxWidth="xs">
      {/* A fresh form each time the dialog opens: passwords must not linger in a closed dialog. */}
      {open && (
        <Form onSubmit={submit} noValidate>
          <DialogTitle>{translate('chibo.auth.change_password')}</DialogTitle>
          <DialogContent>
            <Stack>
              <PasswordInput
                source="currentPassword"
                label="chibo.auth.current_password"
                autoComplete="current-password"
                validate={required()}
                fullWidth
              />
              <PasswordInput
                source="newPassword"
                label="chibo.auth.new_password"
                autoComplete="new-password"
                validate={[required(), minLength(MIN_PASSWORD), differsFromCurrent]}
                helperText={translate('chibo.auth.password_hint', { min: MIN_PASSWORD })}
                fullWidth
              />
              <PasswordInput
                source="confirmPassword"
                label="chibo.auth.confirm_password"
                autoComplete="new-password"
                validate={[required(), matchesNew]}
                fullWidth
              />
            </Stack>
          </DialogContent>
          <DialogActions>
            <Button label="ra.action.cancel" onClick={onClose} />
            <SaveButton label="chibo.auth.change_password" icon={<KeyIcon />} alwaysEnable />
          </DialogActions>
        </Form>
      )}
    </Dialog>
  );
}
