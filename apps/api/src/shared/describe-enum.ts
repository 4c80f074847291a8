import { registerEnumType } from 'type-graphql';

/** Registers an enum with GraphQL: its name, what it is, and what each value means. */
export function describeEnum(values: object, name: string, description: string, meanings?: Record<string, string>): void {
  const valuesConfig = meanings && Object.fromEntries(Object.entries(meanings).map(([value, meaning]) => [value, { description: meaning }]));
  registerEnumType(values, { name, description, valuesConfig });
}
