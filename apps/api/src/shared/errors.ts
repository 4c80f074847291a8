import type { Violation } from '@chibo/domain';
import { GraphQLError } from 'graphql';

/** The error codes clients can rely on, as in Apollo Server's own enum. */
export enum ErrorCode {
  BAD_USER_INPUT = 'BAD_USER_INPUT',
  NOT_FOUND = 'NOT_FOUND',
  CONFLICT = 'CONFLICT',
  FORBIDDEN = 'FORBIDDEN',
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  TOO_MANY_REQUESTS = 'TOO_MANY_REQUESTS',
  /** The database did not answer in time or cannot be reached: retry later (HTTP 503). */
  SERVICE_UNAVAILABLE = 'SERVICE_UNAVAILABLE',
  INTERNAL_SERVER_ERROR = 'INTERNAL_SERVER_ERROR',
}

/** A typed error for clients: a code, the input field it concerns and every broken rule. */
export class AppError extends GraphQLError {
  constructor(code: ErrorCode, message: string, field?: string, violations?: Violation[], extra?: Record<string, unknown>) {
    super(message, { extensions: { code, ...(field ? { field } : {}), ...(violations ? { violations } : {}), ...extra } });
  }
}

/** Throws when rules are broken; the first violation decides the code and the field, all are listed. */
export function assertValid(violations: Violation[], fieldPrefix = ''): void {
  if (violations.length === 0) return;
  const named = violations.map((v) => ({ ...v, field: fieldPrefix + v.field }));
  const first = named[0];
  const code = named.some((v) => v.code === 'BAD_USER_INPUT') ? ErrorCode.BAD_USER_INPUT : (first.code as ErrorCode);
  const lead = named.find((v) => v.code === code) ?? first;
  throw new AppError(code, `${lead.field}: ${lead.message}`, lead.field, named);
}

/** NOT_FOUND naming the argument that pointed nowhere. */
export function notFound(field: string, what: string): AppError {
  return new AppError(ErrorCode.NOT_FOUND, `${field}: không tìm thấy ${what}.`, field);
}

/** Parses an ID argument into the integer key, refusing anything else as bad input. */
export function parseId(value: string | number | null | undefined, field: string): number {
  const text = String(value ?? '');
  if (!/^[1-9][0-9]{0,14}$/.test(text)) throw new AppError(ErrorCode.BAD_USER_INPUT, `${field}: mã không hợp lệ.`, field);
  return Number(text);
}

/** Like parseId for optional arguments. */
export function parseOptionalId(value: string | number | null | undefined, field: string): number | null {
  return value == null || value === '' ? null : parseId(value, field);
}
