// The tests of the test command itself (.ci/test-summary.mjs and its reporter), run first by `npm test`.
export default {
  // vite's cache under the repository's node_modules, not a node_modules folder of its own here.
  cacheDir: '../node_modules/.vite',
  test: {
    root: import.meta.dirname,
    include: ['*.test.mjs'],
    reporters: ['default', ['./vitest-report.mjs', { outputFile: '.test-results.json' }]],
    testTimeout: 60_000,
  },
};
