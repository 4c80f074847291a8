import { type ApolloClient, HttpLink } from '@apollo/client';
import { type DocumentNode, parse } from 'graphql';
import buildDataProvider from 'ra-data-graphql';
import { type DataProvider, type GetListParams, type GetListResult, HttpError } from 'ra-core';
import { attendanceVariables, ENTRY_FIELD, RECORD_ATTENDANCE, type RecordAttendanceParams } from './attendance';
import { buildQuery, clean, MAX_PAGE } from './buildQuery';
import { translateError } from './errors';
import type { Values } from './filters';
import { ASSIGN_MEMBER_TASKS, type AssignMemberTasksParams, ASSIGNMENT_FIELDS, assignmentVariables } from './memberTasks';
import {
  ACCEPT_ROTATION,
  ACCEPT_ROTATION_FIELDS,
  type AcceptRotationParams,
  acceptRotationVariables,
} from '../resources/supervision/proposal';
import type { FormField } from './spec';
import type { SupervisorAssignmentRecord } from './supervisionTypes';
import type { MeetingRecord, MemberTaskRecord } from './types';

/**
 * The panel's data provider: react-admin's methods, and the sheets saved whole (attendance, the year's tasks, the
 * quarter's rotation visits).
 */
export interface ChiBoDataProvider extends DataProvider {
  recordAttendance(params: RecordAttendanceParams): Promise<{ data: MeetingRecord }>;
  assignMemberTasks(params: AssignMemberTasksParams): Promise<{ data: MemberTaskRecord[] }>;
  acceptRotation(params: AcceptRotationParams): Promise<{ data: SupervisorAssignmentRecord[] }>;
}

export interface DataProviderOptions {
  /** GraphQL endpoint; the API serves the panel, so the same origin by default. */
  uri?: string;
  /** For tests: the fetch the HTTP link uses. */
  fetch?: typeof fetch;
}

/**
 * Apollo treats any non-2xx answer as a network failure and drops its body. The API answers HTTP 400 with
 * ordinary GraphQL errors when it cannot coerce a variable (an impossible date), and those name the field;
 * passing them on as a 200 lets them reach the form like every other validation error.
 */
export function keepGraphQLErrors(base: typeof fetch): typeof fetch {
  return async (input, init) => {
    const response = await base(input, init);
    if (response.status !== 400 || !(response.headers.get('content-type') ?? '').includes('json')) return response;
    const body = await response.text();
    const hasErrors = (() => {
      try {
        return Array.isArray((JSON.parse(body) as { errors?: unknown }).errors);
      } catch {
        return false;
      }
    })();
    return new Response(body, { status: hasErrors ? 200 : 400, headers: response.headers });
  };
}

type Method = Exclude<keyof DataProvider, 'supportAbortSignal'>;
const METHODS: Method[] = [
  'getList',
  'getOne',
  'getMany',
  'getManyReference',
  'create',
  'update',
  'updateMany',
  'delete',
  'deleteMany',
];

const RECORD_ATTENDANCE_DOCUMENT = parse(RECORD_ATTENDANCE);
const ASSIGN_MEMBER_TASKS_DOCUMENT = parse(ASSIGN_MEMBER_TASKS);
const ACCEPT_ROTATION_DOCUMENT = parse(ACCEPT_ROTATION);

/** The panel's data provider: ra-data-graphql with this dialect, and API errors shaped for react-admin forms. */
export function createDataProvider(options: DataProviderOptions = {}): ChiBoDataProvider {
  const uri = options.uri ?? '/graphql';
  const base = buildDataProvider({
    clientOptions: {
      link: new HttpLink({
        uri,
        // The session is an HttpOnly cookie: every data call must carry it (and never to another origin).
        credentials: 'same-origin',
        fetch: keepGraphQLErrors(options.fetch ?? ((input, init) => fetch(input, init))),
      }),
    },
    // The documents are explicit per resource (./documents.ts), so the schema is never introspected.
    introspection: false,
    buildQuery: () => buildQuery,
    // react-admin caches with react-query; a second, normalized cache would only serve stale nested records.
    query: () => ({ fetchPolicy: 'no-cache' }),
    mutation: () => ({ fetchPolicy: 'no-cache' }),
  });
  const provider: Record<string, unknown> = {};
  for (const method of METHODS) {
    const call = base[method] as (resource: string, params: unknown) => Promise<unknown>;
    provider[method] = (resource: string, params: unknown) =>
      call(resource, params).catch((error: unknown) => {
        throw translateError(error, resource);
      });
  }
  // Exports ask for thousands of rows at once. The API caps a page at 100 and a document at 20 aliases, so a
  // large page aligned on 100 is fetched as consecutive pages of 100, one request after another.
  const getList = provider.getList as (resource: string, params: GetListParams) => Promise<GetListResult>;
  provider.getList = async (resource: string, params: GetListParams): Promise<GetListResult> => {
    const perPage = params.pagination?.perPage ?? MAX_PAGE;
    const start = ((params.pagination?.page ?? 1) - 1) * perPage;
    if (perPage <= MAX_PAGE || start % MAX_PAGE !== 0) return getList(resource, params);
    const data: GetListResult['data'] = [];
    let total = 0;
    for (let offset = start; offset < start + perPage; offset += MAX_PAGE) {
      const page = await getList(resource, { ...params, pagination: { page: offset / MAX_PAGE + 1, perPage: MAX_PAGE } });
      data.push(...page.data);
      total = page.total ?? total;
      if (page.data.length < MAX_PAGE) break;
    }
    return { data, total };
  };
  // A sheet is one mutation with its own arguments, not a record's create or update; its refusals name lines
  // ("entries.3.reason", "tasks.3.description"), which the sheet shows on those lines.
  const client = (base as unknown as { client: ApolloClient<unknown> }).client;
  const sheet = async (mutation: DocumentNode, variables: Values, resource: string, fields: readonly FormField[]) => {
    try {
      const response = await client.mutate({ mutation, variables, fetchPolicy: 'no-cache' });
      return { data: clean((response.data as { data: unknown }).data) };
    } catch (error) {
      // As ra-data-graphql does: a GraphQL refusal travels as the body of an HttpError.
      const wrapped = (error as { networkError?: unknown }).networkError
        ? new HttpError((error as Error).message, 0)
        : new HttpError((error as Error).message, 200, error);
      throw translateError(wrapped, resource, fields);
    }
  };
  provider.recordAttendance = (params: RecordAttendanceParams) =>
    sheet(RECORD_ATTENDANCE_DOCUMENT, attendanceVariables(params), 'meetings', [ENTRY_FIELD]);
  provider.assignMemberTasks = (params: AssignMemberTasksParams) =>
    sheet(ASSIGN_MEMBER_TASKS_DOCUMENT, assignmentVariables(params), 'memberTasks', ASSIGNMENT_FIELDS);
  provider.acceptRotation = (params: AcceptRotationParams) =>
    sheet(ACCEPT_ROTATION_DOCUMENT, acceptRotationVariables(params), 'supervisorAssignments', ACCEPT_ROTATION_FIELDS);
  provider.supportAbortSignal = true;
  return provider as unknown as ChiBoDataProvider;
}
