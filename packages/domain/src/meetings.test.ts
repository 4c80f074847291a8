import { describe, expect, it } from 'vitest';
import { MEETING_RULE_SETS, MeetingKind, maxConsecutiveExcusedOn, regularDueDay } from './meeting-rules';
import {
  AttendanceExclusion, AttendanceStatus, checkAttendance, checkMeeting, checkMeetingRules, longestExcusedRun, meetingLength, quarterOf, tallyAttendance, trailingExcusedRun,
} from './meetings';

const fields = (violations: Array<{ field: string }>) => violations.map((v) => v.field);

describe('checkMeeting', () => {
  const base = { kind: MeetingKind.REGULAR, organizationExists: true };
  it('refuses a held day in the future but accepts today and a planned future day', () => {
    expect(fields(checkMeeting({ ...base, heldOn: '2026-11-26' }, '2026-11-25'))).toEqual(['heldOn']);
    expect(checkMeeting({ ...base, heldOn: '2026-11-25' }, '2026-11-25')).toEqual([]);
    expect(checkMeeting({ ...base, plannedOn: '2026-12-03' }, '2026-11-25')).toEqual([]);
  });
  it('refuses an end at or before the start, malformed times, online without a reason, documents after the meeting', () => {
    expect(fields(checkMeeting({ ...base, heldOn: '2026-11-02', startTime: '10:00', endTime: '10:00' }, '2026-11-25'))).toEqual(['endTime']);
    expect(fields(checkMeeting({ ...base, heldOn: '2026-11-02', startTime: '25:00' }, '2026-11-25'))).toEqual(['startTime']);
    expect(fields(checkMeeting({ ...base, heldOn: '2026-11-02', online: true, onlineReason: '  ' }, '2026-11-25'))).toEqual(['onlineReason']);
    expect(fields(checkMeeting({ ...base, heldOn: '2026-11-02', documentsSentOn: '2026-11-03' }, '2026-11-25'))).toEqual(['documentsSentOn']);
    expect(fields(checkMeeting({ ...base, heldOn: '2026-11-02', organizationExists: false }, '2026-11-25'))).toEqual(['organizationId']);
  });
  it('needs a planned or held day', () => {
    expect(fields(checkMeeting(base, '2026-11-25'))).toEqual(['heldOn']);
  });
});

describe('attendance', () => {
  it('refuses members not on the roster, duplicates and excused absences without a reason, naming the line', () => {
    const roster = new Set([1, 2, 3]);
    const lines = [
      { memberId: 1, status: AttendanceStatus.PRESENT }, { memberId: 9, status: AttendanceStatus.PRESENT },
      { memberId: 1, status: AttendanceStatus.PRESENT }, { memberId: 3, status: AttendanceStatus.EXCUSED, reason: '' },
    ];
    expect(fields(checkAttendance(lines, roster, '2026-11-02'))).toEqual(['entries.1.memberId', 'entries.2.memberId', 'entries.3.reason']);
    expect(fields(checkAttendance([], roster, null))).toEqual(['meetingId']);
  });
  it('leaves exempt and special-duty members out of both terms, even when they come', () => {
    const c = tallyAttendance([
      { status: AttendanceStatus.PRESENT, exclusion: null }, { status: AttendanceStatus.EXCUSED, exclusion: null },
      { status: AttendanceStatus.UNEXCUSED, exclusion: null }, { status: AttendanceStatus.PRESENT, exclusion: AttendanceExclusion.EXEMPT },
      { status: null, exclusion: AttendanceExclusion.SPECIAL_DUTY }, { status: null, exclusion: null },
    ]);
    expect(c).toEqual({ expected: 4, presentAmongExpected: 1, excused: 1, unexcused: 1, excludedPresent: 1 });
  });
  it('finds the longest run of excused absences in a row', () => {
    const E = AttendanceStatus.EXCUSED;
    const P = AttendanceStatus.PRESENT;
    expect(longestExcusedRun([E, E, P, E, E, E, E, P])).toBe(4);
    expect(longestExcusedRun([E, P, E, P])).toBe(1);
    expect(longestExcusedRun([])).toBe(0);
  });
});

describe('rule sets by date', () => {
  it('takes the first-week day and the excused-run limit from the documents in force', () => {
    expect(regularDueDay(MEETING_RULE_SETS, '2021-06-01')).toBeNull();
    expect(regularDueDay(MEETING_RULE_SETS, '2022-03-01')).toBe(7);
    expect(maxConsecutiveExcusedOn(MEETING_RULE_SETS, '2022-03-01')).toEqual({ max: 3, documentNumber: '12-HD/BTCTW' });
    expect(maxConsecutiveExcusedOn(MEETING_RULE_SETS, '2026-03-01')).toEqual({ max: 3, documentNumber: '42-HD/BTCTW' });
  });
  it('refuses thresholds an administrator cannot mean', () => {
    expect(fields(checkMeetingRules({ regularByDay: 0, minAttendance: { share: 90, strict: false }, minMinutes: { regular: 90, combined: 0 } })))
      .toEqual(['regularByDay', 'minAttendanceShare', 'minMinutesCombined']);
    expect(fields(checkMeetingRules({ rotationQuarters: -1, thematicPerQuarter: 1.5 }))).toEqual(['thematicPerQuarter', 'rotationQuarters']);
    for (const set of MEETING_RULE_SETS) expect(checkMeetingRules(set.rules)).toEqual([]);
  });
  it('measures length and quarters', () => {
    expect(meetingLength('19:30', '21:00')).toBe(90);
    expect(meetingLength(null, '21:00')).toBeNull();
    expect([quarterOf('2026-01-31'), quarterOf('2026-04-01'), quarterOf('2026-12-31')]).toEqual([1, 2, 4]);
  });
});

describe('trailingExcusedRun', () => {
  const { EXCUSED: E, PRESENT: P, UNEXCUSED: U } = AttendanceStatus;
  it('counts the excused absences in a row that end at the last meeting', () => {
    expect(trailingExcusedRun([E, E, P, E, E, E, E])).toBe(4);
    expect(trailingExcusedRun([E, E, E, E, P])).toBe(0);
    expect(trailingExcusedRun([E, U, E])).toBe(1);
    expect(trailingExcusedRun([])).toBe(0);
  });
});
