import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { unwrapResolverError } from '@apollo/server/errors';
import { expressMiddleware } from '@as-integrations/express5';
import type { MikroORM } from '@mikro-orm/core';
import { renderGraphiQL } from '@graphql-yoga/render-graphiql';
import { parse as parseCookies } from 'cookie';
import express, { type ErrorRequestHandler, type Express } from 'express';
import { pinoHttp } from 'pino-http';
import { GraphQLError, type GraphQLFormattedError, Kind, type SelectionNode } from 'graphql';
import { createContext } from './context';
import type { Context } from './context.type';
import { databaseAvailabilityPlugin } from './http/availability';
import { exportsRouter } from './http/exports';
import { healthRouter } from './http/health';
import { createMetrics } from './http/metrics';
import { createSchema } from './schema';
import { ErrorCode } from './shared/errors';
import { limitRules, QUERY_LIMITS } from './shared/limits';
import { SESSION_COOKIE, viewerFromToken } from './modules/auth/auth.service';
import { logger } from './shared/logger';

/** The largest request body accepted on /graphql. */
export const BODY_LIMIT = '1mb';

/** Codes whose messages are written for clients; anything else is masked. */
const CLIENT_CODES = new Set<string>([
  ...Object.values(ErrorCode).filter((c) => c !== ErrorCode.INTERNAL_SERVER_ERROR),
  'GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_REQUEST', 'OPERATION_RESOLUTION_FAILURE', 'PERSISTED_QUERY_NOT_FOUND',
]);

/**
 * graphql-js stops coercing variables after 50 invalid values with an error that carries no code (Apollo would call
 * it internal); it is the client's input, so it answers as bad input.
 */
function isVariableFlood(error: unknown): boolean {
  return error instanceof GraphQLError && error.message.startsWith('Too many errors processing variables');
}

/** Masks every error that is not a deliberate client error: no SQL, stack or internal message leaves the server. */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  if (isVariableFlood(original)) {
    return { message: 'Biến đầu vào có quá nhiều giá trị không hợp lệ.', extensions: { code: ErrorCode.BAD_USER_INPUT } };
  }
  const code = String(formatted.extensions?.code ?? '');
  if (CLIENT_CODES.has(code) && (original instanceof GraphQLError || !(original instanceof Error) || code !== 'INTERNAL_SERVER_ERROR')) {
    const { stacktrace: _s, ...extensions } = formatted.extensions ?? {};
    return { ...formatted, extensions };
  }
  return { message: 'Lỗi máy chủ. Vui lòng thử lại hoặc báo quản trị viên.', path: formatted.path, extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR } };
}

/** Introspection (the schema itself) is for signed-in users only. */
const introspectionForUsers: ApolloServerPlugin<Context> = {
  async requestDidStart() {
    return {
      async didResolveOperation({ contextValue, document }) {
        if (contextValue.viewer) return;
        const asksSchema = (nodes: readonly SelectionNode[]): boolean =>
          nodes.some((n) => (n.kind === Kind.FIELD && (n.name.value === '__schema' || n.name.value === '__type')) || ('selectionSet' in n && n.selectionSet ? asksSchema(n.selectionSet.selections) : false));
        for (const def of document.definitions) {
          if ((def.kind === Kind.OPERATION_DEFINITION || def.kind === Kind.FRAGMENT_DEFINITION) && asksSchema(def.selectionSet.selections)) {
            // An error thrown here would otherwise answer HTTP 500: the client's mistake is a missing session.
            throw new GraphQLError('Vui lòng đăng nhập để xem lược đồ.', { extensions: { code: ErrorCode.UNAUTHENTICATED, http: { status: 401 } } });
          }
        }
      },
    };
  },
};

/** "Did you mean …" names fields, types and enum values: anonymous users do not get to read the schema that way. */
export const SUGGESTION = /\s*Did you mean [^?]*\?/g;
const noSuggestionsForAnonymous: ApolloServerPlugin<Context> = {
  async requestDidStart() {
    return {
      async willSendResponse({ contextValue, response }) {
        if (contextValue.viewer || response.body.kind !== 'single') return;
        for (const error of response.body.singleResult.errors ?? []) {
          (error as { message: string }).message = error.message.replace(SUGGESTION, '');
        }
      },
    };
  },
};

const logErrors: ApolloServerPlugin<Context> = {
  async requestDidStart() {
    return {
      async didEncounterErrors({ errors, contextValue, operationName }) {
        for (const error of errors) {
          const code = String(error.extensions?.code ?? '');
          if (!CLIENT_CODES.has(code) && !isVariableFlood(unwrapResolverError(error))) {
            const original = unwrapResolverError(error);
            logger.error({ requestId: contextValue.requestId, operationName, err: original }, 'unexpected error in GraphQL request');
          }
        }
      },
    };
  },
};

export interface AppOptions {
  orm: MikroORM;
  adminDir?: string;
}

/** Builds the HTTP application: GraphQL (with GraphiQL for browsers), health, and the admin panel. */
export async function createApp({ orm, adminDir }: AppOptions): Promise<{ app: Express; apollo: ApolloServer<Context> }> {
  const schema = await createSchema();
  const metrics = createMetrics(orm);
  const apollo = new ApolloServer<Context>({
    schema,
    introspection: true,
    csrfPrevention: true,
    includeStacktraceInErrorResponses: false,
    parseOptions: { maxTokens: QUERY_LIMITS.maxTokens },
    validationRules: limitRules,
    formatError,
    plugins: [ApolloServerPluginLandingPageDisabled(), introspectionForUsers, noSuggestionsForAnonymous, logErrors, databaseAvailabilityPlugin, metrics.graphqlPlugin],
  });
  await apollo.start();

  const app = express();
  app.disable('x-powered-by');
  // Behind a load balancer set TRUST_PROXY (e.g. "loopback" or a hop count) so req.ip and req.secure are the client's.
  if (process.env.TRUST_PROXY) app.set('trust proxy', process.env.TRUST_PROXY);
  // One JSON log line per request, with its id (the caller's x-request-id, bounded, or a new one) echoed back.
  app.use(
    pinoHttp({
      logger,
      genReqId: (req, res) => {
        const requestId = String(req.headers['x-request-id'] ?? '').slice(0, 64) || randomUUID();
        res.setHeader('x-request-id', requestId);
        return requestId;
      },
      // The path only: a query string may carry a GraphQL document and its variables.
      serializers: {
        req: (req: { id: string; method: string; url: string }) => ({ id: req.id, method: req.method, path: req.url.split('?')[0].slice(0, 200) }),
        res: (res: { statusCode: number }) => ({ status: res.statusCode }),
      },
      customSuccessMessage: () => 'request',
      customErrorMessage: () => 'request failed',
    }),
  );
  app.use((req, res, next) => {
    res.locals.requestId = String(req.id);
    next();
  });

  app.use(metrics.router);
  app.use(healthRouter(orm));
  app.use(exportsRouter(orm, readCookie));

  // GraphiQL is rendered from a bundled copy (no CDN), so it works offline.
  let graphiql: string | undefined;
  app.get('/graphql', async (req, res, next) => {
    const wantsPage = !req.query.query && (req.headers.accept ?? '').includes('text/html');
    if (!wantsPage) return next();
    // GraphiQL is for signed-in users: others sign in through the panel first.
    if (!(await viewerFromToken(orm.em.fork(), readCookie(req.headers.cookie, SESSION_COOKIE)))) return res.redirect('/#/login');
    graphiql ??= renderGraphiQL({ endpoint: '/graphql', title: 'Chi bộ · GraphQL', defaultQuery: DEFAULT_QUERY });
    res.type('html').send(graphiql);
  });

  app.use(
    '/graphql',
    express.json({ limit: BODY_LIMIT }),
    expressMiddleware(apollo, {
      context: async ({ req, res }) => {
        const em = orm.em.fork();
        const sessionToken = readCookie(req.headers.cookie, SESSION_COOKIE);
        const viewer = await viewerFromToken(em, sessionToken);
        const setSessionCookie = (token: string | null, maxAgeSeconds?: number) => {
          const options = { httpOnly: true, sameSite: 'strict' as const, secure: req.secure, path: '/' };
          if (token) res.cookie(SESSION_COOKIE, token, { ...options, maxAge: (maxAgeSeconds ?? 3600) * 1000 });
          else res.clearCookie(SESSION_COOKIE, options);
        };
        return createContext({ em, viewer, ip: (req.ip ?? '').slice(0, 64), requestId: String(res.locals.requestId), sessionToken, setSessionCookie });
      },
    }),
  );
  // Whatever fails before Apollo (a malformed or oversized body, an unknown charset, a fault in the GraphiQL page)
  // answers as GraphQL does: JSON with a code, never Express's HTML page with a stack trace.

  if (adminDir && existsSync(join(adminDir, 'index.html'))) {
    app.use(express.static(adminDir, { index: 'index.html', maxAge: '1h' }));
    app.get(/^(?!\/graphql|\/health).*/, (_req, res) => res.sendFile(join(adminDir, 'index.html')));
  } else {
    app.get('/', (_req, res) => {
      res.type('text').send('Chi bộ API. The admin panel is not built: run "npm run build". GraphQL: /graphql');
    });
  }
  // Whatever fails outside Apollo (a malformed or oversized body, an unknown charset, a fault in the GraphiQL page)
  // answers as GraphQL does: JSON with a code, never Express's HTML page with a stack trace.
  app.use(jsonErrors);
  return { app, apollo };
}

/** The value of one cookie from a Cookie header; a malformed header reads as no cookie. */
export function readCookie(header: string | undefined, name: string): string | null {
  if (!header) return null;
  try {
    return parseCookies(header)[name] ?? null;
  } catch {
    return null;
  }
}

/** HTTP-level failures with the status and code a client can act on; the rest is logged and masked. */
const HTTP_ERRORS: Record<string, { status: number; code: string; message: string }> = {
  'entity.parse.failed': { status: 400, code: 'BAD_REQUEST', message: 'Nội dung yêu cầu không phải JSON hợp lệ.' },
  'entity.too.large': { status: 413, code: 'PAYLOAD_TOO_LARGE', message: `Nội dung yêu cầu vượt quá ${BODY_LIMIT}.` },
  'charset.unsupported': { status: 415, code: 'UNSUPPORTED_MEDIA_TYPE', message: 'Chỉ nhận nội dung mã hóa UTF-8.' },
  'encoding.unsupported': { status: 415, code: 'UNSUPPORTED_MEDIA_TYPE', message: 'Kiểu nén nội dung không được hỗ trợ.' },
  'request.aborted': { status: 400, code: 'BAD_REQUEST', message: 'Yêu cầu bị ngắt giữa chừng.' },
};

const jsonErrors: ErrorRequestHandler = (err, req, res, next) => {
  if (res.headersSent) return next(err);
  const known = HTTP_ERRORS[(err as { type?: string })?.type ?? ''];
  if (!known) logger.error({ requestId: res.locals.requestId, err, path: req.path }, 'unexpected error before GraphQL');
  const { status, code, message } = known ?? { status: 500, code: ErrorCode.INTERNAL_SERVER_ERROR, message: 'Lỗi máy chủ. Vui lòng thử lại hoặc báo quản trị viên.' };
  res.status(status).json({ errors: [{ message, extensions: { code } }] });
};

const DEFAULT_QUERY = `# Chi bộ: branches of the ward with their secretary and member count today
query Branches {
  organizations(filter: { kind: BRANCH, dissolved: false }, sort: [{ field: NAME }], limit: 20) {
    total
    items {
      name
      branchKind
      parent { name }
      memberCount
      secretary { fullName }
    }
  }
}
`;
