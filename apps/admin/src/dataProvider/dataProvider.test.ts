import { HttpError } from 'ra-core';
import { describe, expect, it } from 'vitest';
import { createDataProvider } from './index';

interface Sent {
  operationName: string;
  query: string;
  variables: Record<string, unknown>;
}

/** A fake API: records each request body and answers with the next canned response. */
function fakeApi(...answers: Array<{ status?: number; body: unknown }>) {
  const sent: Sent[] = [];
  const fetch: typeof globalThis.fetch = async (_input, init) => {
    sent.push(JSON.parse(String(init?.body)) as Sent);
    const answer = answers.shift() ?? { body: { data: null } };
    return new Response(JSON.stringify(answer.body), {
      status: answer.status ?? 200,
      headers: { 'content-type': 'application/json' },
    });
  };
  return { sent, provider: createDataProvider({ uri: 'http://api.test/graphql', fetch }) };
}

describe('the data provider over HTTP', () => {
  it('lists members of a branch with paging, sort and filter, and parses the page', async () => {
    const { sent, provider } = fakeApi({
      body: {
        data: {
          page: {
            __typename: 'MemberPage',
            total: 54,
            items: [{ __typename: 'Member', id: '101', fullName: 'Nguyễn Thị An', branch: { __typename: 'Organization', id: '25', name: 'Chi bộ 5' } }],
          },
        },
      },
    });
    const result = await provider.getManyReference('members', {
      target: 'organizationId',
      id: '25',
      pagination: { page: 2, perPage: 25 },
      sort: { field: 'name', order: 'ASC' },
      filter: { status: 'OFFICIAL' },
    });
    expect(sent[0].variables).toEqual({
      filter: { status: ['OFFICIAL'], organizationId: '25' },
      sort: [{ field: 'NAME', direction: 'ASC' }],
      offset: 25,
      limit: 25,
    });
    expect(sent[0].operationName).toBe('MemberReference');
    expect(result).toEqual({ data: [{ id: '101', fullName: 'Nguyễn Thị An', branch: { id: '25', name: 'Chi bộ 5' } }], total: 54 });
  });

  it('fetches an export larger than the API page as consecutive pages of 100', async () => {
    const page = (from: number, count: number) => ({
      body: { data: { page: { __typename: 'WardPage', total: 230, items: Array.from({ length: count }, (_, i) => ({ __typename: 'Ward', id: String(from + i) })) } } },
    });
    const { sent, provider } = fakeApi(page(0, 100), page(100, 100), page(200, 30));
    const result = await provider.getList('wards', { pagination: { page: 1, perPage: 1000 }, sort: { field: 'name', order: 'ASC' }, filter: {} });
    expect(sent.map((s) => [s.variables.offset, s.variables.limit])).toEqual([[0, 100], [100, 100], [200, 100]]);
    expect(result.data).toHaveLength(230);
    expect(result.total).toBe(230);
  });

  it('sends the edited version with an update', async () => {
    const { sent, provider } = fakeApi({ body: { data: { data: { id: '7', version: 5, fullName: 'Lê Văn Bình' } } } });
    const previousData = { id: '7', version: 4, fullName: 'Lê Văn Binh', phone: '0912' };
    const result = await provider.update('members', { id: '7', data: { ...previousData, fullName: 'Lê Văn Bình' }, previousData });
    expect(sent[0].variables).toEqual({ id: '7', input: { fullName: 'Lê Văn Bình', version: 4 } });
    expect(result.data).toEqual({ id: '7', version: 5, fullName: 'Lê Văn Bình' });
  });

  it('rejects a refused create with the messages under the form inputs', async () => {
    const { provider } = fakeApi({
      body: {
        data: null,
        errors: [
          {
            message: 'membership.branchId: Đảng viên sinh hoạt tại một chi bộ.',
            extensions: {
              code: 'BAD_USER_INPUT',
              field: 'membership.branchId',
              violations: [{ field: 'membership.branchId', code: 'BAD_USER_INPUT', message: 'Đảng viên sinh hoạt tại một chi bộ.' }],
            },
          },
        ],
      },
    });
    const failure = provider.create('members', {
      data: { fullName: 'Trần Văn Cường', status: 'PROBATIONARY', admittedOn: '2025-01-01', membership: { branchId: '8', from: '2025-01-01' } },
    });
    await expect(failure).rejects.toBeInstanceOf(HttpError);
    await expect(failure).rejects.toMatchObject({
      status: 400,
      message: 'Đảng viên sinh hoạt tại một chi bộ.',
      body: { errors: { 'membership.branchId': 'Đảng viên sinh hoạt tại một chi bộ.' } },
    });
  });

  it('keeps the field of an HTTP 400 coercion error', async () => {
    const { provider } = fakeApi({
      status: 400,
      body: {
        errors: [
          {
            message: 'Variable "$input" got invalid value "2025-02-30" at "input.foundedOn"; Ngày phải có dạng YYYY-MM-DD và là một ngày có thật.',
            extensions: { code: 'BAD_USER_INPUT' },
          },
        ],
      },
    });
    await expect(provider.create('wards', { data: { code: 'X', name: 'Phường X', foundedOn: '2025-02-30' } })).rejects.toMatchObject({
      body: { errors: { foundedOn: 'Ngày phải có dạng YYYY-MM-DD và là một ngày có thật.' } },
    });
  });

  it('reports a server that cannot be reached as a communication error', async () => {
    const provider = createDataProvider({
      uri: 'http://api.test/graphql',
      fetch: async () => {
        throw new TypeError('Failed to fetch');
      },
    });
    await expect(provider.getOne('wards', { id: '1' })).rejects.toMatchObject({ message: 'ra.notification.http_error' });
  });

  it('deletes many records in one request', async () => {
    const { sent, provider } = fakeApi({ body: { data: { r0: { id: '3' }, r1: { id: '4' } } } });
    const result = await provider.deleteMany('positions', { ids: ['3', '4'] });
    expect(sent).toHaveLength(1);
    expect(sent[0].variables).toEqual({ id0: '3', id1: '4' });
    expect(result).toEqual({ data: ['3', '4'] });
  });
});
