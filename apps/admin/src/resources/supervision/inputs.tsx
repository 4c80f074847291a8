import {
  AutocompleteArrayInput,
  AutocompleteInput,
  type AutocompleteInputProps,
  SelectInput,
  useGetList,
  useTranslate,
} from 'react-admin';
import { formatDay } from '../../common/days';
import { enumLabel } from '../../common/enums';
import type { MeetingRecord } from '../../dataProvider/types';
import { visitDay } from './board';
import { useCommitteeMembers } from './scope';

/** Meetings of a branch read to find those of a quarter: a branch meets about monthly, so a few years back at most. */
const MEETINGS_READ = 60;

/** A branch's meetings inside a period (half-open), by day; planned ones count on their planned day. */
export function meetingsWithin<M extends Pick<MeetingRecord, 'plannedOn' | 'heldOn'>>(meetings: readonly M[], from: string, to: string): M[] {
  return meetings
    .filter((meeting) => {
      const day = visitDay(meeting);
      return day !== null && from <= day && day < to;
    })
    .sort((a, b) => (visitDay(a) ?? '').localeCompare(visitDay(b) ?? ''));
}

/**
 * The meeting a visit is planned for: one of the branch's meetings inside the period, named by kind and day (and
 * whether it was held). None to choose before the branch is; left empty, the visit is for some day of the period.
 */
export function PlannedMeetingInput({ branchId, period, source = 'plannedMeetingId' }: { branchId: string | undefined; period: { from: string; to: string }; source?: string }) {
  const translate = useTranslate();
  const { data = [], isPending } = useGetList<MeetingRecord>(
    'meetings',
    { filter: { organizationId: branchId, descendants: false }, pagination: { page: 1, perPage: MEETINGS_READ }, sort: { field: 'day', order: 'DESC' } },
    { enabled: !!branchId },
  );
  const choices = meetingsWithin(data, period.from, period.to).map((meeting) => ({
    id: String(meeting.id),
    name: translate(meeting.heldOn ? 'chibo.supervision.meeting_held' : 'chibo.supervision.meeting_planned', {
      kind: translate(enumLabel('MeetingKind', meeting.kind)),
      day: formatDay(visitDay(meeting)),
    }),
  }));
  return (
    <SelectInput
      source={source}
      choices={choices}
      isPending={!!branchId && isPending}
      disabled={!branchId}
      emptyText="chibo.supervision.no_meeting"
      helperText={branchId && !isPending && choices.length === 0 ? 'chibo.supervision.no_meeting_in_period' : 'chibo.supervision.meeting_help'}
      translateChoice={false}
      fullWidth
    />
  );
}

/** A member of the committee's standing committee (rotation visits) or of the whole committee, on a day. */
export function CommitteeMemberInput({
  organizationId,
  day,
  standingOnly = false,
  source = 'memberId',
  ...props
}: Omit<AutocompleteInputProps, 'source' | 'choices'> & { organizationId: string | undefined; day: string; standingOnly?: boolean; source?: string }) {
  const { choices, isPending } = useCommitteeMembers(organizationId, day, standingOnly);
  return <AutocompleteInput source={source} choices={choices} isPending={isPending} translateChoice={false} fullWidth {...props} />;
}

/** Several members of the committee on a day (the guides of a pilot branch). */
export function CommitteeMembersInput({ organizationId, day, source, helperText }: { organizationId: string | undefined; day: string; source: string; helperText?: string }) {
  const { choices, isPending } = useCommitteeMembers(organizationId, day);
  return (
    <AutocompleteArrayInput source={source} choices={choices} isPending={isPending} translateChoice={false} helperText={helperText} fullWidth />
  );
}
