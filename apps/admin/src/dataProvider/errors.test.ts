import { HttpError } from 'ra-core';
import { describe, expect, it } from 'vitest';
import { graphQLErrorsOf, translateError } from './errors';

/** What ra-data-graphql rejects with when the API answers with GraphQL errors: an HttpError around an ApolloError. */
const fromApollo = (...graphQLErrors: object[]) => new HttpError('apollo error', 200, { graphQLErrors });

describe('translateError', () => {
  it('puts every violation under the form input it names, nested sources included', () => {
    const error = translateError(
      fromApollo({
        message: 'membership.from: Chi bộ chưa được thành lập vào ngày này.',
        extensions: {
          code: 'BAD_USER_INPUT',
          field: 'membership.from',
          violations: [
            { field: 'membership.from', code: 'BAD_USER_INPUT', message: 'Chi bộ chưa được thành lập vào ngày này.' },
            { field: 'membership.from', code: 'BAD_USER_INPUT', message: 'Không thể sinh hoạt trước ngày vào Đảng.' },
            { field: 'membership.branchId', code: 'BAD_USER_INPUT', message: 'Đảng viên sinh hoạt tại một chi bộ.' },
          ],
        },
      }),
      'members',
    );
    expect(error).toBeInstanceOf(HttpError);
    const http = error as HttpError;
    expect(http.status).toBe(400);
    expect(http.message).toBe('Chi bộ chưa được thành lập vào ngày này.');
    expect(http.body).toEqual({
      errors: {
        'membership.from': 'Chi bộ chưa được thành lập vào ngày này. Không thể sinh hoạt trước ngày vào Đảng.',
        'membership.branchId': 'Đảng viên sinh hoạt tại một chi bộ.',
      },
    });
  });

  it('uses the field of an error without a violation list', () => {
    const http = translateError(
      fromApollo({ message: 'parentId: không tìm thấy tổ chức.', extensions: { code: 'NOT_FOUND', field: 'parentId' } }),
      'organizations',
    ) as HttpError;
    expect(http.status).toBe(404);
    expect(http.body.errors).toEqual({ parentId: 'không tìm thấy tổ chức.' });
  });

  it('makes a conflict on a field the form does not show a form-level error', () => {
    const http = translateError(
      fromApollo({
        message: 'memberId: Không tìm thấy đảng viên.',
        extensions: { code: 'BAD_USER_INPUT', field: 'memberId', violations: [{ field: 'memberId', code: 'BAD_USER_INPUT', message: 'Không tìm thấy đảng viên.' }] },
      }),
      'memberTransfers',
    ) as HttpError;
    expect(http.body.errors).toEqual({ root: { serverError: 'Không tìm thấy đảng viên.' } });
  });

  it('explains a stale version: a translatable status, and the server’s account of who changed what', () => {
    const http = translateError(
      fromApollo({ message: 'version: bản ghi đã được sửa sau khi bạn mở bởi vanphong (address); phiên bản hiện tại 4. Hãy tải lại.', extensions: { code: 'CONFLICT', field: 'version' } }),
      'organizations',
    ) as HttpError;
    expect(http.status).toBe(409);
    expect(http.message).toBe('chibo.errors.stale_version');
    expect(http.body.errors).toEqual({ root: { serverError: 'bản ghi đã được sửa sau khi bạn mở bởi vanphong (address); phiên bản hiện tại 4. Hãy tải lại.' } });
  });

  it('finds the field of a variable the server could not coerce', () => {
    const http = translateError(
      {
        errors: [
          {
            message: 'Variable "$input" got invalid value "2025-13-01" at "input.birthDate"; Ngày phải có dạng YYYY-MM-DD và là một ngày có thật.',
            extensions: { code: 'BAD_USER_INPUT' },
          },
        ],
      },
      'members',
    ) as HttpError;
    expect(http.body.errors).toEqual({ birthDate: 'Ngày phải có dạng YYYY-MM-DD và là một ngày có thật.' });
  });

  it('turns a delete refused for history into a plain message', () => {
    const http = translateError(
      fromApollo({
        message: 'id: Tổ chức đã có tổ chức trực thuộc, đảng viên hoặc chức vụ; hãy ghi ngày giải thể thay vì xóa.',
        extensions: { code: 'CONFLICT', field: 'id' },
      }),
      'organizations',
    ) as HttpError;
    expect(http.message).toBe('Tổ chức đã có tổ chức trực thuộc, đảng viên hoặc chức vụ; hãy ghi ngày giải thể thay vì xóa.');
    expect(http.status).toBe(409);
  });

  it('reports a network failure with the translated communication error', () => {
    const http = translateError(new HttpError('Failed to fetch', 0), 'members') as HttpError;
    expect(http.message).toBe('ra.notification.http_error');
    expect(http.body).toBeFalsy();
  });

  it('leaves other errors alone', () => {
    const original = new Error('boom');
    expect(translateError(original, 'members')).toBe(original);
  });

  it('finds GraphQL errors wherever they are', () => {
    expect(graphQLErrorsOf(undefined)).toEqual([]);
    expect(graphQLErrorsOf({ graphQLErrors: [] })).toEqual([]);
    expect(graphQLErrorsOf({ body: { graphQLErrors: [{ message: 'x' }] } })).toEqual([{ message: 'x' }]);
  });
});
