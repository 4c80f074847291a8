import WarningAmberIcon from '@mui/icons-material/WarningAmber';
import { Box, Chip, Stack, Tooltip, Typography } from '@mui/material';
import { useLocaleState, useTranslate } from 'react-admin';
import { formatDay } from '../../common/days';
import { enumLabel } from '../../common/enums';
import { RefLink } from '../../common/RefField';
import { formatPercent } from '../../common/times';
import type { MeetingOrganization, MeetingRecord } from '../../dataProvider/types';

/** The day a meeting is known by: the day it was held, else the day it is planned for. */
export const meetingDay = (meeting: Pick<MeetingRecord, 'heldOn' | 'plannedOn'>) => meeting.heldOn ?? meeting.plannedOn ?? null;

/** Colours of the meeting kinds, the same in the list, the calendar and the pages. */
export const KIND_COLORS: Record<string, { main: string; light: string }> = {
  REGULAR: { main: '#a31515', light: '#fbeaea' },
  THEMATIC: { main: '#1565c0', light: '#e8f0fb' },
  COMBINED: { main: '#6a1b9a', light: '#f3e8f7' },
};

/**
 * "Chi bộ Tổ dân phố số 5" → "TDP số 5": the calendar's cells are narrow and every entry is a branch; "TDP" is
 * how ward offices abbreviate a residential group.
 */
export const shortName = (name: string) => name.replace(/^(Chi bộ|Đảng bộ)\s+/u, '').replace(/^Tổ dân phố\s+/u, 'TDP ');

export function KindChip({ kind, size = 'small' }: { kind: string; size?: 'small' | 'medium' }) {
  const translate = useTranslate();
  const color = KIND_COLORS[kind] ?? KIND_COLORS.REGULAR;
  return (
    <Chip
      size={size}
      label={translate(enumLabel('MeetingKind', kind))}
      sx={{ bgcolor: color.light, color: color.main, fontWeight: 600, border: `1px solid ${color.main}33` }}
    />
  );
}

/** The organization that met; a party group with its branch, as groups are named alike in every branch. */
export function MeetingOrganizationLink({ organization }: { organization: MeetingOrganization | null | undefined }) {
  if (!organization) return null;
  return (
    <Box component="span">
      <RefLink value={organization} reference="organizations" />
      {organization.kind === 'PARTY_GROUP' && organization.parent && (
        <Typography component="span" variant="caption" color="text.secondary">
          {' '}
          · {organization.parent.name}
        </Typography>
      )}
    </Box>
  );
}

/** "19:30–21:00"; either end alone when only one is known. */
export function timeRange(meeting: Pick<MeetingRecord, 'startTime' | 'endTime'>): string {
  if (!meeting.startTime && !meeting.endTime) return '';
  return `${meeting.startTime ?? '…'}–${meeting.endTime ?? '…'}`;
}

/** The day, marked as planned while the meeting has not been held, with its times under it. */
export function MeetingDayCell({ record }: { record: MeetingRecord }) {
  const translate = useTranslate();
  const times = timeRange(record);
  return (
    <Box sx={{ whiteSpace: 'nowrap' }}>
      <Typography variant="body2" sx={{ fontWeight: 500 }}>
        {formatDay(meetingDay(record))}
      </Typography>
      <Typography variant="caption" color={record.heldOn ? 'text.secondary' : 'info.main'}>
        {record.heldOn ? times : translate('chibo.meeting.planned')}
      </Typography>
    </Box>
  );
}

/** "Có mặt 45/48 · 93,8%", or why there is no figure yet. */
export function AttendanceFigure({ record, long = false }: { record: MeetingRecord; long?: boolean }) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  if (!record.heldOn) return null;
  if (!record.attendanceRecorded) {
    return (
      <Typography component="span" variant="caption" color="warning.main">
        {translate('chibo.meeting.attendance_missing')}
      </Typography>
    );
  }
  const figure = `${record.presentCount}/${record.expectedCount}`;
  return (
    <Typography component="span" variant="body2" sx={{ whiteSpace: 'nowrap' }}>
      {long ? translate('chibo.meeting.present_of_expected', { figure }) : figure}
      {record.attendanceRate != null && (
        <Typography component="span" variant="body2" color="text.secondary">
          {' '}
          · {formatPercent(record.attendanceRate, locale)}
        </Typography>
      )}
    </Typography>
  );
}

/** The findings as a warning chip naming the documents they fall short of; nothing when there are none. */
export function FindingsChip({ record }: { record: Pick<MeetingRecord, 'findingCount' | 'findings'> }) {
  const translate = useTranslate();
  if (!record.findingCount) return null;
  const documents = [...new Set(record.findings.map((f) => f.documentNumber))];
  return (
    <Tooltip title={translate('chibo.meeting.findings_by', { documents: documents.join(', ') })}>
      <Chip
        size="small"
        color="warning"
        icon={<WarningAmberIcon />}
        label={translate('chibo.meeting.finding_count', { smart_count: record.findingCount })}
        sx={{ fontWeight: 600 }}
      />
    </Tooltip>
  );
}

/** Kind, day and organization on one line, as the title strip of a meeting's pages. */
export function MeetingHeading({ record }: { record: MeetingRecord }) {
  const translate = useTranslate();
  return (
    <Stack direction="row" spacing={1.5} alignItems="center" useFlexGap flexWrap="wrap">
      <KindChip kind={record.kind} size="medium" />
      <Typography variant="h6" component="span" sx={{ fontWeight: 600 }}>
        {record.organization?.name}
      </Typography>
      <Typography variant="body1" component="span" color="text.secondary">
        {record.heldOn
          ? translate('chibo.meeting.held_on', { date: formatDay(record.heldOn) })
          : translate('chibo.meeting.planned_on', { date: formatDay(record.plannedOn) })}
        {timeRange(record) && ` · ${timeRange(record)}`}
      </Typography>
    </Stack>
  );
}
