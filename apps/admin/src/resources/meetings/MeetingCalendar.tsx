import ChevronLeftIcon from '@mui/icons-material/ChevronLeft';
import ChevronRightIcon from '@mui/icons-material/ChevronRight';
import ListIcon from '@mui/icons-material/List';
import WarningAmberIcon from '@mui/icons-material/WarningAmber';
import { Box, Card, LinearProgress, Stack, Tooltip, Typography } from '@mui/material';
import { useMemo } from 'react';
import {
  Button,
  CreateButton,
  Link,
  LinkBase,
  Title,
  useCanAccess,
  useGetList,
  useLocaleState,
  useLocation,
  useNavigate,
  useTranslate,
} from 'react-admin';
import { formatDay } from '../../common/days';
import { enumLabel } from '../../common/enums';
import { calendarWeeks, formatMonth, isMonth, shiftMonth } from '../../common/times';
import { todayInVietnam } from '../../dataProvider/filters';
import type { MeetingRecord } from '../../dataProvider/types';
import { KIND_COLORS, meetingDay, shortName, timeRange } from './fields';

/** A ward holds a few meetings per branch a month; this reads any month of it in one request. */
const MONTH_LIMIT = 500;

const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

/** One meeting in a day's cell: the branch (group with its branch) in the kind's colour; planned ones dashed. */
function CalendarEntry({ meeting }: { meeting: MeetingRecord }) {
  const translate = useTranslate();
  const color = KIND_COLORS[meeting.kind] ?? KIND_COLORS.REGULAR;
  const organization = meeting.organization;
  const name = organization
    ? organization.kind === 'PARTY_GROUP' && organization.parent
      ? `${organization.name} · ${shortName(organization.parent.name)}`
      : shortName(organization.name)
    : '';
  const kind = translate(enumLabel('MeetingKind', meeting.kind));
  const details = [
    organization?.name,
    kind,
    meeting.heldOn ? timeRange(meeting) : translate('chibo.meeting.planned'),
    meeting.place,
    meeting.findingCount ? translate('chibo.meeting.finding_count', { smart_count: meeting.findingCount }) : null,
  ].filter(Boolean);
  return (
    <Tooltip title={details.join(' · ')} placement="top" disableInteractive>
      <Link
        to={`/meetings/${encodeURIComponent(meeting.id)}/show`}
        underline="none"
        sx={{
          display: 'flex',
          alignItems: 'center',
          gap: 0.5,
          px: 0.75,
          py: 0.25,
          mb: 0.5,
          borderRadius: 1,
          borderLeft: `3px ${meeting.heldOn ? 'solid' : 'dashed'} ${color.main}`,
          bgcolor: meeting.heldOn ? color.light : 'transparent',
          outline: meeting.heldOn ? undefined : `1px dashed ${color.main}66`,
          color: 'text.primary',
          '&:hover': { filter: 'brightness(0.95)' },
        }}
      >
        <Typography variant="caption" sx={{ fontWeight: 600, color: color.main, flexShrink: 0 }}>
          {translate(`chibo.meeting.kind_short.${meeting.kind}`)}
        </Typography>
        <Typography variant="caption" noWrap sx={{ flex: 1, minWidth: 0, lineHeight: 1.4 }}>
          {name}
        </Typography>
        {meeting.findingCount > 0 && <WarningAmberIcon color="warning" sx={{ fontSize: 14, flexShrink: 0 }} />}
      </Link>
    </Tooltip>
  );
}

function Legend() {
  const translate = useTranslate();
  return (
    <Stack direction="row" spacing={2} useFlexGap flexWrap="wrap" alignItems="center" sx={{ mt: 1.5 }}>
      {Object.entries(KIND_COLORS).map(([kind, color]) => (
        <Stack key={kind} direction="row" spacing={0.75} alignItems="center">
          <Box sx={{ width: 12, height: 12, borderRadius: 0.5, bgcolor: color.light, borderLeft: `3px solid ${color.main}` }} />
          <Typography variant="caption">
            <b style={{ color: color.main }}>{translate(`chibo.meeting.kind_short.${kind}`)}</b> {translate(enumLabel('MeetingKind', kind))}
          </Typography>
        </Stack>
      ))}
      <Stack direction="row" spacing={0.75} alignItems="center">
        <Box sx={{ width: 12, height: 12, borderRadius: 0.5, outline: '1px dashed #888', borderLeft: '3px dashed #888' }} />
        <Typography variant="caption">{translate('chibo.meeting.calendar.planned_legend')}</Typography>
      </Stack>
      <Stack direction="row" spacing={0.5} alignItems="center">
        <WarningAmberIcon color="warning" sx={{ fontSize: 16 }} />
        <Typography variant="caption">{translate('chibo.meeting.calendar.findings_legend')}</Typography>
      </Stack>
    </Stack>
  );
}

/**
 * The ward's meetings of a month on a calendar, Monday first: each day lists who met (or plans to) and the
 * kind of meeting. The month is in the address (?month=2026-11), so a reload or a shared link keeps it.
 */
/** "Tháng 11/2026" in Vietnamese, "November 2026" in English. */
export function monthTitle(month: string, locale: string): string {
  if (locale !== 'en') return formatMonth(month);
  const [year, m] = month.split('-').map(Number);
  return new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(Date.UTC(year, m - 1, 1)));
}

export function MeetingCalendar() {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const { search } = useLocation();
  const navigate = useNavigate();
  const today = todayInVietnam();
  const requested = new URLSearchParams(search).get('month');
  const month = isMonth(requested) ? requested : today.slice(0, 7);
  const { canAccess: canCreate } = useCanAccess({ resource: 'meetings', action: 'create' });
  const { data = [], isPending, total } = useGetList<MeetingRecord>('meetings', {
    filter: { month },
    pagination: { page: 1, perPage: MONTH_LIMIT },
    sort: { field: 'day', order: 'ASC' },
  });
  const byDay = useMemo(() => {
    const days = new Map<string, MeetingRecord[]>();
    for (const meeting of data) {
      const day = meetingDay(meeting);
      if (!day) continue;
      days.set(day, [...(days.get(day) ?? []), meeting]);
    }
    return days;
  }, [data]);
  const go = (next: string) => navigate({ search: `?month=${next}` });
  const held = data.filter((m) => m.heldOn).length;
  return (
    <Box sx={{ mt: 1, mb: 3 }}>
      <Title title="chibo.meeting.calendar.title" />
      <Stack direction="row" alignItems="center" spacing={1} useFlexGap flexWrap="wrap" sx={{ mb: 1 }}>
        <Button label="chibo.meeting.calendar.previous" onClick={() => go(shiftMonth(month, -1))}>
          <ChevronLeftIcon />
        </Button>
        <Typography variant="h5" component="h1" sx={{ fontWeight: 600, minWidth: 190, textAlign: 'center' }}>
          {translate('chibo.meeting.calendar.month', { month: monthTitle(month, locale) })}
        </Typography>
        <Button label="chibo.meeting.calendar.next" onClick={() => go(shiftMonth(month, 1))}>
          <ChevronRightIcon />
        </Button>
        {month !== today.slice(0, 7) && <Button label="chibo.meeting.calendar.this_month" onClick={() => go(today.slice(0, 7))} />}
        <Typography variant="body2" color="text.secondary" sx={{ ml: 1 }}>
          {isPending ? '' : translate('chibo.meeting.calendar.summary', { smart_count: total ?? data.length, held })}
        </Typography>
        <Box sx={{ flex: 1 }} />
        <Button
          component={LinkBase}
          label="chibo.meeting.calendar.as_list"
          to={`/meetings?filter=${encodeURIComponent(JSON.stringify({ month }))}`}
        >
          <ListIcon />
        </Button>
        {canCreate && <CreateButton resource="meetings" />}
      </Stack>
      <Card variant="outlined">
        {isPending && <LinearProgress />}
        <Box
          role="grid"
          aria-label={translate('chibo.meeting.calendar.month', { month: monthTitle(month, locale) })}
          sx={{ display: 'grid', gridTemplateColumns: 'repeat(7, minmax(0, 1fr))' }}
        >
          {WEEKDAYS.map((day, index) => (
            <Box
              key={day}
              role="columnheader"
              sx={{
                px: 1,
                py: 0.75,
                bgcolor: 'grey.100',
                borderBottom: '1px solid',
                borderColor: 'divider',
                fontWeight: 600,
                fontSize: 13,
                color: index === 6 ? 'primary.main' : 'text.secondary',
              }}
            >
              {translate(`chibo.meeting.calendar.weekdays.${day}`)}
            </Box>
          ))}
          {calendarWeeks(month).flatMap((week, w) =>
            week.map((day, d) => (
              <Box
                key={day ?? `blank-${w}-${d}`}
                role="gridcell"
                aria-label={day ? formatDay(day) : undefined}
                sx={{
                  minHeight: 96,
                  p: 0.75,
                  borderRight: d < 6 ? '1px solid' : undefined,
                  borderBottom: '1px solid',
                  borderColor: 'divider',
                  bgcolor: day ? (day === today ? '#fff8e1' : 'background.paper') : 'grey.50',
                }}
              >
                {day && (
                  <>
                    <Typography
                      variant="caption"
                      component="div"
                      sx={{
                        fontWeight: day === today ? 700 : 500,
                        color: day === today ? 'primary.main' : d === 6 ? 'primary.main' : 'text.secondary',
                        mb: 0.5,
                      }}
                    >
                      {Number(day.slice(8, 10))}
                      {day === today && ` · ${translate('chibo.meeting.calendar.today')}`}
                    </Typography>
                    {(byDay.get(day) ?? []).map((meeting) => (
                      <CalendarEntry key={meeting.id} meeting={meeting} />
                    ))}
                  </>
                )}
              </Box>
            )),
          )}
        </Box>
      </Card>
      <Legend />
    </Box>
  );
}
