// Browser tests in Debian's Chromium (never a downloaded browser).
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter, summaryReporter } from '@web/test-runner';
import { countReporter } from './scripts/wtr-count-reporter.mjs';
import { fixtureEndpoint } from './scripts/fixture-endpoint.mjs';
import { mediaFeaturesPlugin } from './scripts/wtr-media-features.mjs';

const executablePath = process.env.CHROME_PATH || '/usr/bin/chromium';

export default {
  nodeResolve: { exportConditions: ['source', 'browser', 'development'] },
  middleware: [fixtureEndpoint()],
  plugins: [esbuildPlugin({ ts: true, tsconfig: 'tsconfig.json' }), mediaFeaturesPlugin()],
  // QUOTA_TEST_FILES='test/elements/gauge*.test.ts' runs just those files (while working on one widget).
  ...(process.env.QUOTA_TEST_FILES
    ? { files: process.env.QUOTA_TEST_FILES.split(',') }
    : { groups: [
      { name: 'domain', files: 'test/domain/**/*.test.ts' },
      { name: 'elements', files: 'test/elements/**/*.test.ts' },
    ] }),
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath,
        args: ['--no-sandbox', '--headless=new', '--disable-gpu', '--no-first-run', '--disable-background-networking',
          '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
      },
    }),
  ],
  // axe-core for the accessibility checks every element test makes.
  testRunnerHtml: (testFramework) => `<!doctype html>
    <html lang="en">
      <head><meta charset="utf-8"><script src="/node_modules/axe-core/axe.min.js"></script></head>
      <body><script type="module" src="${testFramework}"></script></body>
    </html>`,
  concurrency: 1,
  testFramework: { config: { timeout: 20000 } },
  testsFinishTimeout: 600000,
  reporters: [defaultReporter(), summaryReporter({ flatten: false }), countReporter()],
};
