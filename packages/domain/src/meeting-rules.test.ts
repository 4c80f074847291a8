import { describe, expect, it } from 'vitest';
import { judgeMeeting, MeetingKind, meetingRuleSetsOn, MEETING_RULE_SETS, ProcedureStep } from './meeting-rules';

const allSteps = Object.values(ProcedureStep);
const good = { kind: MeetingKind.REGULAR, heldOn: '2022-03-05', minutes: 95, documentsSentOn: '2022-03-03', stepsDone: allSteps, expected: 40, presentAmongExpected: 38, unexcusedAbsent: 0 };

describe('meeting rules in force by date', () => {
  it('judges a 2022 meeting by 12-HD/BTCTW and 11-ĐA/TU, and a 2026 one by 42-HD/BTCTW and 11-ĐA/TU', () => {
    expect(meetingRuleSetsOn(MEETING_RULE_SETS, '2022-03-05').map((s) => s.documentNumber)).toEqual(['12-HD/BTCTW', '11-ĐA/TU']);
    expect(meetingRuleSetsOn(MEETING_RULE_SETS, '2026-03-05').map((s) => s.documentNumber)).toEqual(['11-ĐA/TU', '42-HD/BTCTW']);
  });

  it('finds nothing wrong with a good 2022 meeting: no length or document rule existed then', () => {
    expect(judgeMeeting({ ...good, minutes: 45, documentsSentOn: null })).toEqual([]);
  });

  it('holds 90% under 11-ĐA/TU even where 12-HD/BTCTW asks only for more than 85%', () => {
    const findings = judgeMeeting({ ...good, presentAmongExpected: 35 }); // 87.5%
    expect(findings.map((f) => [f.code, f.documentNumber])).toEqual([['ATTENDANCE_BELOW_THRESHOLD', '11-ĐA/TU']]);
  });

  it('asks 120 minutes of a combined meeting under 42-HD/BTCTW, and documents a day ahead', () => {
    const findings = judgeMeeting({ ...good, kind: MeetingKind.COMBINED, heldOn: '2026-03-05', minutes: 100, documentsSentOn: '2026-03-05' });
    expect(findings.map((f) => f.code).sort()).toEqual(['DOCUMENTS_LATE', 'TOO_SHORT']);
    expect(findings.every((f) => f.documentNumber === '42-HD/BTCTW')).toBe(true);
  });

  it('flags a regular meeting after the first week, unexcused absences and missing steps', () => {
    const findings = judgeMeeting({ ...good, heldOn: '2022-03-08', unexcusedAbsent: 1, stepsDone: allSteps.slice(0, 6) });
    expect(findings.map((f) => f.code).sort()).toEqual(['HELD_AFTER_FIRST_WEEK', 'PROCEDURE_INCOMPLETE', 'UNEXCUSED_ABSENCE']);
  });
});
