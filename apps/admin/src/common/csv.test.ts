import { describe, expect, it } from 'vitest';
import { col, toCsv } from './csv';

describe('CSV export', () => {
  it('starts with a byte-order mark and quotes what needs quoting', () => {
    const csv = toCsv([
      ['Họ và tên', 'Ghi chú'],
      ['Nguyễn Thị Hoa', 'Chuyển đến, "tạm"'],
      ['Lê Văn An', null],
    ]);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv.slice(1).split('\r\n')).toEqual(['Họ và tên,Ghi chú', 'Nguyễn Thị Hoa,"Chuyển đến, ""tạm"""', 'Lê Văn An,', '']);
  });

  it('writes days and enum labels as the office reads them', () => {
    const t = (key: string) => (key === 'chibo.enums.MemberStatus.PROBATIONARY' ? 'Dự bị' : key);
    const record = { admittedOn: '2025-09-02', status: 'PROBATIONARY' };
    expect(col.day<typeof record>('h', (r) => r.admittedOn).value(record, t)).toBe('02/09/2025');
    expect(col.enum<typeof record>('h', 'MemberStatus', (r) => r.status).value(record, t)).toBe('Dự bị');
  });
});
