import RuleIcon from '@mui/icons-material/Rule';
import type { MeetingRuleSetRecord } from '../../dataProvider/types';
import { RuleSetCreate, RuleSetEdit } from './RuleSetForms';
import { RuleSetList } from './RuleSetList';
import { RuleSetShow } from './RuleSetShow';

/** The documents meetings are judged by: read by every role, kept by the office. */
export default {
  list: RuleSetList,
  show: RuleSetShow,
  edit: RuleSetEdit,
  create: RuleSetCreate,
  icon: RuleIcon,
  recordRepresentation: (record: MeetingRuleSetRecord) => record.documentNumber,
};
