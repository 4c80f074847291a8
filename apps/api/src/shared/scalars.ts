import { isIsoDate } from '@chibo/domain';
import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';

function parseDate(value: unknown): string {
  if (typeof value !== 'string' || !isIsoDate(value)) {
    throw new GraphQLError('Ngày phải có dạng YYYY-MM-DD và là một ngày có thật.', { extensions: { code: 'BAD_USER_INPUT' } });
  }
  return value;
}

/** A calendar date without time, written YYYY-MM-DD (dates in the plan are Vietnam calendar days). */
export const DateScalar = new GraphQLScalarType<string, string>({
  name: 'Date',
  description: 'A calendar date without time zone, written YYYY-MM-DD, e.g. "2025-07-01".',
  serialize: (value) => (value instanceof Date ? value.toISOString().slice(0, 10) : String(value)),
  parseValue: parseDate,
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING) throw new GraphQLError('Ngày phải là chuỗi YYYY-MM-DD.', { extensions: { code: 'BAD_USER_INPUT' } });
    return parseDate(ast.value);
  },
});
