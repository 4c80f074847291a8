import BadgeIcon from '@mui/icons-material/Badge';
import { enumLabel } from '../../common/enums';
import type { PositionRecord } from '../../dataProvider/types';
import { i18nProvider } from '../../i18n';
import { PositionCreate } from './PositionCreate';
import { PositionEdit } from './PositionEdit';
import { PositionList } from './PositionList';

export default {
  list: PositionList,
  edit: PositionEdit,
  create: PositionCreate,
  icon: BadgeIcon,
  // A string (not an element) so page titles can use it; the provider translates in the current language.
  recordRepresentation: (record: PositionRecord) =>
    `${i18nProvider.translate(enumLabel('PositionRole', record.role))} – ${record.member?.fullName ?? ''}`,
};
