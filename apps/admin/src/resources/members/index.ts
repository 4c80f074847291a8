import PersonIcon from '@mui/icons-material/Person';
import { MemberCreate } from './MemberCreate';
import { MemberEdit } from './MemberEdit';
import { MemberList } from './MemberList';
import { MemberShow } from './MemberShow';

export default {
  list: MemberList,
  show: MemberShow,
  edit: MemberEdit,
  create: MemberCreate,
  icon: PersonIcon,
  recordRepresentation: 'fullName',
};
