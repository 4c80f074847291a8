import FlagIcon from '@mui/icons-material/Flag';
import type { PilotRecord } from '../../dataProvider/supervisionTypes';
import { PilotList } from './PilotList';

/** Pilot branches of a year: read by every role, chosen by those who supervise (created and deleted from the list). */
export default {
  list: PilotList,
  icon: FlagIcon,
  recordRepresentation: (record: PilotRecord) => `${record.branch?.name ?? ''} (${record.year})`,
};
