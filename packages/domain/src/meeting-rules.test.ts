import { describe, expect, it } from 'vitest';
import {
  type Finding, judgeMeeting, judgingRuleSetsOn, MeetingKind, type MeetingRules, meetingRuleSetsOn, MEETING_RULE_SETS, pilotRangesOn, ProcedureStep,
} from './meeting-rules';
import type { RuleSet } from './rule-sets';

const allSteps = Object.values(ProcedureStep);
const good = { kind: MeetingKind.REGULAR, heldOn: '2022-03-05', minutes: 95, documentsSentOn: '2022-03-03', stepsDone: allSteps, expected: 40, presentAmongExpected: 38, unexcusedAbsent: 0 };

describe('meeting rules in force by date', () => {
  it('judges a 2022 meeting by 12-HD/BTCTW and 11-ĐA/TU, and a 2026 one by 42-HD/BTCTW and 11-ĐA/TU', () => {
    expect(judgingRuleSetsOn(MEETING_RULE_SETS, '2022-03-05').map((s) => s.documentNumber)).toEqual(['12-HD/BTCTW', '11-ĐA/TU']);
    expect(judgingRuleSetsOn(MEETING_RULE_SETS, '2026-03-05').map((s) => s.documentNumber)).toEqual(['11-ĐA/TU', '42-HD/BTCTW']);
    // The ward's plan 117-KH/ĐU is in force from 09/03/2022 but sets only the pilot shares: it judges no meeting.
    expect(meetingRuleSetsOn(MEETING_RULE_SETS, '2026-03-05').map((s) => s.documentNumber)).toContain('117-KH/ĐU');
    expect(pilotRangesOn(MEETING_RULE_SETS, '2026-12-31')).toEqual({ regular: { min: 0.05, max: 0.1 }, thematic: { min: 0.03, max: 0.05 }, documentNumber: '117-KH/ĐU' });
  });

  it('finds nothing wrong with a good 2022 meeting: no rule on sending documents existed then', () => {
    expect(judgeMeeting({ ...good, documentsSentOn: null })).toEqual([]);
  });

  it('asks 90 minutes under 12-HD/BTCTW: a 45-minute meeting in 2022 is too short, with both figures', () => {
    expect(judgeMeeting({ ...good, minutes: 45 })).toEqual([
      { code: 'TOO_SHORT', documentNumber: '12-HD/BTCTW', documentDate: '2018-07-06', detail: 'Sinh hoạt 45 phút, cần ít nhất 90 phút.', threshold: 90, actual: 45, unit: 'MINUTES' },
    ]);
    expect(judgeMeeting({ ...good, kind: MeetingKind.COMBINED, minutes: 90 })).toEqual([]);
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

describe('measured findings', () => {
  const byCode = (findings: Finding[]) => Object.fromEntries(findings.map((f) => [`${f.code} ${f.documentNumber}`, [f.threshold, f.actual, f.unit]]));

  it('gives the threshold and the figure found for every finding, beside the unchanged text', () => {
    const findings = judgeMeeting({
      ...good, heldOn: '2026-03-09', minutes: 60, documentsSentOn: null, presentAmongExpected: 30, unexcusedAbsent: 2, stepsDone: allSteps.slice(0, 5),
    });
    expect(byCode(findings)).toEqual({
      'HELD_AFTER_FIRST_WEEK 11-ĐA/TU': [7, 9, 'DAY'],
      'ATTENDANCE_BELOW_THRESHOLD 11-ĐA/TU': [0.9, 0.75, 'SHARE'],
      'ATTENDANCE_BELOW_THRESHOLD 42-HD/BTCTW': [0.85, 0.75, 'SHARE'],
      'UNEXCUSED_ABSENCE 42-HD/BTCTW': [0, 2, 'COUNT'],
      'TOO_SHORT 42-HD/BTCTW': [90, 60, 'MINUTES'],
      'DOCUMENTS_LATE 42-HD/BTCTW': [1, null, 'DAY'],
      'PROCEDURE_INCOMPLETE 42-HD/BTCTW': [8, 5, 'STEPS'],
    });
    expect(findings.find((f) => f.code === 'ATTENDANCE_BELOW_THRESHOLD')?.detail).toBe('Có mặt 30/40 (75.0%), cần ít nhất 90%.');
  });

  it('counts documents sent the same day as 0 days ahead', () => {
    const [late] = judgeMeeting({ ...good, heldOn: '2026-03-05', documentsSentOn: '2026-03-05' });
    expect([late.code, late.threshold, late.actual]).toEqual(['DOCUMENTS_LATE', 1, 0]);
  });
});

describe('excused runs and a missing attendance sheet', () => {
  it('flags members excused more times in a row than allowed under each rule set that sets a limit', () => {
    const findings = judgeMeeting({ ...good, membersOverExcusedRun: 2 });
    expect(findings.map((f) => [f.code, f.documentNumber, f.actual, f.detail])).toEqual([
      ['EXCUSED_RUN', '12-HD/BTCTW', 2, '2 đảng viên vắng có lý do quá 3 lần liên tiếp.'],
    ]);
    expect(judgeMeeting({ ...good, membersOverExcusedRun: 0 })).toEqual([]);
  });

  it('reports a held meeting without a sheet under every rule set with an attendance threshold, instead of judging zeros', () => {
    const findings = judgeMeeting({ ...good, attendanceRecorded: false, expected: 0, presentAmongExpected: 0, unexcusedAbsent: 0 });
    expect(findings.map((f) => [f.code, f.documentNumber, f.threshold, f.actual])).toEqual([
      ['NO_ATTENDANCE_RECORDED', '12-HD/BTCTW', null, null],
      ['NO_ATTENDANCE_RECORDED', '11-ĐA/TU', null, null],
    ]);
    expect(judgeMeeting({ ...good, expected: 0, presentAmongExpected: 0 })).toEqual([]);
    const lengthOnly: RuleSet<MeetingRules>[] = [{ ...MEETING_RULE_SETS[0], rules: { minMinutes: { regular: 90, combined: 90 } } }];
    expect(judgeMeeting({ ...good, attendanceRecorded: false }, lengthOnly)).toEqual([]);
  });

  it('does not judge stale attendance counts of a meeting whose sheet is missing', () => {
    const findings = judgeMeeting({ ...good, attendanceRecorded: false, presentAmongExpected: 10, unexcusedAbsent: 3, membersOverExcusedRun: 1 });
    expect(new Set(findings.map((f) => f.code))).toEqual(new Set(['NO_ATTENDANCE_RECORDED']));
  });
});

describe('a committee decision on meeting length', () => {
  const decision = { organizationId: 5, minutes: 60, decisionReference: '123-QĐ/ĐU ngày 05/01/2026', validFrom: '2026-01-05', validTo: null };
  const held2026 = { ...good, heldOn: '2026-03-05', documentsSentOn: '2026-03-03' };

  it('replaces the minimum length under 42-HD/BTCTW and names the decision', () => {
    expect(judgeMeeting({ ...held2026, minutes: 70 }, MEETING_RULE_SETS, decision)).toEqual([]);
    const [short] = judgeMeeting({ ...held2026, kind: MeetingKind.COMBINED, minutes: 50 }, MEETING_RULE_SETS, decision);
    expect(short).toEqual({
      code: 'TOO_SHORT', documentNumber: '42-HD/BTCTW', documentDate: '2025-10-28', detail: 'Sinh hoạt 50 phút, cần ít nhất 60 phút theo 123-QĐ/ĐU ngày 05/01/2026.',
      threshold: 60, actual: 50, unit: 'MINUTES', decisionReference: '123-QĐ/ĐU ngày 05/01/2026',
    });
  });

  it('changes nothing under a rule set that does not let a committee decide, or outside the decision period', () => {
    const in2022 = { ...decision, validFrom: '2022-01-01' };
    expect(judgeMeeting({ ...good, minutes: 70 }, MEETING_RULE_SETS, in2022).map((f) => [f.code, f.threshold])).toEqual([['TOO_SHORT', 90]]);
    const ended = { ...decision, validTo: '2026-03-01' };
    expect(judgeMeeting({ ...held2026, minutes: 70 }, MEETING_RULE_SETS, ended).map((f) => [f.code, f.threshold, f.decisionReference])).toEqual([['TOO_SHORT', 90, undefined]]);
  });

  it('marks 42-HD/BTCTW, and only it, as letting a committee decide the length, under its full title', () => {
    expect(MEETING_RULE_SETS.filter((s) => s.rules.localLengthAllowed).map((s) => [s.documentNumber, s.title])).toEqual([
      ['42-HD/BTCTW', 'Một số vấn đề về tiếp tục đổi mới và nâng cao chất lượng sinh hoạt chi bộ'],
    ]);
  });
});
