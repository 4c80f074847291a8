import GroupsIcon from '@mui/icons-material/Groups';
import { OrganizationShow } from '../organizations/OrganizationShow';
import { PartyGroupCreate } from './PartyGroupCreate';
import { PartyGroupEdit } from './PartyGroupEdit';
import { PartyGroupList } from './PartyGroupList';

/** Party groups are organizations of one kind; their page is the organization page, which adapts its tabs. */
export default {
  list: PartyGroupList,
  show: OrganizationShow,
  edit: PartyGroupEdit,
  create: PartyGroupCreate,
  icon: GroupsIcon,
  recordRepresentation: 'name',
};
