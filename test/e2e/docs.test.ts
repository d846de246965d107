import { execSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { expect } from 'chai';
import { preview, type PreviewServer } from 'vite';
import { axeViolations, launchChromium, quotaSettled, watchErrors, type BrowserContext, type Page } from './browser.js';
import { serveStatic, type StaticServer } from './static-server.js';
import { PAGES } from '../../docs/src/pages.js';
import { attainment, sampleData } from '../../packages/domain/src/index.js';

// The docs site as it is published: `vite build` into docs-dist/, served by
// `vite preview` (which also answers the task API the task-save example
// uses), every page opened in Chromium.
const DIST = 'docs-dist';
const BUNDLE = 'packages/elements/dist/quota.js';
const STRICT_CSP = "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'";
const WIDGETS = ['quota-gauge', 'quota-funnel', 'quota-target-tree', 'quota-task-board', 'quota-leaderboard'];

const freePort = () =>
  new Promise<number>((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });

const htmlFiles = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.html'))
    .map((f) => f.split('\\').join('/'))
    .sort();

/** Gzip size of a built page's JavaScript: its module script and every chunk it preloads. */
function pageScriptBytes(page: string): { files: number; raw: number; gzip: number } {
  const html = readFileSync(join(DIST, page), 'utf8');
  const dir = join(DIST, page, '..');
  const srcs = [...html.matchAll(/<script type="module"[^>]*src="([^"]+)"/g), ...html.matchAll(/<link rel="modulepreload"[^>]*href="([^"]+)"/g)].map((m) => m[1]!);
  let raw = 0;
  let gzip = 0;
  for (const src of new Set(srcs)) {
    const code = readFileSync(join(dir, src));
    raw += code.length;
    gzip += gzipSync(code, { level: 9 }).length;
  }
  return { files: new Set(srcs).size, raw, gzip };
}

/** Every Quota widget on the page (light DOM), with what it drew. */
async function widgetsOf(page: Page) {
  return page.evaluate(() =>
    [...document.querySelectorAll('*')]
      .filter((e) => e.localName.startsWith('quota-') && e.localName !== 'quota-provider')
      .map((e) => ({
        tag: e.localName,
        defined: customElements.get(e.localName) !== undefined,
        text: (e.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim(),
        errors: [...(e.shadowRoot?.querySelectorAll('[part~="error"]') ?? [])].map((x) => x.textContent!.replace(/\s+/g, ' ').trim()),
      })),
  );
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

describe('Docs site (vite build → docs-dist, every page in Chromium)', function () {
  let server: PreviewServer;
  let url: string;
  let browser: BrowserContext;
  let pages: string[] = [];
  let buildSeconds = 0;

  before(async function () {
    this.timeout(600_000);
    // `npm test` builds the packages first; on its own, build what the site copies.
    if (!existsSync(BUNDLE)) execSync('pnpm --filter @quota/domain --filter @quota/elements run build', { stdio: 'inherit' });
    execSync('pnpm run --silent manifest', { stdio: 'inherit' });
    const started = Date.now();
    execSync('pnpm exec vite build --logLevel warn', { stdio: 'inherit' });
    buildSeconds = (Date.now() - started) / 1000;
    pages = htmlFiles(DIST);
    const port = await freePort();
    server = await preview({ logLevel: 'silent', preview: { port, strictPort: true, host: '127.0.0.1', open: false } });
    url = `http://127.0.0.1:${port}`;
    browser = await launchChromium();
  });

  after(async () => {
    await browser?.close();
    await new Promise<void>((resolve) => (server ? server.httpServer.close(() => resolve()) : resolve()));
  });

  it('builds every page of docs/ and the copy of quota.js the plain page loads', () => {
    const sources = htmlFiles('docs').filter((f) => !f.startsWith('public/'));
    expect(pages).to.deep.equal(sources);
    for (const page of ['index.html', 'guides/theming.html', 'guides/data-formats.html', 'guides/embedding.html', 'embed/plain.html', 'embed/react.html', 'embed/vue.html']) {
      expect(pages, page).to.include(page);
    }
    expect(readFileSync(join(DIST, 'embed/quota.js'), 'utf8')).to.equal(readFileSync(BUNDLE, 'utf8').replace(/\n\/\/# sourceMappingURL=\S+\s*$/, '\n'));
    console.log(`      vite build: ${buildSeconds.toFixed(1)} s for ${pages.length} pages`);
  });

  it('links every page from the site navigation', () => {
    const listed = PAGES.map(([href]) => href);
    expect([...listed].sort()).to.deep.equal(pages);
  });

  it('keeps the React and Vue example pages small (gzip of all their JavaScript)', () => {
    const sizes = Object.fromEntries(['embed/react.html', 'embed/vue.html', 'embed/plain.html', 'index.html'].map((p) => [p, pageScriptBytes(p)]));
    const plain = statSync(join(DIST, 'embed/quota.js')).size;
    for (const [page, s] of Object.entries(sizes)) console.log(`      ${page}: ${s.files} files, ${kb(s.raw)}, ${kb(s.gzip)} gzip`);
    console.log(`      embed/quota.js: ${kb(plain)}, ${kb(gzipSync(readFileSync(join(DIST, 'embed/quota.js')), { level: 9 }).length)} gzip`);
    // React 19 + react-dom + the elements + sample data; Vue's runtime is smaller.
    expect(sizes['embed/react.html']!.gzip).to.be.below(200 * 1024);
    expect(sizes['embed/vue.html']!.gzip).to.be.below(140 * 1024);
    expect(sizes['embed/vue.html']!.gzip).to.be.below(sizes['embed/react.html']!.gzip);
  });

  it('opens every page without errors, failed requests, empty widgets or axe violations', async function () {
    this.timeout(pages.length * 30_000 + 60_000);
    const failures: string[] = [];
    const timings: string[] = [];
    const tab = await browser.newPage();
    for (const page of pages) {
      const errors = watchErrors(tab);
      const started = Date.now();
      await tab.goto(`${url}/${page}`, { waitUntil: 'load' });
      await tab.waitForLoadState('networkidle');
      await quotaSettled(tab);
      const settled = Date.now() - started;
      const load = await tab.evaluate(() => Math.round((performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).loadEventEnd));
      timings.push(`${page}: load ${load} ms, widgets drawn ${settled} ms`);
      const widgets = await widgetsOf(tab);
      for (const w of widgets) {
        if (!w.defined) failures.push(`${page}: <${w.tag}> is not defined`);
        else if (!w.text) failures.push(`${page}: <${w.tag}> drew nothing`);
      }
      // The demo and the examples show real data: no widget may show an error there.
      if (page === 'index.html' || page.startsWith('embed/')) {
        for (const w of widgets) for (const e of w.errors) failures.push(`${page}: <${w.tag}> shows an error: ${e}`);
      }
      for (const v of await axeViolations(tab)) failures.push(`${page}: ${v}`);
      for (const e of errors) failures.push(`${page}: ${e}`);
      tab.removeAllListeners('pageerror');
      tab.removeAllListeners('console');
      tab.removeAllListeners('response');
    }
    console.log(timings.map((t) => `      ${t}`).join('\n'));
    expect(failures, failures.join('\n')).to.deep.equal([]);
  });

  describe('the demo board (index.html)', () => {
    let tab: Page;
    beforeEach(async () => {
      tab = await browser.newPage();
    });
    afterEach(async () => tab.close());

    it('shows the key figures first, then all five widgets on the sample data', async () => {
      await tab.goto(`${url}/index.html`);
      await quotaSettled(tab);
      const order = await tab.evaluate(() => {
        const figures = document.querySelector('.key-figures')!;
        const first = document.querySelector('.board-grid')!;
        return figures.compareDocumentPosition(first) & Node.DOCUMENT_POSITION_FOLLOWING;
      });
      expect(order).to.be.greaterThan(0);
      const figures = await tab.locator('.key-figures .figure').allTextContents();
      // The demo's data is sampleData(7): its attainment, in Intl's words, comes first.
      const sample = sampleData(7);
      const expected = new Intl.NumberFormat('en-US', { style: 'percent', maximumFractionDigits: 1 }).format(attainment(sample.gauge.actual, sample.gauge.target)!);
      expect(figures[0]!.replace(/\s+/g, ' ').trim()).to.match(new RegExp(`^Attainment ${expected.replace('.', '\\.')} `));
      const tags = (await widgetsOf(tab)).map((w) => w.tag);
      for (const tag of WIDGETS) expect(tags, tag).to.include(tag);
      expect(await tab.evaluate(() => document.querySelectorAll('quota-provider').length)).to.equal(1);
    });

    it('switches language and theme from the toolbar, and keeps them in the URL', async () => {
      await tab.goto(`${url}/index.html`);
      await quotaSettled(tab);
      const background = () => tab.evaluate(() => getComputedStyle(document.querySelector('quota-provider')!).backgroundColor);
      expect(await background()).to.equal('rgb(245, 247, 250)');

      await tab.getByRole('radio', { name: '中文' }).check();
      await quotaSettled(tab);
      expect(await tab.evaluate(() => document.documentElement.lang)).to.equal('zh-CN');
      expect(await tab.locator('quota-provider').getAttribute('locale')).to.equal('zh-CN');
      expect((await tab.locator('.key-figures').textContent())!).to.contain('达成率');
      expect(await tab.locator('quota-leaderboard').evaluate((el) => el.shadowRoot!.textContent)).to.contain('排行');
      expect(tab.url()).to.contain('locale=zh-CN');

      await tab.getByRole('radio', { name: '深色' }).check();
      await quotaSettled(tab);
      expect(await tab.locator('quota-provider').getAttribute('theme')).to.equal('dark');
      expect(await background()).to.equal('rgb(24, 32, 43)');
      await tab.getByRole('radio', { name: '电视墙' }).check();
      await quotaSettled(tab);
      expect(await background()).to.equal('rgb(13, 17, 23)');
      expect(tab.url()).to.contain('theme=tv');
      expect(await axeViolations(tab)).to.deep.equal([]);

      await tab.reload();
      await quotaSettled(tab);
      expect(await tab.locator('quota-provider').getAttribute('theme')).to.equal('tv');
      expect(await tab.getByRole('radio', { name: 'English' }).isChecked()).to.equal(false);
    });

    it('simulates live data: days pass, figures grow, ranks move, tasks arrive; off stops it', async function () {
      this.timeout(60_000);
      await tab.goto(`${url}/index.html?interval=400`);
      await quotaSettled(tab);
      const snapshot = () =>
        tab.evaluate(() => {
          const gauge = document.querySelector('quota-gauge') as HTMLElement & { data: { actual: number; asOf: string } };
          const board = document.querySelector('quota-leaderboard')!;
          const tasks = document.querySelector('quota-task-board') as HTMLElement & { data: { tasks: { id: string }[] } };
          const names = [...board.shadowRoot!.querySelectorAll('[part~="row"]')].slice(0, 12).map((r) => r.textContent!.replace(/\s+/g, ' '));
          return { actual: gauge.data.actual, asOf: gauge.data.asOf, names: names.join('|'), tasks: tasks.data.tasks.length, provider: (document.querySelector('quota-provider') as unknown as { asOf: string }).asOf };
        });
      const before = await snapshot();
      expect(before.asOf).to.equal(sampleData(7).asOf);
      await tab.getByRole('checkbox', { name: 'Simulate live data' }).check();
      await tab.waitForFunction(() => (document.querySelector('quota-gauge') as unknown as { data: { asOf: string } }).data.asOf >= '2025-02-22', undefined, { timeout: 20_000 });
      await quotaSettled(tab);
      const after = await snapshot();
      expect(after.provider).to.equal(after.asOf);
      expect(after.actual).to.be.greaterThan(before.actual);
      expect(after.names).not.to.equal(before.names);
      expect(after.tasks).to.be.greaterThan(before.tasks);
      expect(await tab.locator('.demo-head p').textContent()).to.match(/^Live: a new day every 0\.4 seconds/);

      await tab.getByRole('checkbox', { name: 'Simulate live data' }).uncheck();
      const stopped = (await snapshot()).asOf;
      await tab.waitForTimeout(1200);
      expect((await snapshot()).asOf).to.equal(stopped);
    });

    it('keeps a task moved on the board where it was put while live data arrives', async function () {
      this.timeout(60_000);
      await tab.goto(`${url}/index.html?interval=400&live=1`);
      await quotaSettled(tab);
      const card = tab.locator('quota-task-board [part~="task"]', { hasText: 'Unblock stalled negotiations' });
      await card.locator('[part~="move-button"]').click();
      await tab.locator('quota-task-board [role="menuitem"][data-to="drop"]').click();
      await eventually(() => tab.locator('#demo > p[role="status"]').textContent(), /Saved the move/);
      const asOf = () => (document.querySelector('quota-provider') as unknown as { asOf: string }).asOf;
      const at = await tab.evaluate(asOf);
      await tab.waitForFunction((d) => (document.querySelector('quota-provider') as unknown as { asOf: string }).asOf > d, at, { timeout: 10_000 });
      const quadrant = await tab.locator('quota-task-board [part~="quadrant"]', { has: tab.locator('[part~="task"]', { hasText: 'Unblock stalled negotiations' }) }).getAttribute('part');
      expect(quadrant).to.contain('quadrant-drop');
    });
  });

  it('runs the plain page from quota.js alone, under a strict CSP too', async () => {
    const html = readFileSync(join(DIST, 'embed/plain.html'), 'utf8');
    expect([...html.matchAll(/<script\b(?![^>]*application\/json)[^>]*>/g)]).to.have.length(1);
    const strict: StaticServer = await serveStatic(DIST, { 'content-security-policy': STRICT_CSP });
    const tab = await browser.newPage();
    try {
      const errors = watchErrors(tab);
      await tab.addInitScript(() => {
        document.addEventListener(
          'securitypolicyviolation',
          (e) => console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI} in <${(e.target as Element | null)?.localName ?? '?'}>`),
          true,
        );
      });
      await tab.goto(`${strict.url}/embed/plain.html`, { waitUntil: 'networkidle' });
      await quotaSettled(tab);
      const widgets = await widgetsOf(tab);
      expect(widgets.map((w) => w.tag).sort()).to.deep.equal([...WIDGETS].sort());
      for (const w of widgets) {
        expect(w.errors, w.tag).to.deep.equal([]);
        expect(w.text.length, w.tag).to.be.greaterThan(20);
      }
      expect(widgets.find((w) => w.tag === 'quota-leaderboard')!.text).to.contain('张伟');
      expect(widgets.find((w) => w.tag === 'quota-gauge')!.text).to.match(/44(\.\d)?%/);
      const distinct = [...new Set(errors.filter((e) => e.includes('CSP violation')))];
      expect(distinct, `${errors.length} errors, e.g.\n${distinct.join('\n')}`).to.deep.equal([]);
      expect(errors).to.deep.equal([]);
    } finally {
      await tab.close();
      await strict.close();
    }
  });

  for (const [page, tags, wrapped] of [
    ['embed/react.html', 'onquota-select', 'onQuotaSelect'],
    ['embed/vue.html', '@quota-select', '@quota-select'],
  ] as const) {
    it(`runs ${page}: every widget draws, events reach the app, data and language updates flow in`, async function () {
      this.timeout(60_000);
      const tab = await browser.newPage();
      try {
        const errors = watchErrors(tab);
        await tab.goto(`${url}/${page}`);
        await tab.waitForSelector('quota-task-board');
        await quotaSettled(tab);
        const widgets = await widgetsOf(tab);
        for (const tag of WIDGETS) expect(widgets.map((w) => w.tag), tag).to.include(tag);
        for (const w of widgets) expect(w.errors, w.tag).to.deep.equal([]);
        const log = tab.getByTestId('log');

        // A leaderboard row: the first leaderboard (React: the tag itself; Vue: the only one).
        await tab.locator('quota-leaderboard [part~="row"]').first().click();
        await eventually(() => log.textContent(), new RegExp(`${tags}: leaderboard rep-\\d+`));
        // A funnel stage (React: through the @quota/react wrapper).
        await tab.locator('quota-funnel [part~="stage"] button').nth(2).click();
        await eventually(() => log.textContent(), new RegExp(`${wrapped}: funnel proposal`));
        // A task moved with the "Move to…" menu, held by waitUntil until "saved".
        await tab.locator('quota-task-board [part~="move-button"]').first().click();
        await tab.locator('quota-task-board [role="menuitem"][data-to="drop"]').click();
        await eventually(() => log.textContent(), /task-move: task-\d+ → drop|TaskMove: task-\d+ → drop/);

        // New data: the next day reaches the elements as a new object.
        const before = await tab.locator('quota-gauge').first().evaluate((el) => (el as unknown as { data: { asOf: string } }).data.asOf);
        await tab.getByRole('button', { name: /Next day/ }).click();
        await tab.waitForFunction((b) => (document.querySelector('quota-gauge') as unknown as { data: { asOf: string } }).data.asOf !== b, before);
        // Language: the provider's locale reaches every widget.
        await tab.getByRole('button', { name: /中文/ }).click();
        await quotaSettled(tab);
        expect(await tab.locator('quota-leaderboard').first().evaluate((el) => el.shadowRoot!.textContent)).to.contain('排行');
        if (page === 'embed/react.html') expect(Number((await tab.getByTestId('loads').textContent())!.match(/\d+/)![0])).to.be.at.least(2);
        expect(await axeViolations(tab)).to.deep.equal([]);
        expect(errors).to.deep.equal([]);
      } finally {
        await tab.close();
      }
    });
  }
});

/** Polls `read` until its text matches `pattern` (5 s). */
async function eventually(read: () => Promise<string | null>, pattern: RegExp): Promise<void> {
  const until = Date.now() + 5000;
  let last: string | null = null;
  while (Date.now() < until) {
    last = await read();
    if (last && pattern.test(last)) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  expect(last, `waiting for ${pattern}`).to.match(pattern);
}

