import type { CodegenConfig } from '@graphql-codegen/cli';

/** Types for every GraphQL type of the API's schema; the admin imports them from this package. */
const config: CodegenConfig = {
  schema: 'schema.graphql',
  generates: {
    'src/generated/graphql.ts': {
      plugins: ['typescript'],
      config: {
        scalars: { Date: 'string', DateTimeISO: 'string', ID: 'string' },
        enumsAsTypes: true,
        avoidOptionals: { field: true, inputValue: false, object: true },
        maybeValue: 'T | null',
        skipTypename: true,
      },
    },
  },
  hooks: { afterAllFileWrite: [] },
};

export default config;
