import { describe, expect, it } from 'vitest';
import type { IndicatorRowRecord } from '../dashboard/indicatorsApi';
import { behindBranches, fileNameOf, reportHeading, writtenWhen } from './report';

const row = (branch: string, when: { month?: string; quarter?: string }, counted = false): IndicatorRowRecord => ({
  branchId: branch,
  month: when.month ?? null,
  quarter: when.quarter ?? null,
  meetingId: null,
  memberId: null,
  taskId: null,
  counted,
  numerator: counted ? 1 : 0,
  denominator: 1,
  branch: { id: branch, name: `Chi bộ ${branch}`, kind: 'BRANCH' },
  meeting: null,
  member: null,
  task: null,
});

describe('the periodic report', () => {
  it('lists each branch behind once, with its months and quarters, the most shortfalls first', () => {
    const lines = behindBranches({
      REGULAR_HELD: [row('B', { month: '2026-11' }), row('A', { month: '2026-10' })],
      BRANCHES_AT_THRESHOLD: [row('B', { month: '2026-11' }), row('B', { month: '2026-10' }), row('A', { month: '2026-10' }), row('C', { month: '2026-12' }, true)],
      THEMATIC_HELD: [row('A', { quarter: '2026-Q4' })],
    });
    expect(lines.map((l) => [l.branch.name, l.when])).toEqual([
      ['Chi bộ A', { REGULAR_HELD: ['2026-10'], BRANCHES_AT_THRESHOLD: ['2026-10'], THEMATIC_HELD: ['2026-Q4'] }],
      ['Chi bộ B', { REGULAR_HELD: ['2026-11'], BRANCHES_AT_THRESHOLD: ['2026-10', '2026-11'], THEMATIC_HELD: [] }],
    ]);
  });

  it('writes months and quarters by year', () => {
    expect(writtenWhen(['2025-12', '2026-01', '2026-02'])).toBe('12/2025; 01, 02/2026');
    expect(writtenWhen(['2026-Q3', '2026-Q4'])).toBe('Quý III, IV/2026');
    expect(writtenWhen([])).toBe('');
  });

  it('is headed and signed by the organization reported on', () => {
    const party = (name: string) => name.replace(/^Đảng ủy\s+/u, 'Đảng bộ ');
    expect(reportHeading({ name: 'Đảng ủy phường Long Biên', kind: 'WARD_COMMITTEE', parent: null }, party)).toEqual({
      above: 'ĐẢNG BỘ PHƯỜNG LONG BIÊN',
      unit: 'BAN THƯỜNG VỤ',
      signs: 'T/M BAN THƯỜNG VỤ',
      signer: 'BÍ THƯ',
    });
    expect(reportHeading({ name: 'Chi bộ Tổ dân phố số 5', kind: 'BRANCH', parent: { name: 'Đảng ủy phường Long Biên' } }, party)).toMatchObject({
      above: 'ĐẢNG BỘ PHƯỜNG LONG BIÊN',
      unit: 'CHI BỘ TỔ DÂN PHỐ SỐ 5',
      signs: 'T/M CHI ỦY',
    });
  });

  it('saves a download under the name the API gives, else the fallback', () => {
    expect(fileNameOf('attachment; filename="bao-cao-2026-10-2026-12.xlsx"', 'x.xlsx')).toBe('bao-cao-2026-10-2026-12.xlsx');
    expect(fileNameOf(null, 'bao-cao-2026-Q4.csv')).toBe('bao-cao-2026-Q4.csv');
  });
});
