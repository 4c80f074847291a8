import { describe, expect, it } from 'vitest';
import {
  alertMonths, behindTarget, IndicatorCode, indicatorMet, indicatorMonths, indicatorTarget, meetingQuality, monthKeys, periodLabel, resolvePeriod, wholeQuarters,
} from './indicators';
import { MEETING_RULE_SETS } from './meeting-rules';

describe('periods', () => {
  it('resolves each form of period to its first and last month', () => {
    expect(resolvePeriod({ month: '2026-03' })).toEqual({ from: '2026-03', to: '2026-03' });
    expect(resolvePeriod({ quarter: '2026-Q4' })).toEqual({ from: '2026-10', to: '2026-12' });
    expect(resolvePeriod({ half: '2026-H2' })).toEqual({ from: '2026-07', to: '2026-12' });
    expect(resolvePeriod({ year: 2025 })).toEqual({ from: '2025-01', to: '2025-12' });
    expect(resolvePeriod({ from: '2025-11', to: '2026-02' })).toEqual({ from: '2025-11', to: '2026-02' });
  });

  it('refuses none, two, malformed and over-long periods naming the field', () => {
    expect(resolvePeriod({})).toEqual([expect.objectContaining({ field: 'period' })]);
    expect(resolvePeriod({ month: '2026-01', year: 2026 })).toEqual([expect.objectContaining({ field: 'period' })]);
    expect(resolvePeriod({ month: '2026-1' })).toEqual([expect.objectContaining({ field: 'period.month' })]);
    expect(resolvePeriod({ quarter: '2026-Q5' })).toEqual([expect.objectContaining({ field: 'period.quarter' })]);
    expect(resolvePeriod({ half: '2026-H3' })).toEqual([expect.objectContaining({ field: 'period.half' })]);
    expect(resolvePeriod({ year: 1999 })).toEqual([expect.objectContaining({ field: 'period.year' })]);
    expect(resolvePeriod({ from: '2026-02', to: '2026-01' })).toEqual([expect.objectContaining({ field: 'period.to' })]);
    expect(resolvePeriod({ from: '2023-01', to: '2026-01' })).toEqual([expect.objectContaining({ field: 'period.to' })]);
    expect(resolvePeriod({ to: '2026-01' })).toEqual([expect.objectContaining({ field: 'period.from' })]);
  });

  it('lists months across a year end and the quarters lying wholly inside', () => {
    expect(monthKeys('2025-11', '2026-02')).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
    expect(wholeQuarters('2025-11', '2026-07').map((q) => q.quarter)).toEqual(['2026-Q1', '2026-Q2']);
    expect(wholeQuarters('2026-01', '2026-03')).toEqual([{ quarter: '2026-Q1', from: '2026-01-01', to: '2026-04-01' }]);
  });

  it('names a period as a party report does', () => {
    expect(periodLabel({ month: '2026-03' })).toBe('Tháng 03/2026');
    expect(periodLabel({ quarter: '2026-Q3' })).toBe('Quý III/2026');
    expect(periodLabel({ half: '2026-H1' })).toBe('6 tháng đầu năm 2026');
    expect(periodLabel({ year: 2026 })).toBe('Năm 2026');
  });
});

describe('the rules each month is judged by', () => {
  it('takes the due day and the highest attendance share in force on the first day', () => {
    const [june2021, jan2022, nov2025] = [...indicatorMonths('2021-06', '2021-06', MEETING_RULE_SETS), ...indicatorMonths('2022-01', '2022-01', MEETING_RULE_SETS), ...indicatorMonths('2025-11', '2025-11', MEETING_RULE_SETS)];
    // Before 11-ĐA/TU: 12-HD/BTCTW's "more than 85%" and no due day (the first week is days 1–7 by convention).
    expect(june2021).toMatchObject({ quarter: '2021-Q2', dueDay: '2021-06-07', threshold: { share: 0.85, strict: true, documentNumber: '12-HD/BTCTW' } });
    expect(jan2022).toMatchObject({ dueDay: '2022-01-07', threshold: { share: 0.9, strict: false, documentNumber: '11-ĐA/TU' } });
    expect(nov2025.documents).toEqual(['11-ĐA/TU', '42-HD/BTCTW']);
  });

  it('takes targets and their documents from the rule sets in force', () => {
    expect(indicatorTarget(IndicatorCode.REGULAR_HELD, MEETING_RULE_SETS, '2021-06-30')).toBeNull();
    expect(indicatorTarget(IndicatorCode.REGULAR_HELD, MEETING_RULE_SETS, '2026-03-31')).toEqual({ target: 1, documents: ['11-ĐA/TU'] });
    expect(indicatorTarget(IndicatorCode.ATTENDANCE_POOLED, MEETING_RULE_SETS, '2021-06-30')).toEqual({ target: 0.85, documents: ['12-HD/BTCTW'] });
    expect(indicatorTarget(IndicatorCode.ATTENDANCE_POOLED, MEETING_RULE_SETS, '2026-03-31')).toEqual({ target: 0.9, documents: ['11-ĐA/TU'] });
    expect(indicatorTarget(IndicatorCode.REGULAR_PILOTS, MEETING_RULE_SETS, '2026-12-31')).toEqual({ target: 0.05, documents: ['117-KH/ĐU'] });
    expect(indicatorTarget(IndicatorCode.DOCUMENTS_ON_TIME, MEETING_RULE_SETS, '2025-01-31')).toBeNull();
    expect(indicatorTarget(IndicatorCode.DOCUMENTS_ON_TIME, MEETING_RULE_SETS, '2025-11-30')).toEqual({ target: 1, documents: ['42-HD/BTCTW'] });
  });

  it('says whether a rate meets its target and whether a committee is behind', () => {
    expect(indicatorMet(0.9, 0.9)).toBe(true);
    expect(indicatorMet(0.8999, 0.9)).toBe(false);
    expect(indicatorMet(null, 0.9)).toBeNull();
    expect(indicatorMet(1, null)).toBeNull();
    expect(behindTarget({ numerator: 9, denominator: 10, target: 0.9 })).toBe(false);
    expect(behindTarget({ numerator: 8, denominator: 10, target: 0.9 })).toBe(true);
    expect(behindTarget({ numerator: 0, denominator: 0, target: 1 })).toBe(false);
  });
});

describe('what a meeting’s findings say about figure 2 and the documents', () => {
  it('is complete with every step and enough length, its length known', () => {
    expect(meetingQuality({ heldOn: '2026-03-04', minutes: 120 }, [], MEETING_RULE_SETS)).toEqual({ contentComplete: true, documentsDue: true, documentsOnTime: true });
    expect(meetingQuality({ heldOn: '2026-03-04', minutes: 60 }, [{ code: 'TOO_SHORT' }], MEETING_RULE_SETS).contentComplete).toBe(false);
    expect(meetingQuality({ heldOn: '2026-03-04', minutes: 120 }, [{ code: 'PROCEDURE_INCOMPLETE' }], MEETING_RULE_SETS).contentComplete).toBe(false);
    expect(meetingQuality({ heldOn: '2026-03-04', minutes: null }, [], MEETING_RULE_SETS).contentComplete).toBe(false);
    // Other shortfalls (attendance, the day) are other figures.
    expect(meetingQuality({ heldOn: '2026-03-14', minutes: 95 }, [{ code: 'HELD_AFTER_FIRST_WEEK' }, { code: 'ATTENDANCE_BELOW_THRESHOLD' }], MEETING_RULE_SETS).contentComplete).toBe(true);
  });

  it('asks for documents ahead only where a rule in force does', () => {
    expect(meetingQuality({ heldOn: '2025-09-04', minutes: 120 }, [], MEETING_RULE_SETS)).toMatchObject({ documentsDue: false, documentsOnTime: false });
    expect(meetingQuality({ heldOn: '2026-01-05', minutes: 120 }, [{ code: 'DOCUMENTS_LATE' }], MEETING_RULE_SETS)).toMatchObject({ documentsDue: true, documentsOnTime: false });
    expect(meetingQuality({ heldOn: null, minutes: null }, [], MEETING_RULE_SETS)).toEqual({ contentComplete: false, documentsDue: false, documentsOnTime: false });
  });
});

describe('the months the behind-target alert looks at', () => {
  it('takes the quarter so far once the month’s meetings are due, else the month before', () => {
    expect(alertMonths('2026-05-20', 7)).toEqual({ from: '2026-04', to: '2026-05' });
    expect(alertMonths('2026-05-07', 7)).toEqual({ from: '2026-04', to: '2026-04' });
    expect(alertMonths('2026-04-03', 7)).toEqual({ from: '2026-03', to: '2026-03' });
    expect(alertMonths('2026-01-02', null)).toEqual({ from: '2025-12', to: '2025-12' });
    expect(alertMonths('2026-01-08', null)).toEqual({ from: '2026-01', to: '2026-01' });
  });
});
