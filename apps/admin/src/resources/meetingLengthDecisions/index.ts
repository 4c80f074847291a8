import TimerIcon from '@mui/icons-material/Timer';
import type { MeetingLengthDecisionRecord } from '../../dataProvider/types';
import { LengthDecisionCreate, LengthDecisionEdit } from './LengthDecisionForms';
import { LengthDecisionList } from './LengthDecisionList';
import { LengthDecisionShow } from './LengthDecisionShow';

/** Committees' decisions on meeting length under 42-HD/BTCTW: read by every role, kept by the party office. */
export default {
  list: LengthDecisionList,
  show: LengthDecisionShow,
  edit: LengthDecisionEdit,
  create: LengthDecisionCreate,
  icon: TimerIcon,
  recordRepresentation: (record: MeetingLengthDecisionRecord) => record.decisionReference,
};
