import AssignmentIndIcon from '@mui/icons-material/AssignmentInd';
import type { MemberTaskRecord } from '../../dataProvider/types';
import { MemberTaskCreate, MemberTaskEdit } from './MemberTaskForms';
import { MemberTaskList } from './MemberTaskList';

export { AssignmentSheet } from './AssignmentSheet';
export { MembersWithoutTask } from './MembersWithoutTask';

/** Each member's task for the year, assigned by their branch. */
export default {
  list: MemberTaskList,
  create: MemberTaskCreate,
  edit: MemberTaskEdit,
  icon: AssignmentIndIcon,
  recordRepresentation: (record: MemberTaskRecord) => `${record.member?.fullName ?? ''} – ${record.year}`,
};
