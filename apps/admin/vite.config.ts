import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

const API = 'http://localhost:4000';

/**
 * The domain's rules are imported from their TypeScript source, by the bundle and the tests alike: its build is
 * CommonJS, which the dev server would hand to the browser untransformed and the bundle could not tree-shake.
 */
const DOMAIN_SOURCE = { '@chibo/domain': fileURLToPath(new URL('../../packages/domain/src/index.ts', import.meta.url)) };

/**
 * Vendor groups, each its own chunk so the browser caches them across releases and no chunk grows huge.
 * Listed from the libraries others build on (react) up to react-admin, and given falling priorities in
 * that order: a group claims modules before the groups below it, so react-admin's group, claiming last,
 * cannot swallow the libraries it imports.
 */
const VENDOR_GROUPS: Array<[name: string, pattern: RegExp]> = [
  ['react', /[\\/]node_modules[\\/](react|react-dom|scheduler|react-router|react-router-dom|react-hook-form|@tanstack)[\\/]/],
  ['mui', /[\\/]node_modules[\\/](@mui[\\/](?!x-)[a-z-]+|@emotion|@popperjs|react-transition-group|stylis)[\\/]/],
  // The charts of the home page (and their d3 parts), loaded with the charts only (after MUI claims what
  // they share with the panel).
  ['charts', /[\\/]node_modules[\\/](@mui[\\/]x-[a-z-]+|reselect|bezier-easing)[\\/]/],
  ['apollo', /[\\/]node_modules[\\/](@apollo|graphql|graphql-tag|@wry|optimism|zen-observable[a-z-]*|ts-invariant)[\\/]/],
  ['react-admin', /[\\/]node_modules[\\/](react-admin|ra-[a-z-]+)[\\/]/],
];

export default defineConfig({
  plugins: [react()],
  resolve: { alias: DOMAIN_SOURCE },
  // The API also serves file exports (the supervision schedule's workbook) under /exports.
  server: {
    proxy: { '/graphql': API, '/health': API, '/exports': API },
  },
  preview: {
    proxy: { '/graphql': API, '/health': API, '/exports': API },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 500,
    rolldownOptions: {
      output: {
        // Rolldown's replacement for Rollup's manualChunks: named groups matched on the module path.
        codeSplitting: {
          groups: [
            ...VENDOR_GROUPS.map(([name, test], index) => ({ name, test, priority: (VENDOR_GROUPS.length - index) * 10 })),
            { name: 'vendor', test: /[\\/]node_modules[\\/]/, priority: 0 },
          ],
        },
      },
    },
  },
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
