import { describe, expect, it } from 'vitest';
import { boardRows, monthSpans, mondayOf, nextQuarter, visitConflicts, weekColumns, weekIndex } from './board';
import { meetingsWithin } from './inputs';

describe('the weeks of a quarter', () => {
  it('cuts the first and last weeks (Monday to Sunday) to the quarter', () => {
    // 1 October 2026 is a Thursday, 31 December 2026 a Thursday.
    const weeks = weekColumns('2026-Q4');
    expect(weeks).toHaveLength(14);
    expect(weeks[0]).toEqual({ key: '2026-09-28', from: '2026-10-01', to: '2026-10-04' });
    expect(weeks[1]).toEqual({ key: '2026-10-05', from: '2026-10-05', to: '2026-10-11' });
    expect(weeks[13]).toEqual({ key: '2026-12-28', from: '2026-12-28', to: '2026-12-31' });
    // Every day of the quarter lies in exactly one week, in order, with none left out.
    const days = weeks.flatMap((w) => {
      const out: string[] = [];
      for (let d = new Date(`${w.from}T00:00:00Z`); d <= new Date(`${w.to}T00:00:00Z`); d.setUTCDate(d.getUTCDate() + 1)) out.push(d.toISOString().slice(0, 10));
      return out;
    });
    expect(days).toHaveLength(92);
    expect(new Set(days).size).toBe(92);
  });

  it('starts a quarter beginning on a Monday with a whole week, and crosses the turn of the year', () => {
    // 1 June 2026 is a Monday; Q1 2027 begins on a Friday.
    expect(mondayOf('2026-06-01')).toBe('2026-06-01');
    expect(weekColumns('2027-Q1')[0]).toEqual({ key: '2026-12-28', from: '2027-01-01', to: '2027-01-03' });
    expect(nextQuarter('2026-Q4')).toBe('2027-Q1');
    expect(nextQuarter('2026-Q2')).toBe('2026-Q3');
  });

  it('finds the week of a day, and none outside the quarter', () => {
    const weeks = weekColumns('2026-Q4');
    expect(weekIndex(weeks, '2026-10-04')).toBe(0);
    expect(weekIndex(weeks, '2026-10-05')).toBe(1);
    expect(weekIndex(weeks, '2026-12-31')).toBe(13);
    expect(weekIndex(weeks, '2026-09-30')).toBe(-1);
    expect(weekIndex(weeks, '2027-01-01')).toBe(-1);
  });

  it('groups the weeks under the month their first day falls in', () => {
    expect(monthSpans(weekColumns('2026-Q4'))).toEqual([
      // Weeks beginning 01, 05, 12, 19 and 26 October; 02, 09, 16, 23 and 30 November; 07, 14, 21 and 28 December.
      { month: '2026-10', weeks: 5 },
      { month: '2026-11', weeks: 5 },
      { month: '2026-12', weeks: 4 },
    ]);
  });
});

const visit = (key: string, memberId: string, branchId: string, day: string | null) => ({ key, memberId, branchId, day });

describe('conflicts on the board', () => {
  it('marks a member with two visits on one day, and two members at one branch', () => {
    const conflicts = visitConflicts([
      visit('1', 'an', 'tdp5', '2026-10-05'),
      visit('2', 'an', 'tdp7', '2026-10-05'),
      visit('3', 'binh', 'tdp9', '2026-11-03'),
      visit('4', 'cuong', 'tdp9', '2026-12-01'),
      visit('5', 'dung', 'tdp11', '2026-10-05'),
      visit('6', 'an', 'tdp12', null),
    ]);
    expect(Object.fromEntries(conflicts)).toEqual({
      '1': ['SAME_DAY'],
      '2': ['SAME_DAY'],
      '3': ['SHARED_BRANCH'],
      '4': ['SHARED_BRANCH'],
    });
  });

  it('leaves a member visiting one branch twice, and visits without a day, unmarked', () => {
    const conflicts = visitConflicts([visit('1', 'an', 'tdp5', '2026-10-05'), visit('2', 'an', 'tdp5', '2026-11-02'), visit('3', 'an', 'tdp6', null), visit('4', 'an', 'tdp7', null)]);
    expect(conflicts.size).toBe(0);
  });
});

describe('the board rows', () => {
  it('puts each visit in its member’s row and week, undated ones apart, and adds members with a visit who are not listed', () => {
    const weeks = weekColumns('2026-Q4');
    const rows = boardRows(
      ['an', 'binh'],
      [visit('1', 'an', 'tdp5', '2026-11-03'), visit('2', 'an', 'tdp7', null), visit('3', 'cuong', 'tdp9', '2026-10-02'), visit('4', 'an', 'tdp8', '2026-11-02')],
      weeks,
    );
    expect(rows.map((r) => r.memberId)).toEqual(['an', 'binh', 'cuong']);
    const an = rows[0];
    // 2 and 3 November 2026 are the Monday and Tuesday of the quarter's 6th week, in day order.
    expect(an.weeks[5].map((v) => v.key)).toEqual(['4', '1']);
    expect(an.undated.map((v) => v.key)).toEqual(['2']);
    expect(rows[1].weeks.every((w) => w.length === 0)).toBe(true);
    expect(rows[2].weeks[0].map((v) => v.key)).toEqual(['3']);
  });
});

describe('the meetings a visit may be planned for', () => {
  it('keeps the branch’s meetings inside the quarter, by day, held ones on their held day', () => {
    const meetings = [
      { id: '1', plannedOn: '2026-12-03', heldOn: null },
      { id: '2', plannedOn: '2026-09-30', heldOn: '2026-10-01' },
      { id: '3', plannedOn: '2027-01-05', heldOn: null },
      { id: '4', plannedOn: '2026-10-31', heldOn: '2026-09-30' },
      { id: '5', plannedOn: null, heldOn: null },
    ];
    expect(meetingsWithin(meetings, '2026-10-01', '2027-01-01').map((m) => m.id)).toEqual(['2', '1']);
  });
});
