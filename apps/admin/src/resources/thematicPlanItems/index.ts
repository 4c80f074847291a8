import EventRepeatIcon from '@mui/icons-material/EventRepeat';
import type { ThematicPlanItemRecord } from '../../dataProvider/types';
import { ThematicPlanItemCreate, ThematicPlanItemEdit } from './ThematicPlanItemForms';
import { ThematicPlanItemList } from './ThematicPlanItemList';

/** The annual plans of thematic meetings, a quarter a record, reported to the ward committee. */
export default {
  list: ThematicPlanItemList,
  create: ThematicPlanItemCreate,
  edit: ThematicPlanItemEdit,
  icon: EventRepeatIcon,
  recordRepresentation: (record: ThematicPlanItemRecord) => `Q${record.quarter}/${record.year} – ${record.title}`,
};
