import { describe, expect, it } from 'vitest';
import type { SupervisorAssignmentRecord } from '../../dataProvider/supervisionTypes';
import { comingThisMonth, fetchSchedule, scheduleFileName, scheduleLines, scheduleUrl } from './schedule';

const assignment = (id: string, kind: 'ROTATION' | 'IN_CHARGE', member: string, branch: string, day: string | null, extra: Partial<SupervisorAssignmentRecord> = {}) =>
  ({
    id,
    version: 1,
    kind,
    quarter: kind === 'ROTATION' ? '2026-Q4' : null,
    from: kind === 'ROTATION' ? '2026-10-01' : '2026-01-01',
    to: kind === 'ROTATION' ? '2027-01-01' : null,
    note: null,
    memberId: member,
    branchId: branch,
    plannedMeetingId: day ? `m${id}` : null,
    member: { id: member, fullName: member },
    branch: { id: branch, name: `Chi bộ ${branch}`, kind: 'BRANCH' },
    plannedMeeting: day ? { id: `m${id}`, kind: 'REGULAR', plannedOn: day, heldOn: null } : null,
    ...extra,
  }) as SupervisorAssignmentRecord;

describe('the printed schedule', () => {
  it('lists rotation visits by day (those without a day last), then the members in charge, as the workbook does', () => {
    const lines = scheduleLines([
      assignment('1', 'IN_CHARGE', 'Bình', '25', null),
      assignment('2', 'ROTATION', 'Cường', '26', null),
      assignment('3', 'ROTATION', 'An', '27', '2026-11-03'),
      assignment('4', 'ROTATION', 'Dũng', '28', '2026-10-05'),
      assignment('5', 'ROTATION', 'Bình', '29', '2026-10-05', { plannedMeeting: { id: 'm5', kind: 'REGULAR', plannedOn: '2026-10-02', heldOn: '2026-10-05' } }),
    ]);
    expect(lines.map((l) => [l.member, l.day])).toEqual([
      ['Bình', '2026-10-05'],
      ['Dũng', '2026-10-05'],
      ['An', '2026-11-03'],
      ['Cường', null],
      ['Bình', null],
    ]);
    expect(lines[4].kind).toBe('IN_CHARGE');
  });

  it('asks the API for the committee’s workbook of the quarter, named as the API names it', () => {
    expect(scheduleUrl('12', '2026-Q4')).toBe('/exports/supervision-schedule.xlsx?organizationId=12&quarter=2026-Q4');
    expect(scheduleFileName('attachment; filename="lich-du-sinh-hoat-2026-Q4.xlsx"', '2026-Q4')).toBe('lich-du-sinh-hoat-2026-Q4.xlsx');
    expect(scheduleFileName("attachment; filename*=UTF-8''l%E1%BB%8Bch.xlsx", '2026-Q4')).toBe('lịch.xlsx');
    expect(scheduleFileName(null, '2027-Q1')).toBe('lich-du-sinh-hoat-2027-Q1.xlsx');
  });

  it('says why a download was refused instead of saving the refusal', async () => {
    const refused: typeof fetch = async () => Response.json({ errors: [{ message: 'organizationId: không tìm thấy tổ chức.', extensions: { code: 'NOT_FOUND' } }] }, { status: 404 });
    await expect(fetchSchedule('/x', '2026-Q4', refused)).rejects.toThrow('organizationId: không tìm thấy tổ chức.');
    const down: typeof fetch = async () => {
      throw new TypeError('Failed to fetch');
    };
    await expect(fetchSchedule('/x', '2026-Q4', down)).rejects.toThrow('ra.notification.http_error');
    const ok: typeof fetch = async () =>
      new Response(new Uint8Array([80, 75, 3, 4]), { headers: { 'content-disposition': 'attachment; filename="lich.xlsx"' } });
    const file = await fetchSchedule('/x', '2026-Q4', ok);
    expect(file.fileName).toBe('lich.xlsx');
    expect(file.blob.size).toBe(4);
  });
});

describe('who comes to a branch this month', () => {
  it('gives the visits planned at the branch’s meetings this month and the members in charge today', () => {
    const coming = comingThisMonth(
      [
        assignment('1', 'ROTATION', 'An', '25', '2026-11-20'),
        assignment('2', 'ROTATION', 'Bình', '25', '2026-11-03'),
        assignment('3', 'ROTATION', 'Cường', '25', '2026-12-01'),
        assignment('4', 'ROTATION', 'Dũng', '26', '2026-11-03'),
        assignment('5', 'ROTATION', 'Hà', '25', null),
        assignment('6', 'IN_CHARGE', 'Giang', '25', null),
        assignment('7', 'IN_CHARGE', 'Hải', '25', null, { to: '2026-11-10' }),
        assignment('8', 'IN_CHARGE', 'Khánh', '25', null, { from: '2026-11-11' }),
      ],
      '25',
      '2026-11-10',
    );
    expect(coming.visitors.map((a) => a.member?.fullName)).toEqual(['Bình', 'An']);
    // In charge until the 10th means no longer on the 10th; from the 11th, not yet.
    expect(coming.inCharge.map((a) => a.member?.fullName)).toEqual(['Giang']);
  });
});
