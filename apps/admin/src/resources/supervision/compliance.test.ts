import { describe, expect, it } from 'vitest';
import { figureText, inChargeBehindFirst, standingBehindFirst, standingStatus } from './compliance';
import { membersOfPositions, quarterChoices } from './scope';

describe('the compliance view', () => {
  it('tells a member who attended on rotation from one who repeated a branch or did not attend', () => {
    expect(standingStatus({ attended: true, rotationRespected: true })).toBe('RESPECTED');
    expect(standingStatus({ attended: true, rotationRespected: false })).toBe('NOT_ROTATED');
    expect(standingStatus({ attended: false, rotationRespected: false })).toBe('NOT_ATTENDED');
  });

  it('lists those behind first, keeping the API’s order within each group', () => {
    const lines = [
      { memberId: 'a', attended: true, rotationRespected: true },
      { memberId: 'b', attended: true, rotationRespected: false },
      { memberId: 'c', attended: false, rotationRespected: false },
      { memberId: 'd', attended: true, rotationRespected: true },
      { memberId: 'e', attended: false, rotationRespected: false },
    ];
    expect(standingBehindFirst(lines).map((l) => l.memberId)).toEqual(['c', 'e', 'b', 'a', 'd']);
    expect(inChargeBehindFirst(lines).map((l) => l.memberId)).toEqual(['c', 'e', 'a', 'b', 'd']);
  });

  it('writes a figure as numerator/denominator with its share in the reader’s language', () => {
    expect(figureText({ numerator: 5, denominator: 7, rate: 5 / 7 }, 'vi')).toBe('5/7 (71,4%)');
    expect(figureText({ numerator: 5, denominator: 7, rate: 5 / 7 }, 'en')).toBe('5/7 (71.4%)');
    expect(figureText({ numerator: 0, denominator: 0, rate: null }, 'vi')).toBe('0/0');
  });
});

describe('the committee and quarter of the supervision pages', () => {
  it('offers next quarter, this one and the four before it', () => {
    expect(quarterChoices('2026-11-28')).toEqual(['2027-Q1', '2026-Q4', '2026-Q3', '2026-Q2', '2026-Q1', '2025-Q4']);
  });

  it('offers each committee member once, the secretary first, then by name', () => {
    const position = (role: string, id: string, fullName: string) => ({ role, member: { id, fullName } }) as never;
    const roles = ['WARD_SECRETARY', 'WARD_DEPUTY_SECRETARY', 'WARD_STANDING_COMMITTEE_MEMBER'];
    expect(
      membersOfPositions(
        [
          position('WARD_STANDING_COMMITTEE_MEMBER', '9', 'Trần Văn Bình'),
          position('WARD_STANDING_COMMITTEE_MEMBER', '8', 'Đỗ Thị Anh'),
          position('WARD_DEPUTY_SECRETARY', '7', 'Lê Văn Cường'),
          position('WARD_SECRETARY', '6', 'Phạm Thị Dung'),
          position('WARD_STANDING_COMMITTEE_MEMBER', '7', 'Lê Văn Cường'),
        ],
        roles,
      ),
    ).toEqual([
      { id: '6', name: 'Phạm Thị Dung' },
      { id: '7', name: 'Lê Văn Cường' },
      { id: '8', name: 'Đỗ Thị Anh' },
      { id: '9', name: 'Trần Văn Bình' },
    ]);
  });
});
