/** Codes a rule can break; the API maps them onto GraphQL error codes at its edge. */
export type ViolationCode = 'BAD_USER_INPUT' | 'NOT_FOUND' | 'CONFLICT';

/** One broken rule, naming the input field it concerns and a message for people. */
export interface Violation {
  field: string;
  code: ViolationCode;
  message: string;
}

/** Builds a BAD_USER_INPUT violation. */
export function invalid(field: string, message: string): Violation {
  return { field, code: 'BAD_USER_INPUT', message };
}

/** Builds a CONFLICT violation (the input is well formed but clashes with stored data). */
export function conflict(field: string, message: string): Violation {
  return { field, code: 'CONFLICT', message };
}
