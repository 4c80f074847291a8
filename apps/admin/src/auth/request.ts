/**
 * A bare GraphQL request for the session calls (login, logout, me, changePassword). They go outside
 * Apollo: they answer scalars or the viewer, not records, and the auth provider must read their error codes.
 */

interface GraphQLErrorBody {
  message?: string;
  extensions?: { code?: string; field?: string; retryAfterSeconds?: number };
}

/** A refused call: the API's error code (UNAUTHENTICATED, TOO_MANY_REQUESTS, ...) and the field it names. */
export class ApiError extends Error {
  readonly code: string;
  readonly field?: string;
  /** For TOO_MANY_REQUESTS: how long this address must wait before the next try. */
  readonly retryAfterSeconds?: number;

  constructor(message: string, code: string, field?: string, retryAfterSeconds?: number) {
    super(message);
    this.name = 'ApiError';
    this.code = code;
    this.field = field;
    this.retryAfterSeconds = retryAfterSeconds;
  }
}

/** The code of a transport failure: no answer, or one that is not GraphQL. Its message is a translation key. */
export const NETWORK = 'NETWORK';

export type Request = <T>(query: string, variables?: Record<string, unknown>) => Promise<T>;

export function createRequest(uri: string, fetchFn: typeof fetch): Request {
  return async <T>(query: string, variables: Record<string, unknown> = {}): Promise<T> => {
    let body: { data?: T | null; errors?: GraphQLErrorBody[] };
    try {
      const response = await fetchFn(uri, {
        method: 'POST',
        // The session cookie is HttpOnly and SameSite=Strict: the browser sends it only when asked to.
        credentials: 'same-origin',
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        body: JSON.stringify({ query, variables }),
      });
      body = (await response.json()) as typeof body;
    } catch {
      throw new ApiError('ra.notification.http_error', NETWORK);
    }
    const first = body.errors?.[0];
    if (first) {
      throw new ApiError(first.message ?? '', first.extensions?.code ?? 'INTERNAL_SERVER_ERROR', first.extensions?.field, first.extensions?.retryAfterSeconds);
    }
    if (body.data == null) throw new ApiError('ra.notification.http_error', NETWORK);
    return body.data;
  };
}
