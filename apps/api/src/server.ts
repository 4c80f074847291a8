import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { unwrapResolverError } from '@apollo/server/errors';
import { expressMiddleware } from '@as-integrations/express5';
import type { MikroORM } from '@mikro-orm/core';
import { renderGraphiQL } from '@graphql-yoga/render-graphiql';
import express, { type Express } from 'express';
import { GraphQLError, type GraphQLFormattedError, Kind, type SelectionNode } from 'graphql';
import type { Context } from './context.type';
import { createSchema } from './schema';
import { ErrorCode } from './shared/errors';
import { Loaders } from './shared/loaders';
import { limitRules, QUERY_LIMITS } from './shared/limits';
import { bindActor } from './shared/request-scope';
import { SESSION_COOKIE, viewerFromToken } from './modules/auth/auth.service';
import { logger } from './shared/logger';

/** Codes whose messages are written for clients; anything else is masked. */
const CLIENT_CODES = new Set<string>([
  ...Object.values(ErrorCode).filter((c) => c !== ErrorCode.INTERNAL_SERVER_ERROR),
  'GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_REQUEST', 'OPERATION_RESOLUTION_FAILURE', 'PERSISTED_QUERY_NOT_FOUND',
]);

/** Masks every error that is not a deliberate client error: no SQL, stack or internal message leaves the server. */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = unwrapResolverError(error);
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
            throw new GraphQLError('Vui lòng đăng nhập để xem lược đồ.', { extensions: { code: ErrorCode.UNAUTHENTICATED } });
          }
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
          if (!CLIENT_CODES.has(code)) {
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
  const apollo = new ApolloServer<Context>({
    schema,
    introspection: true,
    csrfPrevention: true,
    includeStacktraceInErrorResponses: false,
    parseOptions: { maxTokens: QUERY_LIMITS.maxTokens },
    validationRules: limitRules,
    formatError,
    plugins: [ApolloServerPluginLandingPageDisabled(), introspectionForUsers, logErrors],
  });
  await apollo.start();

  const app = express();
  app.disable('x-powered-by');
  // Behind a load balancer set TRUST_PROXY (e.g. "loopback" or a hop count) so req.ip and req.secure are the client's.
  if (process.env.TRUST_PROXY) app.set('trust proxy', process.env.TRUST_PROXY);
  app.use((req, res, next) => {
    const requestId = (req.header('x-request-id') ?? '').slice(0, 64) || randomUUID();
    res.locals.requestId = requestId;
    res.setHeader('x-request-id', requestId);
    const started = process.hrtime.bigint();
    res.on('finish', () => {
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      logger.info({ requestId, method: req.method, path: req.path, status: res.statusCode, ms: Math.round(ms * 10) / 10 }, 'request');
    });
    next();
  });

  app.get('/health', async (_req, res) => {
    try {
      await orm.em.fork().getConnection().execute('select 1');
      res.json({ status: 'ok', database: 'ok' });
    } catch (err) {
      logger.error({ err }, 'health check failed');
      res.status(503).json({ status: 'error', database: 'unreachable' });
    }
  });

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
    express.json({ limit: '1mb' }),
    expressMiddleware(apollo, {
      context: async ({ req, res }) => {
        const em = orm.em.fork();
        const sessionToken = readCookie(req.headers.cookie, SESSION_COOKIE);
        const viewer = await viewerFromToken(em, sessionToken);
        const ip = (req.ip ?? '').slice(0, 64);
        bindActor(em, { viewer, ip });
        const setSessionCookie = (token: string | null, maxAgeSeconds?: number) => {
          const options = { httpOnly: true, sameSite: 'strict' as const, secure: req.secure, path: '/' };
          if (token) res.cookie(SESSION_COOKIE, token, { ...options, maxAge: (maxAgeSeconds ?? 3600) * 1000 });
          else res.clearCookie(SESSION_COOKIE, options);
        };
        return {
          em, loaders: new Loaders(em, viewer?.scopePath ?? '/'), requestId: String(res.locals.requestId), viewer, sessionToken, ip, setSessionCookie,
        };
      },
    }),
  );

  if (adminDir && existsSync(join(adminDir, 'index.html'))) {
    app.use(express.static(adminDir, { index: 'index.html', maxAge: '1h' }));
    app.get(/^(?!\/graphql|\/health).*/, (_req, res) => res.sendFile(join(adminDir, 'index.html')));
  } else {
    app.get('/', (_req, res) => {
      res.type('text').send('Chi bộ API. The admin panel is not built: run "npm run build". GraphQL: /graphql');
    });
  }
  return { app, apollo };
}

/** The value of one cookie from a Cookie header. */
export function readCookie(header: string | undefined, name: string): string | null {
  for (const part of (header ?? '').split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name) return decodeURIComponent(rest.join('='));
  }
  return null;
}

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
