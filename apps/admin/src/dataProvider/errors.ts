import { HttpError } from 'ra-core';
import { RESOURCES } from './resources';
import { type FormField, isFormField } from './spec';

interface Violation {
  field: string;
  code?: string;
  message: string;
}

interface GraphQLErrorLike {
  message: string;
  extensions?: { code?: string; field?: string; violations?: Violation[] };
}

/** Form errors as react-admin 5 applies them: a message per input source, the rest as a form-level error. */
export interface FormErrors {
  [source: string]: string | { serverError: string };
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

/** The GraphQL errors inside whatever ra-data-graphql rejected with (an HttpError around an ApolloError). */
export function graphQLErrorsOf(error: unknown): GraphQLErrorLike[] {
  const candidates = [error, isObject(error) ? error.body : undefined];
  for (const candidate of candidates) {
    if (!isObject(candidate)) continue;
    const list = candidate.graphQLErrors ?? candidate.errors;
    if (Array.isArray(list) && list.length > 0) return list as GraphQLErrorLike[];
  }
  return [];
}

/** The API starts messages with "field: "; the form shows the field already. */
export const withoutFieldPrefix = (message: string) => message.replace(/^[\w.]+: /, '');

/**
 * The violations an error names. A variable the server could not coerce (an impossible date) carries no
 * field in extensions, only in the message: `Variable "$input" got invalid value ... at "input.birthDate"; ...`.
 */
function violationsOf(error: GraphQLErrorLike): Violation[] {
  const { field, violations } = error.extensions ?? {};
  if (violations && violations.length > 0) return violations;
  if (field) return [{ field, message: withoutFieldPrefix(error.message) }];
  const coerced = /at "input\.([\w.]+)"; (.+)$/s.exec(error.message);
  return coerced ? [{ field: coerced[1], message: coerced[2] }] : [];
}

const STATUS: Record<string, number> = {
  BAD_USER_INPUT: 400,
  NOT_FOUND: 404,
  CONFLICT: 409,
  FORBIDDEN: 403,
  UNAUTHENTICATED: 401,
};

/**
 * Turns a failed call into react-admin's server-side validation shape, HttpError(message, status,
 * { errors }), so each message appears under the input it concerns. Messages for fields the resource's forms
 * do not show (or no field at all) become the form-level error that react-admin notifies. Errors without
 * GraphQL detail (network failures) become the generic, translated communication error. `fields` names the
 * fields a page shows when they are not a resource's form (the attendance sheet's "entries.3.reason").
 */
export function translateError(error: unknown, resource: string, fields?: readonly FormField[]): unknown {
  const errors = graphQLErrorsOf(error);
  if (errors.length === 0) {
    if (error instanceof HttpError && !error.body) {
      return new HttpError('ra.notification.http_error', error.status || 0);
    }
    return error;
  }
  const first = errors[0];
  const code = first.extensions?.code ?? 'INTERNAL_SERVER_ERROR';
  const formFields = fields ?? RESOURCES[resource]?.formFields ?? [];
  const formErrors: FormErrors = {};
  const elsewhere: string[] = [];
  for (const violation of errors.flatMap(violationsOf)) {
    if (violation.field === 'version') continue;
    if (isFormField(formFields, violation.field)) {
      const previous = formErrors[violation.field];
      formErrors[violation.field] = typeof previous === 'string' ? `${previous} ${violation.message}` : violation.message;
    } else {
      elsewhere.push(violation.message);
    }
  }
  // A stale version is the one conflict users must act on (reload, then edit again): give it a clear message.
  const stale = code === 'CONFLICT' && first.extensions?.field === 'version';
  const message = stale ? 'chibo.errors.stale_version' : withoutFieldPrefix(first.message);
  if (stale || elsewhere.length > 0 || Object.keys(formErrors).length === 0) {
    // For a stale version the API says who changed which fields since the form was opened: show that.
    formErrors.root = { serverError: stale ? withoutFieldPrefix(first.message) : elsewhere.join(' ') || message };
  }
  return new HttpError(message, STATUS[code] ?? 500, { errors: formErrors });
}
