import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Unit tests of the dialect and helpers, then the browser test against the built panel and API.
    include: ['src/**/*.test.ts', 'e2e/**/*.e2e.test.ts'],
    environment: 'node',
    // ra-data-graphql's ESM build imports named exports of @apollo/client, whose Node entry is CommonJS;
    // letting vite transform both resolves Apollo's ESM build, as the browser bundle does.
    server: { deps: { inline: ['ra-data-graphql', '@apollo/client'] } },
    testTimeout: 30_000,
    hookTimeout: 120_000,
  },
});
