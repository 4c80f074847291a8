import { describe, expect, it } from 'vitest';
import { localityOf, partyOrganizationName, wardLocality, writtenDay, writtenTime } from './print';

describe('the printed record', () => {
  it('is headed by the party organization, not its committee, and dated at its locality', () => {
    expect(partyOrganizationName('Đảng ủy phường Long Biên')).toBe('Đảng bộ phường Long Biên');
    expect(partyOrganizationName('Đảng bộ phường Long Biên')).toBe('Đảng bộ phường Long Biên');
    expect(partyOrganizationName(null)).toBe('');
    expect(localityOf('Đảng ủy phường Long Biên')).toBe('Long Biên');
    expect(localityOf('Đảng ủy xã Bát Tràng')).toBe('Bát Tràng');
    expect(localityOf('Chi bộ Tổ dân phố số 5')).toBe('');
    // Without the committee (a role that does not reach it), the branch's ward.
    expect(wardLocality('Phường Long Biên')).toBe('Long Biên');
    expect(wardLocality('Phường Long Biên (cũ)')).toBe('Long Biên');
    expect(wardLocality('Xã Bát Tràng')).toBe('Bát Tràng');
    expect(wardLocality(null)).toBe('');
  });

  it('writes days and times in words, with blanks to fill by hand when unknown', () => {
    expect(writtenDay('2026-11-05')).toBe('ngày 05 tháng 11 năm 2026');
    expect(writtenDay(null)).toBe('ngày … tháng … năm …');
    expect(writtenTime('19:30')).toBe('19 giờ 30 phút');
    expect(writtenTime(null)).toBe('… giờ … phút');
  });
});
