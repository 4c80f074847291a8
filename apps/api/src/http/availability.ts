import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';
import type { Context } from '../context.type';
import { ErrorCode } from '../shared/errors';
import { logger } from '../shared/logger';

/** Why the database could not serve a request, or null when an error has nothing to do with its availability. */
export type DatabaseFailure = 'timeout' | 'unreachable';

const TIMEOUT_MESSAGES = /Query read timeout|timeout expired|connection timeout|Timeout acquiring a connection/i;
/**
 * "Transaction query already complete": when BEGIN itself fails (times out), knex keeps that error on the
 * transaction's own promise and hands out the transaction anyway, so the first statement in it reports only this.
 * It could also be a bug (a query after commit); the plugin that logs unexpected errors still logs it in full.
 */
const UNREACHABLE_MESSAGES = /Connection terminated|not queryable|Unable to acquire a connection|Transaction query already complete/i;
const UNREACHABLE_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'ENOTFOUND', 'EAI_AGAIN', 'EPIPE']);

/**
 * Classifies an error by walking its causes (GraphQL's originalError, MikroORM's copied driver error, `cause`):
 * a time limit (client-side query timeout, connect timeout, pool acquire timeout, PostgreSQL's statement_timeout,
 * SQLite's busy_timeout) or a server that cannot be reached (refused, reset, shutting down, too many connections).
 */
export function classifyDatabaseFailure(error: unknown): DatabaseFailure | null {
  let current: unknown = error;
  for (let depth = 0; depth < 6 && current instanceof Error; depth++) {
    const { code, name } = current as Error & { code?: unknown };
    if (name === 'KnexTimeoutError' || name === 'TimeoutError' || TIMEOUT_MESSAGES.test(current.message)) return 'timeout';
    // 57014 query_canceled (statement_timeout); SQLITE_BUSY once busy_timeout has passed.
    if (code === '57014' || code === 'SQLITE_BUSY') return 'timeout';
    if (typeof code === 'string' && (UNREACHABLE_CODES.has(code) || code.startsWith('08') || ['57P01', '57P02', '57P03', '53300'].includes(code))) {
      return 'unreachable';
    }
    if (name === 'ConnectionException' || UNREACHABLE_MESSAGES.test(current.message)) return 'unreachable';
    const next = current as { originalError?: unknown; cause?: unknown; previous?: unknown };
    current = next.originalError ?? next.cause ?? next.previous;
  }
  return null;
}

export const SERVICE_UNAVAILABLE_MESSAGE = 'Cơ sở dữ liệu tạm thời không phản hồi. Vui lòng thử lại sau ít phút.';

/**
 * Turns an error in place into SERVICE_UNAVAILABLE with HTTP 503, and a message that carries no SQL. In place
 * because Apollo reads the HTTP status and the code from the error object it holds (before formatError runs), and
 * offers no hook to substitute it; GraphQLError copies `extensions` from its original error, which this also sets.
 */
function markUnavailable(error: Error & { extensions?: Record<string, unknown> }): void {
  error.message = SERVICE_UNAVAILABLE_MESSAGE;
  error.extensions = { ...(error.extensions ?? {}), code: ErrorCode.SERVICE_UNAVAILABLE, http: { status: 503 } };
}

/**
 * A database that is down or hung answers SERVICE_UNAVAILABLE (HTTP 503), not INTERNAL_SERVER_ERROR: the request was
 * valid and can be retried as is, load balancers and clients treat 503 as "try again", and an operator's alerts on
 * INTERNAL_SERVER_ERROR (bugs) are not drowned by an outage. Covers both places a request reaches the database:
 * the context (the session lookup) and the resolvers. Register it after the plugin that logs unexpected errors,
 * so the original error is logged before it is replaced.
 */
export const databaseAvailabilityPlugin: ApolloServerPlugin<Context> = {
  async contextCreationDidFail({ error }) {
    const failure = classifyDatabaseFailure(error);
    if (!failure) return;
    logger.error({ err: error, failure }, 'database unavailable while creating the request context');
    markUnavailable(error);
    // Apollo prefixes "Context creation failed: " to a context error unless it is a GraphQLError already.
    Object.setPrototypeOf(error, GraphQLError.prototype);
  },
  async requestDidStart() {
    return {
      async didEncounterErrors({ errors }) {
        for (const error of errors) {
          if (classifyDatabaseFailure(error)) markUnavailable(error as GraphQLError);
        }
      },
    };
  },
};
