import AccountTreeIcon from '@mui/icons-material/AccountTree';
import { OrganizationCreate } from './OrganizationCreate';
import { OrganizationEdit } from './OrganizationEdit';
import { OrganizationList } from './OrganizationList';
import { OrganizationShow } from './OrganizationShow';

export default {
  list: OrganizationList,
  show: OrganizationShow,
  edit: OrganizationEdit,
  create: OrganizationCreate,
  icon: AccountTreeIcon,
  recordRepresentation: 'name',
};
