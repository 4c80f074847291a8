import { describe, expect, it } from 'vitest';
import { fold, type GuestOption, guestOptions } from './guests';

const committee: GuestOption[] = [
  { group: 'committee', id: '2155', name: 'Nguyễn Ngọc Giang', detail: 'Bí thư Đảng ủy' },
  { group: 'committee', id: '2156', name: 'Lê Trọng Việt', detail: 'Phó Bí thư Đảng ủy' },
  { group: 'committee', id: '2162', name: 'Trần Hữu Giang', detail: 'Đảng ủy viên' },
];

describe('the guest picker', () => {
  it('matches names whatever the case and the diacritics', () => {
    expect(fold('  Đặng Thị Giàng ')).toBe('dang thi giang');
    expect(fold('NGUYỄN')).toBe(fold('nguyen'));
  });

  it('offers the whole committee before anything is typed', () => {
    expect(guestOptions(committee, [], '')).toEqual(committee);
    expect(guestOptions([], [], '')).toEqual([]);
  });

  it('offers the matching committee members first, then members found, each once, then the name as typed', () => {
    const found: GuestOption[] = [
      { group: 'members', id: '2162', name: 'Trần Hữu Giang', detail: 'Chi bộ Cơ quan Đảng - Đoàn thể phường' },
      { group: 'members', id: '301', name: 'Phạm Giang', detail: 'Chi bộ Tổ dân phố số 5' },
    ];
    expect(guestOptions(committee, found, 'giang')).toEqual([
      committee[0],
      committee[2],
      found[1],
      { group: 'typed', name: 'giang' },
    ]);
  });

  it('does not offer a typed name that is exactly a choice', () => {
    expect(guestOptions(committee, [], 'le trong viet')).toEqual([committee[1]]);
  });

  it('offers a name alone when nobody on file matches: an outside guest', () => {
    expect(guestOptions(committee, [], ' Ông Hoàng Văn Thụ (Mặt trận) ')).toEqual([{ group: 'typed', name: 'Ông Hoàng Văn Thụ (Mặt trận)' }]);
  });
});
