import { AttendanceExclusion, AttendanceStatus as DomainStatus, tallyAttendance } from '@chibo/domain';
import type { AttendanceStatus } from '@chibo/graphql-types';
import { MEETING } from './documents';
import type { Values } from './filters';
import type { RosterLine } from './types';

/**
 * The attendance sheet of a meeting, saved whole in one request (recordAttendance): one line per member on
 * the roster, in roll order. The API checks every line in one transaction and names a refused line by its
 * index ("entries.3.reason"), so the lines are sent in the order the sheet shows them.
 */

export interface SheetLine {
  memberId: string;
  status: AttendanceStatus;
  reason?: string | null;
}

/** A line as the sheet edits it: the reason is text in an input, empty when none. */
export interface Line {
  memberId: string;
  status: AttendanceStatus;
  reason: string;
}

/** A sheet opens as recorded; a line not yet recorded starts as present, as most members are. */
export function initialLines(roster: readonly RosterLine[]): Line[] {
  return roster.map((entry) => ({ memberId: entry.memberId, status: entry.status ?? 'PRESENT', reason: entry.reason ?? '' }));
}

export interface RecordAttendanceParams {
  meetingId: string;
  lines: readonly SheetLine[];
  /** The meeting's version the sheet was opened with: a sheet saved meanwhile is refused, not overwritten. */
  version?: number;
}

export const RECORD_ATTENDANCE = `mutation RecordAttendance($meetingId: ID!, $entries: [AttendanceEntryInput!]!, $version: Int) {
  data: recordAttendance(meetingId: $meetingId, entries: $entries, version: $version) { ${MEETING.one} }
}`;

/** Fields of the sheet the API may name in a refusal: one line's member, status or reason. */
export const ENTRY_FIELD = /^entries\.(\d+)\.(memberId|status|reason)$/;

/**
 * The variables of recordAttendance: every line, in order; a reason only where the member was away (a
 * reason typed and then the status set back to present is not kept), trimmed, and null when blank.
 */
export function attendanceVariables({ meetingId, lines, version }: RecordAttendanceParams): Values {
  const entries = lines.map((line) => {
    const reason = line.status === 'PRESENT' ? '' : (line.reason ?? '').trim();
    return { memberId: String(line.memberId), status: line.status, reason: reason === '' ? null : reason };
  });
  return { meetingId: String(meetingId), entries, ...(typeof version === 'number' ? { version } : {}) };
}

/** The refusals of a saved sheet by line index: { 3: 'Vắng có lý do cần ghi lý do.' }; the rest stays unnamed. */
export function lineErrors(errors: Record<string, unknown> | undefined): Record<number, string> {
  const byLine: Record<number, string> = {};
  for (const [field, message] of Object.entries(errors ?? {})) {
    const match = ENTRY_FIELD.exec(field);
    if (!match || typeof message !== 'string') continue;
    const index = Number(match[1]);
    byLine[index] = byLine[index] ? `${byLine[index]} ${message}` : message;
  }
  return byLine;
}

/** A line of the live tally: its status, and whether the member is left out of the expected (exempt, special duty). */
export interface TallyLine {
  status: AttendanceStatus;
  excluded: boolean;
}

/**
 * The live tally of a sheet, counted by the domain's rule (the one the API stores): the expected are those not
 * exempt nor on special duty, and present counts among them. The sheet knows only whether a line is left out;
 * the domain leaves out a line with any exclusion, so one stands for both.
 */
export function tally(lines: readonly TallyLine[]) {
  const counts = tallyAttendance(
    lines.map((line) => ({ status: DomainStatus[line.status], exclusion: line.excluded ? AttendanceExclusion.EXEMPT : null })),
  );
  const { expected, presentAmongExpected: present, excused, unexcused } = counts;
  return { expected, present, excused, unexcused, excluded: lines.length - expected, rate: expected > 0 ? present / expected : null };
}
