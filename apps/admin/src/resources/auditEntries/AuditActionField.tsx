import { Chip } from '@mui/material';
import { useTranslate } from 'react-admin';
import { enumLabel } from '../../common/enums';
import type { AuditAction } from '../../dataProvider/types';

const COLOR: Record<AuditAction, 'success' | 'info' | 'error' | 'default' | 'warning'> = {
  CREATE: 'success',
  UPDATE: 'info',
  DELETE: 'error',
  LOGIN: 'default',
  LOGOUT: 'default',
  PASSWORD_CHANGE: 'warning',
};

/** The action as a coloured chip: deletions must stand out when the log is scanned. */
export function AuditActionField({ action }: { action: AuditAction }) {
  const translate = useTranslate();
  return <Chip size="small" variant="outlined" color={COLOR[action] ?? 'default'} label={translate(enumLabel('AuditAction', action))} />;
}
