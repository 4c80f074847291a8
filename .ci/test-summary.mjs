// Sums the vitest JSON reports of every package into one closing line: "Total: N passed, M failed".
// With --clean it removes old reports first, so a package that did not run cannot pass on stale results.
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const packages = ['packages/domain', 'apps/api', 'apps/admin'];
const reports = packages.map((p) => join(root, p, '.test-results.json'));

if (process.argv.includes('--clean')) {
  for (const r of reports) rmSync(r, { force: true });
  process.exit(0);
}

let passed = 0;
let failed = 0;
let skipped = 0;
let missing = 0;
for (const [i, report] of reports.entries()) {
  if (!existsSync(report)) {
    console.log(`${packages[i]}: no test report (the suite did not run)`);
    missing++;
    continue;
  }
  const r = JSON.parse(readFileSync(report, 'utf8'));
  passed += r.numPassedTests;
  failed += r.numFailedTests + (r.numRuntimeErrorTestSuites ?? 0);
  skipped += r.numPendingTests + (r.numTodoTests ?? 0);
  if (!r.success && r.numFailedTests === 0) failed++;
  console.log(`${packages[i]}: ${r.numPassedTests} passed, ${r.numFailedTests} failed, ${r.numPendingTests} skipped`);
}
console.log(`Total: ${passed} passed, ${failed + missing} failed, ${skipped} skipped`);
process.exit(failed + missing > 0 || passed === 0 ? 1 : 0);
