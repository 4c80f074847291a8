import GavelIcon from '@mui/icons-material/Gavel';
import type { ResolutionRecord } from '../../dataProvider/types';
import { ResolutionCreate } from './ResolutionCreate';
import { ResolutionEdit } from './ResolutionEdit';
import { ResolutionList } from './ResolutionList';
import { ResolutionShow } from './ResolutionShow';

/** Resolutions and conclusions of held meetings, created from a meeting's page with their tasks. */
export default {
  list: ResolutionList,
  show: ResolutionShow,
  edit: ResolutionEdit,
  create: ResolutionCreate,
  icon: GavelIcon,
  recordRepresentation: (record: ResolutionRecord) => record.title,
};
