import CalendarMonthIcon from '@mui/icons-material/CalendarMonth';
import { Button, DataTable, LinkBase, List, NullableBooleanInput, SelectInput } from 'react-admin';
import { col, useCsvExporter } from '../../common/csv';
import { formatDay } from '../../common/days';
import { enumChoices } from '../../common/enums';
import { branchFilter } from '../../common/filters';
import { ListActions } from '../../common/pages';
import { MonthInput } from '../../common/TimeInput';
import type { MeetingRecord } from '../../dataProvider/types';
import { AttendanceFigure, FindingsChip, KindChip, MeetingDayCell, MeetingOrganizationLink, meetingDay } from './fields';

const Column = DataTable.Col<MeetingRecord>;

/** Every filter in view, sized so the row fits beside the actions on a 1366-pixel screen. */
const filters = [
  branchFilter({ partyGroups: true, sx: { width: 240 } }),
  <MonthInput key="month" source="month" alwaysOn sx={{ width: 120 }} />,
  <SelectInput key="kind" source="kind" choices={enumChoices('MeetingKind')} alwaysOn sx={{ width: 190 }} />,
  <NullableBooleanInput key="withFindings" source="withFindings" label="resources.meetings.fields.findings" alwaysOn sx={{ width: 160 }} />,
];

/** Enough for a year of a ward's meetings in one file (about forty branches, twelve months and more). */
const EXPORT_LIMIT = 2000;

export function CalendarButton() {
  return (
    <Button component={LinkBase} label="chibo.meeting.calendar.open" to="/meetings/calendar">
      <CalendarMonthIcon />
    </Button>
  );
}

/**
 * Meetings across the ward (a secretary's: their branch's), latest first: who met, when, how many came,
 * and a warning chip where the meeting falls short of a rule. The calendar shows the same month by month.
 */
export function MeetingList() {
  const exporter = useCsvExporter<MeetingRecord>('sinh-hoat-chi-bo', [
    col.day('chibo.meeting.day', (r) => meetingDay(r)),
    col.text('resources.meetings.fields.organization', (r) => r.organization?.name),
    col.text('resources.meetings.fields.branch', (r) => r.branch?.name),
    col.enum('resources.meetings.fields.kind', 'MeetingKind', (r) => r.kind),
    col.flag('resources.meetings.fields.held', (r) => !!r.heldOn),
    col.text('resources.meetings.fields.startTime', (r) => r.startTime),
    col.text('resources.meetings.fields.endTime', (r) => r.endTime),
    col.text('resources.meetings.fields.place', (r) => r.place),
    col.text('resources.meetings.fields.expectedCount', (r) => (r.attendanceRecorded ? r.expectedCount : '')),
    col.text('resources.meetings.fields.presentCount', (r) => (r.attendanceRecorded ? r.presentCount : '')),
    col.text('resources.meetings.fields.attendanceRate', (r) =>
      r.attendanceRate == null ? '' : `${Math.round(r.attendanceRate * 1000) / 10}%`,
    ),
    col.text('resources.meetings.fields.findings', (r) => [...new Set(r.findings.map((f) => f.documentNumber))].join(', ')),
  ]);
  return (
    <List
      filters={filters}
      sort={{ field: 'day', order: 'DESC' }}
      perPage={25}
      exporter={exporter}
      actions={
        <ListActions exportMax={EXPORT_LIMIT}>
          <CalendarButton />
        </ListActions>
      }
    >
      <DataTable rowClick="show" bulkActionButtons={false}>
        <Column source="day" label="chibo.meeting.day" render={(r) => <MeetingDayCell record={r} />} />
        <Column source="organization" disableSort render={(r) => <MeetingOrganizationLink organization={r.organization} />} />
        <Column source="kind" render={(r) => <KindChip kind={r.kind} />} />
        <Column source="place" disableSort sx={{ maxWidth: 260 }} />
        <Column source="presentCount" label="chibo.meeting.attendance" disableSort render={(r) => <AttendanceFigure record={r} />} />
        <Column source="findings" disableSort render={(r) => <FindingsChip record={r} />} />
      </DataTable>
    </List>
  );
}

/** "Sinh hoạt thường kỳ – Chi bộ Tổ dân phố số 5 – 25/11/2026", for titles and exported names. */
export function meetingTitle(record: MeetingRecord, kindLabel: string): string {
  return [kindLabel, record.organization?.name, formatDay(meetingDay(record))].filter(Boolean).join(' – ');
}
