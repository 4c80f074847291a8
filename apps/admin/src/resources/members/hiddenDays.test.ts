import { describe, expect, it } from 'vitest';
import { buildQuery } from '../../dataProvider/buildQuery';
import { withoutHiddenDays } from './hiddenDays';

describe('the days a member form hides', () => {
  it('keeps the retirement day of a retired member, planned or past', () => {
    const data = { status: 'OFFICIAL', officialOn: '2001-05-19', workStatus: 'RETIRED', retiredOn: '2027-01-01' };
    expect(withoutHiddenDays(data)).toEqual(data);
  });

  it('clears the retirement day of a member back at work, and the official day of a probationary member', () => {
    expect(withoutHiddenDays({ status: 'PROBATIONARY', officialOn: '2001-05-19', workStatus: 'WORKING', retiredOn: '2027-01-01' })).toEqual({
      status: 'PROBATIONARY',
      officialOn: null,
      workStatus: 'WORKING',
      retiredOn: null,
    });
  });

  it('sends the retirement day with the status, and its clearing when the member works again', () => {
    const previousData = { id: '7', version: 2, status: 'OFFICIAL', workStatus: 'WORKING', retiredOn: null };
    const retiring = buildQuery('UPDATE', 'members', {
      id: '7',
      data: withoutHiddenDays({ ...previousData, workStatus: 'RETIRED', retiredOn: '2027-01-01' }),
      previousData,
    });
    expect(retiring.variables.input).toEqual({ workStatus: 'RETIRED', retiredOn: '2027-01-01', version: 2 });

    const retired = { ...previousData, workStatus: 'RETIRED', retiredOn: '2025-03-01' };
    const back = buildQuery('UPDATE', 'members', { id: '7', data: withoutHiddenDays({ ...retired, workStatus: 'WORKING' }), previousData: retired });
    expect(back.variables.input).toEqual({ workStatus: 'WORKING', retiredOn: null, version: 2 });
  });
});
