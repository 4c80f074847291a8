import { HttpError } from 'ra-core';
import { describe, expect, it } from 'vitest';
import { createDataProvider } from './index';
import { allPages, assignmentVariables, chosenLines, rowErrors } from './memberTasks';

const rows = [
  { memberId: '101', included: true, description: ' Phụ trách vận động đóng đảng phí ' },
  { memberId: '102', included: true, description: '   ' },
  { memberId: '103', included: false, description: 'Ghi rồi bỏ chọn' },
  { memberId: '104', included: true, description: 'Theo dõi hộ gia đình khu A' },
];

/** What a save of the ticked rows with a task sends for branch 25 in 2026: ids as strings, tasks trimmed, in order. */
const SENT = {
  branchId: '25',
  year: 2026,
  assignedOn: '2026-01-12',
  tasks: [
    { memberId: '101', description: 'Phụ trách vận động đóng đảng phí' },
    { memberId: '104', description: 'Theo dõi hộ gia đình khu A' },
  ],
};

describe('the sheet of the year’s tasks', () => {
  it('sends the ticked rows with a task, in order, and knows the row of each line', () => {
    expect(chosenLines(rows)).toEqual({
      lines: [
        { memberId: '101', description: 'Phụ trách vận động đóng đảng phí' },
        { memberId: '104', description: 'Theo dõi hộ gia đình khu A' },
      ],
      rowOf: [0, 3],
    });
    expect(chosenLines([])).toEqual({ lines: [], rowOf: [] });
  });

  it('builds the input of assignMemberTasks: ids as strings, the year a number, tasks trimmed', () => {
    const { lines } = chosenLines(rows);
    expect(
      assignmentVariables({ branchId: 25 as unknown as string, year: '2026' as unknown as number, assignedOn: '2026-01-12', lines }),
    ).toEqual({ input: SENT });
  });

  it('puts a refused line back on the row it was sent from', () => {
    const { rowOf } = chosenLines(rows);
    expect(
      rowErrors(
        {
          'tasks.1.description': 'Cần nội dung nhiệm vụ (tối đa 500 ký tự).',
          'tasks.1.memberId': 'Đảng viên không sinh hoạt tại chi bộ vào ngày phân công.',
          'tasks.0.year': 'đảng viên đã được phân công nhiệm vụ năm 2026 tại chi bộ này.',
          'tasks.9.memberId': 'A line the sheet did not send.',
          assignedOn: 'Ngày phân công không thể ở tương lai.',
          root: { serverError: 'x' },
        },
        rowOf,
      ),
    ).toEqual({
      0: 'Đảng viên đã được phân công nhiệm vụ năm 2026 tại chi bộ này.',
      3: 'Cần nội dung nhiệm vụ (tối đa 500 ký tự). Đảng viên không sinh hoạt tại chi bộ vào ngày phân công.',
    });
    expect(rowErrors(undefined, rowOf)).toEqual({});
  });

  it('reads every member without a task, 100 a page', async () => {
    const asked: Array<{ page: number; perPage: number; filter: unknown }> = [];
    const members = Array.from({ length: 230 }, (_, i) => ({ id: String(i + 1) }));
    const all = await allPages(
      async (_resource, params) => {
        const { page, perPage } = params.pagination ?? { page: 1, perPage: 25 };
        asked.push({ page, perPage, filter: params.filter });
        return { data: members.slice((page - 1) * perPage, page * perPage), total: members.length };
      },
      'membersWithoutTask',
      { organizationId: '25', year: 2026, asOf: '2026-01-12' },
    );
    expect(all).toHaveLength(230);
    expect(asked.map((a) => [a.page, a.perPage])).toEqual([
      [1, 100],
      [2, 100],
      [3, 100],
    ]);
    expect(asked[0].filter).toEqual({ organizationId: '25', year: 2026, asOf: '2026-01-12' });

    // Exactly a page: the total says there is no second one.
    let calls = 0;
    const hundred = await allPages(
      async () => {
        calls += 1;
        return { data: members.slice(0, 100), total: 100 };
      },
      'membersWithoutTask',
      {},
    );
    expect(hundred).toHaveLength(100);
    expect(calls).toBe(1);
  });

  it('assigns in one request and maps a refused line, the day or the whole call', async () => {
    const sent: Array<{ operationName: string; variables: Record<string, unknown> }> = [];
    const refusal = (field: string, message: string, code = 'BAD_USER_INPUT') => ({
      data: null,
      errors: [{ message: `${field}: ${message}`, extensions: { code, field } }],
    });
    const answers = [
      refusal('tasks.1.description', 'Cần nội dung nhiệm vụ (tối đa 500 ký tự).'),
      refusal('tasks.0.year', 'đảng viên đã được phân công nhiệm vụ năm 2026 tại chi bộ này.', 'CONFLICT'),
      refusal('assignedOn', 'Ngày phân công không thể ở tương lai.'),
      refusal('tasks', 'Từ 1 đến 500 dòng.'),
      {
        data: {
          data: [
            { __typename: 'MemberTask', id: '9', version: 1, memberId: '101', year: 2026, member: { __typename: 'Member', id: '101', fullName: 'A' } },
            { __typename: 'MemberTask', id: '10', version: 1, memberId: '104', year: 2026, member: null },
          ],
        },
      },
    ];
    const provider = createDataProvider({
      uri: 'http://api.test/graphql',
      fetch: async (_input, init) => {
        sent.push(JSON.parse(String(init?.body)));
        return new Response(JSON.stringify(answers.shift()), { status: 200, headers: { 'content-type': 'application/json' } });
      },
    });
    const params = { branchId: '25', year: 2026, assignedOn: '2026-01-12', lines: chosenLines(rows).lines };

    const refusedLine = provider.assignMemberTasks(params);
    await expect(refusedLine).rejects.toBeInstanceOf(HttpError);
    await expect(refusedLine).rejects.toMatchObject({
      status: 400,
      body: { errors: { 'tasks.1.description': 'Cần nội dung nhiệm vụ (tối đa 500 ký tự).' } },
    });
    await expect(provider.assignMemberTasks(params)).rejects.toMatchObject({
      status: 409,
      body: { errors: { 'tasks.0.year': 'đảng viên đã được phân công nhiệm vụ năm 2026 tại chi bộ này.' } },
    });
    // The day is an input of the sheet's heading; a refusal naming no line or input is the sheet's own.
    await expect(provider.assignMemberTasks(params)).rejects.toMatchObject({
      body: { errors: { assignedOn: 'Ngày phân công không thể ở tương lai.' } },
    });
    await expect(provider.assignMemberTasks(params)).rejects.toMatchObject({
      body: { errors: { root: { serverError: 'Từ 1 đến 500 dòng.' } } },
    });

    const saved = await provider.assignMemberTasks(params);
    expect(saved.data).toEqual([
      { id: '9', version: 1, memberId: '101', year: 2026, member: { id: '101', fullName: 'A' } },
      { id: '10', version: 1, memberId: '104', year: 2026, member: null },
    ]);
    expect(sent).toHaveLength(5);
    expect(sent[4].operationName).toBe('AssignMemberTasks');
    expect(sent[4].variables).toEqual({ input: SENT });
  });
});
