import EventNoteIcon from '@mui/icons-material/EventNote';
import { enumLabel } from '../../common/enums';
import type { MeetingRecord } from '../../dataProvider/types';
import { i18nProvider } from '../../i18n';
import { MeetingCreate } from './MeetingCreate';
import { MeetingEdit } from './MeetingEdit';
import { MeetingList, meetingTitle } from './MeetingList';
import { MeetingShow } from './MeetingShow';

export { AttendanceSheet } from './AttendanceSheet';
export { MeetingCalendar } from './MeetingCalendar';
export { MeetingPrint } from './MeetingPrint';

/** Meetings of branches and party groups; the calendar, attendance sheet and printed record are routes of their own. */
export default {
  list: MeetingList,
  show: MeetingShow,
  edit: MeetingEdit,
  create: MeetingCreate,
  icon: EventNoteIcon,
  recordRepresentation: (record: MeetingRecord) =>
    meetingTitle(record, i18nProvider.translate(enumLabel('MeetingKind', record.kind))),
};
