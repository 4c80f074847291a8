import { describe, expect, it } from 'vitest';
import { foldForSearch, personSortKey, vietnameseSortKey } from './text';

describe('foldForSearch', () => {
  it('folds diacritics and đ so that plain ASCII finds Vietnamese names', () => {
    expect(foldForSearch('Nguyễn Văn Đức')).toBe('nguyen van duc');
    expect(foldForSearch('  ĐẢNG   ủy ')).toBe('dang uy');
  });
  it('treats NFC and NFD input alike', () => {
    expect(foldForSearch('Nguyễn'.normalize('NFD'))).toBe(foldForSearch('Nguyễn'.normalize('NFC')));
  });
});

describe('vietnameseSortKey', () => {
  const sorted = (words: string[]) => [...words].sort((a, b) => (vietnameseSortKey(a) < vietnameseSortKey(b) ? -1 : 1));
  it('orders by the Vietnamese alphabet, d before đ before e', () => {
    expect(sorted(['Đức', 'Em', 'Dung', 'Ánh', 'Anh', 'Ân', 'Ăn', 'Bình'])).toEqual(['Anh', 'Ánh', 'Ăn', 'Ân', 'Bình', 'Dung', 'Đức', 'Em']);
  });
  it('puts a shorter word before its extensions and orders tones as a tie-break', () => {
    expect(sorted(['Anh', 'An', 'Án', 'Ạn', 'Àn'])).toEqual(['An', 'Àn', 'Án', 'Ạn', 'Anh']);
  });
  it('uses only characters every collation orders alike', () => {
    expect(vietnameseSortKey('Chi bộ Tổ dân phố 12 - Đức Giang')).toMatch(/^[0-9a-z]+$/);
  });
});

describe('personSortKey', () => {
  it('orders people by given name first, as Vietnamese rolls do', () => {
    const names = ['Trần Văn Bình', 'Nguyễn Thị An', 'Lê Văn An'];
    const sorted = [...names].sort((a, b) => (personSortKey(a) < personSortKey(b) ? -1 : 1));
    expect(sorted).toEqual(['Lê Văn An', 'Nguyễn Thị An', 'Trần Văn Bình']);
  });
});
