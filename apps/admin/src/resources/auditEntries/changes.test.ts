import { describe, expect, it } from 'vitest';
import { changedFields, fieldRows, parseFields, recordName, resourceOfEntity } from './changes';

const before = JSON.stringify({ id: '7', version: 3, fullName: 'Lê Văn Binh', phone: null, status: 'PROBATIONARY' });
const after = JSON.stringify({ id: '7', version: 4, fullName: 'Lê Văn Bình', phone: '0912345678', status: 'PROBATIONARY' });

describe('reading audit entries', () => {
  it('lines up before and after field by field, bookkeeping last', () => {
    expect(fieldRows(parseFields(before), parseFields(after))).toEqual([
      { field: 'fullName', before: 'Lê Văn Binh', after: 'Lê Văn Bình', changed: true, bookkeeping: false },
      { field: 'phone', before: null, after: '0912345678', changed: true, bookkeeping: false },
      { field: 'status', before: 'PROBATIONARY', after: 'PROBATIONARY', changed: false, bookkeeping: false },
      { field: 'id', before: '7', after: '7', changed: false, bookkeeping: true },
      { field: 'version', before: 3, after: 4, changed: false, bookkeeping: true },
    ]);
  });

  it('names what an update changed, without the version', () => {
    expect(changedFields({ before, after })).toEqual(['fullName', 'phone']);
    expect(changedFields({ before: null, after })).toEqual([]);
  });

  it('marks nothing as changed on a new or deleted record', () => {
    expect(fieldRows(null, parseFields(after)).every((row) => !row.changed)).toBe(true);
    expect(fieldRows(parseFields(before), null)[0]).toEqual({
      field: 'fullName',
      before: 'Lê Văn Binh',
      after: undefined,
      changed: false,
      bookkeeping: false,
    });
  });

  it('keeps text that is no JSON object', () => {
    expect(parseFields('')).toBeNull();
    expect(parseFields('not json')).toEqual({ value: 'not json' });
    expect(parseFields('[1,2]')).toEqual({ value: [1, 2] });
  });

  it('finds the record name and the resource', () => {
    expect(recordName({ before, after })).toBe('Lê Văn Bình');
    expect(recordName({ before: JSON.stringify({ name: 'Chi bộ 5' }), after: null })).toBe('Chi bộ 5');
    expect(resourceOfEntity('Member')).toBe('members');
    expect(resourceOfEntity('special_duties')).toBe('specialDuties');
    expect(resourceOfEntity('Organization')).toBe('organizations');
    expect(resourceOfEntity('User')).toBeUndefined();
  });
});
