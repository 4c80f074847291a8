import AssignmentTurnedInIcon from '@mui/icons-material/AssignmentTurnedIn';
import type { ResolutionTaskRecord } from '../../dataProvider/types';
import { ResolutionTaskEdit } from './ResolutionTaskEdit';
import { TaskBoard } from './TaskBoard';

/** Tasks of resolutions: the board lists them; they are created with their resolution or on its page. */
export default {
  list: TaskBoard,
  edit: ResolutionTaskEdit,
  icon: AssignmentTurnedInIcon,
  recordRepresentation: (record: ResolutionTaskRecord) => record.description,
};
