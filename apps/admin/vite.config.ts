import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const API = 'http://localhost:4000';

/**
 * Vendor groups, each its own chunk so the browser caches them across releases and no chunk grows huge.
 * Listed from the libraries others build on (react) up to react-admin, and given falling priorities in
 * that order: a group claims modules before the groups below it, so react-admin's group, claiming last,
 * cannot swallow the libraries it imports.
 */
const VENDOR_GROUPS: Array<[name: string, pattern: RegExp]> = [
  ['react', /[\\/]node_modules[\\/](react|react-dom|scheduler|react-router|react-router-dom|react-hook-form|@tanstack)[\\/]/],
  ['mui', /[\\/]node_modules[\\/](@mui|@emotion|@popperjs|react-transition-group|stylis)[\\/]/],
  ['apollo', /[\\/]node_modules[\\/](@apollo|graphql|graphql-tag|@wry|optimism|zen-observable[a-z-]*|ts-invariant)[\\/]/],
  ['react-admin', /[\\/]node_modules[\\/](react-admin|ra-[a-z-]+)[\\/]/],
];

export default defineConfig({
  plugins: [react()],
  server: {
    proxy: { '/graphql': API, '/health': API },
  },
  preview: {
    proxy: { '/graphql': API, '/health': API },
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
});
