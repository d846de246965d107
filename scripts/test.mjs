// The whole test suite, step by step, ending with one line: "N passed, M failed".
// Each step's own output streams through; a step that cannot report counts
// (type check, lint, build) counts as one check.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';

const mochaCounts = (out) => ({
  passed: Number(/(\d+) passing/.exec(out)?.[1] ?? 0),
  failed: Number(/(\d+) failing/.exec(out)?.[1] ?? 0),
});
const browserCounts = () => {
  const file = 'test/.results/browser.json';
  if (!existsSync(file)) return null;
  const c = JSON.parse(readFileSync(file, 'utf8'));
  return { passed: c.passed, failed: c.failed + c.errors };
};

const steps = [
  { name: 'type check (domain, no DOM)', cmd: 'pnpm exec tsc -p packages/domain --noEmit' },
  { name: 'type check (all)', cmd: 'pnpm exec tsc -p tsconfig.json' },
  { name: 'lint', cmd: 'pnpm exec oxlint --deny-warnings' },
  { name: 'domain tests (Node)', cmd: 'pnpm exec mocha', counts: mochaCounts },
  { name: 'build', cmd: 'pnpm run build' },
  { name: 'browser tests (Chromium)', cmd: 'pnpm exec web-test-runner', counts: browserCounts, before: () => rmSync('test/.results/browser.json', { force: true }) },
  { name: 'end-to-end tests (built packages, pages, Storybook)', cmd: 'pnpm exec mocha --config test/e2e/.mocharc.json', counts: mochaCounts, when: () => existsSync('test/e2e/.mocharc.json') },
];

function runStep(cmd) {
  return new Promise((resolve) => {
    const child = spawn(cmd, { shell: true, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, FORCE_COLOR: '0' } });
    let out = '';
    const take = (stream, sink) => stream.on('data', (chunk) => { out += chunk; sink.write(chunk); });
    take(child.stdout, process.stdout);
    take(child.stderr, process.stderr);
    child.on('close', (code) => resolve({ code, out }));
  });
}

const totals = { passed: 0, failed: 0 };
const failedSteps = [];
const started = Date.now();
for (const step of steps) {
  if (step.when && !step.when()) continue;
  console.log(`\n=== ${step.name}: ${step.cmd}`);
  step.before?.();
  const { code, out } = await runStep(step.cmd);
  const counted = step.counts?.(out) ?? null;
  if (counted && counted.passed + counted.failed > 0) {
    totals.passed += counted.passed;
    totals.failed += counted.failed;
    // A runner that crashed after some tests still fails the step.
    if (code !== 0 && counted.failed === 0) totals.failed++;
  } else if (code === 0) totals.passed++;
  else totals.failed++;
  if (code !== 0) failedSteps.push(step.name);
}
const seconds = Math.round((Date.now() - started) / 1000);
console.log(`\n${failedSteps.length ? `Failed steps: ${failedSteps.join(', ')}\n` : ''}${totals.passed} passed, ${totals.failed} failed (${seconds} s)`);
process.exit(totals.failed || failedSteps.length ? 1 : 0);
