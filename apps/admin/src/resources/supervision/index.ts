import SupervisorAccountIcon from '@mui/icons-material/SupervisorAccount';
import type { SupervisorAssignmentRecord } from '../../dataProvider/supervisionTypes';
import { InChargeCreate, InChargeEdit } from './InChargeForms';
import { InChargeList } from './InChargeList';

export { CompliancePage } from './CompliancePage';
export { QuarterBoard } from './QuarterBoard';
export { SchedulePrint } from './SchedulePrint';

/**
 * Committee members assigned to branches. The resource's list is the assignments in charge; the quarter board, the
 * compliance view and the printed schedule are its pages.
 */
export default {
  list: InChargeList,
  create: InChargeCreate,
  edit: InChargeEdit,
  icon: SupervisorAccountIcon,
  recordRepresentation: (record: SupervisorAssignmentRecord) => `${record.member?.fullName ?? ''} – ${record.branch?.name ?? ''}`,
};
