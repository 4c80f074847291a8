import HistoryIcon from '@mui/icons-material/History';
import { formatDateTime } from '../../common/days';
import type { AuditEntryRecord } from '../../dataProvider/types';
import { AuditEntryList } from './AuditEntryList';
import { AuditEntryShow } from './AuditEntryShow';

/** The audit log: written by the API on every change and sign-in, only read here (no create or edit pages). */
export default {
  list: AuditEntryList,
  show: AuditEntryShow,
  icon: HistoryIcon,
  recordRepresentation: (record: AuditEntryRecord) => `${formatDateTime(record.at)} · ${record.username}`,
};
