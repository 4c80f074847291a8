// The repository's test command and its closing line.
//
//   node .ci/test-summary.mjs run      what `npm test` runs: removes old reports, builds, tests this script, runs every
//                                      package's tests with turbo (--continue), then prints the summary; exits non-zero
//                                      when the build, any package's vitest or the summary fails
//   node .ci/test-summary.mjs          prints the summary of the reports already written (--root <dir> reads them there)
//   node .ci/test-summary.mjs --clean  removes the reports, so a package that did not run cannot pass on stale results
//
// Each package's vitest writes .test-results.json through .ci/vitest-report.mjs (vitest's JSON report plus its
// unhandled errors). The summary fails on a failed test, an unhandled error, a file that failed outside any test (an
// import or a hook), a missing or unreadable report, a package where no test ran, and, under CI=true, when a test that
// ran on SQLite did not also run on PostgreSQL or when no browser test ran. Its closing line:
//   Total: 640 passed, 0 failed, 0 skipped (SQLite 250, PostgreSQL 250, browser 12, other 128)
// followed by " — FAILED: <reasons>" whenever the run failed.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
export const ROOT = join(here, '..');

/** Where a report is written, relative to the repository; `.ci` holds this script's own tests. */
export const PACKAGES = ['.ci', 'packages/domain', 'apps/api', 'apps/admin'];
export const REPORT_FILE = '.test-results.json';

/**
 * Tests that run on SQLite only because what they check exists only there. Every other test whose describe titles
 * name SQLite must also have run on PostgreSQL under CI. Keys are paths relative to the repository.
 */
export const SQLITE_ONLY = {
  'apps/api/test/durability.test.ts':
    "reads SQLite's own settings (WAL, synchronous = FULL); PostgreSQL's durability is its server settings, and the crash suite kills the API on both",
};

// One rule for the database of a test: the innermost describe title that names exactly one database, as a word
// ("meetings on sqlite", "sign-in throttling (postgresql)", "SQLite durability settings"). The test's own title is not
// read, so a test about SQLite inside a PostgreSQL describe still counts for PostgreSQL. Browser tests are the files
// under apps/admin/e2e; everything else is "other".
const SQLITE = /\bsqlite\b/i;
const POSTGRESQL = /\bpostgres(?:ql)?\b/i;
const ANY_DATABASE = /\b(?:sqlite|postgres(?:ql)?)\b/gi;

/** 'sqlite' | 'postgresql' | 'browser' | 'other' for a test of a file. */
export function categoryOf(file, ancestorTitles) {
  if (/(^|\/)apps\/admin\/e2e\//.test(file)) return 'browser';
  for (const title of [...ancestorTitles].reverse()) {
    const sqlite = SQLITE.test(title);
    const postgresql = POSTGRESQL.test(title);
    if (sqlite && !postgresql) return 'sqlite';
    if (postgresql && !sqlite) return 'postgresql';
  }
  return 'other';
}

const ran = (status) => status === 'passed' || status === 'failed';
const plural = (n, one, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/**
 * Reads each package's report: `{ name, report }` with `report` the parsed JSON, `undefined` when the file is missing,
 * or an Error when it cannot be read.
 */
export function readReports(root = ROOT, packages = PACKAGES) {
  return packages.map((name) => {
    const file = join(root, name, REPORT_FILE);
    if (!existsSync(file)) return { name, report: undefined };
    try {
      return { name, report: JSON.parse(readFileSync(file, 'utf8')) };
    } catch (error) {
      return { name, report: error instanceof Error ? error : new Error(String(error)) };
    }
  });
}

/**
 * The summary of the reports. `ci` turns on the rules for CI (PostgreSQL and the browser must have run);
 * `commandFailures` are failures of the commands around the reports (e.g. "turbo run test exited 1"), so the closing
 * line cannot read as a success when a step failed that left no report behind.
 * Returns the lines to print (the last is the closing line) and whether the run passed.
 */
export function summarize(reports, { ci = false, root = ROOT, commandFailures = [] } = {}) {
  const lines = [];
  const failures = [...commandFailures];
  const counts = { passed: 0, failed: 0, skipped: 0 };
  const ranIn = { sqlite: 0, postgresql: 0, browser: 0, other: 0 };
  /**
   * How many tests ran on each database under one key: the file and titles with the database's name and numbers blanked,
   * so a SQLite test and its PostgreSQL twin share a key ("crash suite on sqlite > … across 20 kills" and
   * "crash suite on postgresql > … across 10 kills").
   */
  const ranOn = { sqlite: new Map(), postgresql: new Map() };

  for (const { name, report } of reports) {
    if (report === undefined) {
      lines.push(`${name}: no test report (its tests did not run, or vitest stopped before writing ${REPORT_FILE})`);
      failures.push(`${name}: no report`);
      continue;
    }
    if (report instanceof Error || !Array.isArray(report.testResults)) {
      lines.push(`${name}: unreadable test report (${report instanceof Error ? report.message : 'no testResults'})`);
      failures.push(`${name}: unreadable report`);
      continue;
    }
    const own = { passed: 0, failed: 0, skipped: 0 };
    /** What is wrong besides failed tests: [short reason for the closing line, details for the lines above]. */
    const problems = [];
    const outsideTests = [];
    for (const file of report.testResults) {
      const path = relative(root, file.name).split('\\').join('/');
      let failedTests = 0;
      for (const test of file.assertionResults ?? []) {
        const status = test.status === 'passed' || test.status === 'failed' ? test.status : 'skipped';
        own[status]++;
        if (status === 'failed') failedTests++;
        if (!ran(status)) continue;
        const category = categoryOf(path, test.ancestorTitles ?? []);
        ranIn[category]++;
        if (category === 'sqlite' || category === 'postgresql') {
          const titles = [...(test.ancestorTitles ?? []), test.title].join('\u0000');
          const key = `${path}\u0000${titles.replace(ANY_DATABASE, '<db>').replace(/\d+/g, '#')}`;
          ranOn[category].set(key, (ranOn[category].get(key) ?? 0) + 1);
        }
      }
      // A file fails without a failed test when it cannot be imported or a hook (beforeAll, afterAll) throws; the
      // tests of a failed beforeAll are reported as skipped.
      if (file.status === 'failed' && failedTests === 0) {
        outsideTests.push(`${path} failed outside any test${file.message ? `: ${file.message}` : ' (an import or a hook)'}`);
      }
    }
    const unhandled = Array.isArray(report.unhandledErrors) ? report.unhandledErrors : [];
    if (!Array.isArray(report.unhandledErrors)) {
      problems.push(['report lacks unhandled errors', 'report written without .ci/vitest-report.mjs: its unhandled errors are unknown']);
    }
    if (unhandled.length) {
      problems.push([plural(unhandled.length, 'unhandled error'), ...unhandled.map((e) => `${e.type}: ${e.name}: ${e.message}`)]);
    }
    if (outsideTests.length) problems.push([`${plural(outsideTests.length, 'file')} failed outside any test`, ...outsideTests]);
    if (own.passed + own.failed === 0) problems.push(['no test ran', 'no test ran']);
    if (own.failed === 0 && problems.length === 0 && (report.success === false || (report.runEndReason ?? 'passed') !== 'passed')) {
      const how = report.runEndReason === 'interrupted' ? 'interrupted' : 'failed';
      problems.push([`vitest reported the run ${how}`, `vitest reported the run as ${how} with no failed test`]);
    }

    counts.passed += own.passed;
    counts.failed += own.failed;
    counts.skipped += own.skipped;
    lines.push(
      `${name}: ${own.passed} passed, ${own.failed} failed, ${own.skipped} skipped${unhandled.length ? `, ${plural(unhandled.length, 'unhandled error')}` : ''}`,
    );
    for (const [, ...details] of problems) for (const d of details) lines.push(`  ${d.split('\n')[0]}`);
    if (own.failed) failures.push(`${name}: ${plural(own.failed, 'failed test')}`);
    for (const [short] of problems) failures.push(`${name}: ${short}`);
  }

  // Every test that ran on SQLite must have run on PostgreSQL too, under the same file and titles.
  const missingOnPg = new Map();
  const sqliteOnly = new Map();
  for (const [key, n] of ranOn.sqlite) {
    const missing = n - (ranOn.postgresql.get(key) ?? 0);
    if (missing <= 0) continue;
    const path = key.slice(0, key.indexOf('\u0000'));
    const into = path in SQLITE_ONLY ? sqliteOnly : missingOnPg;
    into.set(path, (into.get(path) ?? 0) + missing);
  }
  if (ranIn.postgresql > 0 || ci) {
    for (const [path, n] of sqliteOnly) lines.push(`SQLite only by design: ${path} (${plural(n, 'test')}): ${SQLITE_ONLY[path]}`);
    const gap = [...missingOnPg].map(([path, n]) => `${path} (${n})`);
    if (gap.length) {
      lines.push(`Ran on SQLite but not on PostgreSQL: ${gap.join(', ')}`);
      if (ci) failures.push(`${plural([...missingOnPg.values()].reduce((a, b) => a + b, 0), 'test')} ran on SQLite but not on PostgreSQL`);
    }
  }
  if (ci) {
    const requiredOnPg = ranIn.sqlite - [...sqliteOnly.values()].reduce((a, b) => a + b, 0);
    if (ranIn.postgresql === 0) failures.push('no test ran on PostgreSQL (TEST_PG_URL)');
    else if (ranIn.postgresql < requiredOnPg) failures.push(`fewer tests on PostgreSQL than on SQLite (${ranIn.postgresql} < ${requiredOnPg})`);
    if (ranIn.browser === 0) failures.push('no browser test ran (Chromium)');
  }
  if (counts.passed + counts.failed === 0 && reports.length === 0) failures.push('no test ran');

  const breakdown = `SQLite ${ranIn.sqlite}, PostgreSQL ${ranIn.postgresql}, browser ${ranIn.browser}, other ${ranIn.other}`;
  const total = `Total: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped (${breakdown})`;
  lines.push(failures.length ? `${total} — FAILED: ${failures.join('; ')}` : total);
  return { lines, ok: failures.length === 0, counts, ranIn };
}

export function cleanReports(root = ROOT, packages = PACKAGES) {
  for (const name of packages) rmSync(join(root, name, REPORT_FILE), { force: true });
}

/** Runs a command with the terminal's output; returns a failure message, or undefined when it exited 0. */
function step(label, command, args) {
  console.log(`\n> ${label}`);
  const r = spawnSync(command, args, { cwd: ROOT, stdio: 'inherit' });
  if (r.error) return `${label} could not start (${r.error.message})`;
  if (r.status !== 0) return `${label} ${r.signal ? `was killed by ${r.signal}` : `exited ${r.status}`}`;
  return undefined;
}

function main(argv) {
  const rootAt = argv.indexOf('--root');
  const root = rootAt >= 0 ? argv[rootAt + 1] : ROOT;
  if (argv.includes('--clean')) {
    cleanReports(root);
    return 0;
  }
  const commandFailures = [];
  if (argv[0] === 'run') {
    cleanReports();
    const bin = (name) => join(ROOT, 'node_modules', '.bin', name);
    const built = step('turbo run build', bin('turbo'), ['run', 'build', '--output-logs=errors-only']);
    if (built) {
      commandFailures.push(built);
    } else {
      const self = step('vitest run --config .ci/vitest.config.mjs', bin('vitest'), ['run', '--config', '.ci/vitest.config.mjs']);
      if (self) commandFailures.push(self);
      // --continue runs every package even after one fails; its exit code still says whether any failed.
      const tested = step('turbo run test', bin('turbo'), ['run', 'test', '--concurrency=1', '--continue']);
      if (tested) commandFailures.push(tested);
    }
    console.log('');
  }
  const { lines, ok } = summarize(readReports(root), { ci: process.env.CI === 'true', root, commandFailures });
  for (const line of lines) console.log(line);
  return ok ? 0 : 1;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = main(process.argv.slice(2));
}
