import LocationCityIcon from '@mui/icons-material/LocationCity';
import { WardCreate } from './WardCreate';
import { WardEdit } from './WardEdit';
import { WardList } from './WardList';
import { WardShow } from './WardShow';

export default {
  list: WardList,
  show: WardShow,
  edit: WardEdit,
  create: WardCreate,
  icon: LocationCityIcon,
  recordRepresentation: 'name',
};
