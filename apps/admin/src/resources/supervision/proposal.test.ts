import { parse, print } from 'graphql';
import { HttpError } from 'ra-core';
import { describe, expect, it } from 'vitest';
import { createDataProvider } from '../../dataProvider';
import { visitConflicts } from './board';
import { ACCEPT_ROTATION, acceptRotationVariables, changeLine, dropLine, lineErrors, proposalLines } from './proposal';

const proposed = [
  { memberId: '7', member: { id: '7', fullName: 'Nguyễn Văn An' }, branchId: '25', branch: null, day: '2026-10-05', meetingId: '901', reasons: ['Chi bộ điểm năm 2026.'], reasonCodes: ['PILOT'] },
  { memberId: '8', member: null, branchId: '26', branch: null, day: '2026-11-03', meetingId: null, reasons: [], reasonCodes: [] },
  { memberId: '9', member: null, branchId: '27', branch: null, day: '2026-12-01', meetingId: '903', reasons: [], reasonCodes: ['ROTATION_RESPECTED'] },
];

describe('the proposal as the office edits it', () => {
  it('accepts the lines left, ids as strings and a line without a meeting with meetingId null', () => {
    const lines = dropLine(proposalLines(proposed), '9');
    expect(acceptRotationVariables({ organizationId: '1', quarter: '2026-Q4', lines })).toEqual({
      input: {
        organizationId: '1',
        quarter: '2026-Q4',
        visits: [
          { memberId: '7', branchId: '25', meetingId: '901' },
          { memberId: '8', branchId: '26', meetingId: null },
        ],
      },
    });
  });

  it('moves a line to another branch and meeting, and drops the planner’s reasons for it', () => {
    const lines = changeLine(proposalLines(proposed), '7', { branchId: '26', branch: { id: '26', name: 'Chi bộ 26', kind: 'BRANCH' }, meetingId: '950', day: '2026-11-03' });
    expect(lines[0]).toMatchObject({ memberId: '7', branchId: '26', meetingId: '950', day: '2026-11-03', reasons: [], reasonCodes: [], changed: true });
    expect(lines[1].changed).toBe(false);
    // Moved onto the branch another member visits, both lines show the conflict before anything is accepted.
    expect(Object.fromEntries(visitConflicts(lines))).toEqual({ '7': ['SHARED_BRANCH'], '8': ['SHARED_BRANCH'] });
    expect(acceptRotationVariables({ organizationId: '1', quarter: '2026-Q4', lines }).input).toMatchObject({
      visits: [{ memberId: '7', branchId: '26', meetingId: '950' }, { memberId: '8' }, { memberId: '9' }],
    });
  });

  it('puts a refusal back on the line it names', () => {
    const error = new HttpError('x', 400, { errors: { 'visits.1.branchId': 'Chi bộ không tồn tại.', 'visits.1.meetingId': 'Cuộc họp không thuộc chi bộ.', quarter: 'Quý không hợp lệ.' } });
    expect(lineErrors(error)).toEqual({ 1: 'Chi bộ không tồn tại. Cuộc họp không thuộc chi bộ.' });
    expect(lineErrors(new Error('network'))).toEqual({});
  });
});

describe('accepting the proposal over HTTP', () => {
  it('sends one acceptRotation and reads back the quarter’s visits, or the refusal naming a line', async () => {
    const sent: Array<{ operationName: string; variables: unknown }> = [];
    const answers = [
      { data: null, errors: [{ message: 'visits.0.memberId: Chỉ ủy viên Ban Thường vụ.', extensions: { code: 'BAD_USER_INPUT', field: 'visits.0.memberId' } }] },
      { data: { data: [{ __typename: 'SupervisorAssignment', id: '31', kind: 'ROTATION', memberId: '7', branchId: '25' }] } },
    ];
    const fetch: typeof globalThis.fetch = async (_url, init) => {
      sent.push(JSON.parse(String(init?.body)));
      return Response.json(answers.shift());
    };
    const provider = createDataProvider({ uri: 'http://api.test/graphql', fetch });
    const params = { organizationId: '1', quarter: '2026-Q4', lines: proposalLines(proposed.slice(0, 1)) };
    await expect(provider.acceptRotation(params)).rejects.toMatchObject({ body: { errors: { 'visits.0.memberId': 'Chỉ ủy viên Ban Thường vụ.' } } });
    const saved = await provider.acceptRotation(params);
    expect(saved.data).toEqual([{ id: '31', kind: 'ROTATION', memberId: '7', branchId: '25' }]);
    expect(sent[1]).toMatchObject({ operationName: 'AcceptRotation', variables: { input: { organizationId: '1', quarter: '2026-Q4', visits: [{ memberId: '7', branchId: '25', meetingId: '901' }] } } });
    expect(print(parse(ACCEPT_ROTATION)).replace(/\s+/g, ' ')).toContain('data: acceptRotation(input: $input) { id version kind quarter');
  });
});
