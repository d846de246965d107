// Writes the browser test counts to test/.results/browser.json for the
// closing summary line of `pnpm test`.
import { mkdirSync, writeFileSync } from 'node:fs';

function count(suite, totals) {
  for (const test of suite.tests ?? []) {
    if (test.skipped) totals.skipped++;
    else if (test.passed) totals.passed++;
    else totals.failed++;
  }
  for (const child of suite.suites ?? []) count(child, totals);
}

export function countReporter() {
  return {
    onTestRunFinished({ sessions }) {
      const totals = { passed: 0, failed: 0, skipped: 0, errors: 0 };
      for (const session of sessions) {
        if (session.testResults) count(session.testResults, totals);
        // A file that fails to load or throws outside a test counts as a failure.
        if (!session.passed && (session.errors?.length ?? 0) > 0) totals.errors += session.errors.length;
      }
      mkdirSync('test/.results', { recursive: true });
      writeFileSync('test/.results/browser.json', JSON.stringify(totals));
    },
  };
}
