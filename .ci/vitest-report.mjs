// vitest's JSON report plus the two things it leaves out, for .ci/test-summary.mjs: the unhandled errors of the run
// (vitest exits 1 on them, but its JSON report can still say success: true with every test passed) and how the run
// ended ("passed", "failed" or "interrupted"). Every package's vitest config lists it as a reporter:
//   reporters: ['default', ['../../.ci/vitest-report.mjs', { outputFile: '.test-results.json' }]]
import { JsonReporter } from 'vitest/node';

export default class TestReport extends JsonReporter {
  /** @type {{ unhandledErrors: Array<{ type: string; name: string; message: string }>; runEndReason: string }} */
  extra = { unhandledErrors: [], runEndReason: 'passed' };

  /** `outputFile` as for vitest's json reporter; without it, the config's `outputFile.json`. */
  constructor(options = {}) {
    super(options);
  }

  async onTestRunEnd(testModules, unhandledErrors, reason) {
    this.extra = {
      unhandledErrors: unhandledErrors.map((e) => ({
        type: String(e.type ?? 'Unhandled Error'),
        name: String(e.name ?? 'Error'),
        message: String(e.message ?? e),
      })),
      runEndReason: reason ?? 'passed',
    };
    await super.onTestRunEnd(testModules, unhandledErrors, reason);
  }

  async writeReport(report) {
    await super.writeReport(JSON.stringify({ ...JSON.parse(report), ...this.extra }));
  }
}
