import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'chai';
import { build } from 'esbuild';
import { EVENTS } from '../../packages/react/src/events.js';
import { launchChromium, quotaSettled, watchErrors, type BrowserContext, type Page } from './browser.js';
import { serveStatic, type StaticServer } from './static-server.js';

// @quota/react in React 19 and React 18 (installed as react-18 / react-dom-18
// and aliased in for the second run): every wrapper renders its element with
// its props set as properties, and forwards each event its element fires to
// the matching callback. The page is test/e2e/fixtures/react-wrappers.tsx,
// bundled with esbuild from the sources.

interface Call {
  prop: string;
  type: string;
  detail: Record<string, unknown>;
  generation: number;
}
type Fixture = Window & { fixture: { version: string; sample: Record<string, unknown>; calls: Call[]; update(p: object): void; unmount(): void } };

const pascal = (name: string) => name.replace(/(^|-)(\w)/g, (_, __, c: string) => c.toUpperCase());

const REACTS: { major: string; alias: Record<string, string> }[] = [
  { major: '19', alias: {} },
  { major: '18', alias: { react: 'react-18', 'react-dom': 'react-dom-18' } },
];

for (const react of REACTS) describe(`@quota/react wrappers (React ${react.major})`, function () {
  let dir: string;
  let server: StaticServer;
  let browser: BrowserContext;
  let page: Page;
  let errors: string[];

  before(async function () {
    this.timeout(120_000);
    dir = mkdtempSync(join(tmpdir(), 'quota-react-'));
    await build({
      entryPoints: ['test/e2e/fixtures/react-wrappers.tsx'],
      bundle: true,
      format: 'esm',
      target: 'es2022',
      outfile: join(dir, 'app.js'),
      conditions: ['source'],
      jsx: 'automatic',
      tsconfig: 'tsconfig.json',
      define: { 'process.env.NODE_ENV': '"development"' },
      alias: react.alias,
      logLevel: 'warning',
    });
    writeFileSync(join(dir, 'index.html'), '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>wrappers</title><script type="module" src="/app.js"></script></head><body><main id="root"></main></body></html>');
    server = await serveStatic(dir);
    browser = await launchChromium();
  });

  beforeEach(async () => {
    page = await browser.newPage();
    errors = watchErrors(page);
    await page.goto(`${server.url}/`);
    await page.waitForFunction(() => document.querySelectorAll('quota-task-board').length === 1);
    await quotaSettled(page);
  });

  afterEach(async () => {
    // React's development build reports misuse (e.g. unknown props, stacked effects) as console errors.
    expect(errors).to.deep.equal([]);
    await page.close();
  });

  after(async () => {
    await browser?.close();
    await server?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  const calls = () => page.evaluate(() => (window as unknown as Fixture).fixture.calls);

  it(`runs on React ${react.major}`, async () => {
    expect(await page.evaluate(() => (window as unknown as Fixture).fixture.version)).to.match(new RegExp(`^${react.major}\\.`));
  });

  it('has a callback for every event each element fires, named after it (custom-elements.json)', () => {
    const manifest = JSON.parse(readFileSync('packages/elements/custom-elements.json', 'utf8')) as {
      modules: { declarations?: { tagName?: string; events?: { name: string }[] }[] }[];
    };
    const fired = new Map<string, string[]>();
    for (const m of manifest.modules) for (const d of m.declarations ?? []) if (d.tagName) fired.set(d.tagName, (d.events ?? []).map((e) => e.name).sort());
    expect(Object.keys(EVENTS).sort()).to.deep.equal([...fired.keys()].sort());
    for (const [tag, events] of Object.entries(EVENTS)) {
      expect(Object.values(events).sort(), tag).to.deep.equal(fired.get(tag));
      for (const [prop, event] of Object.entries(events)) expect(prop, tag).to.equal(`on${pascal(event)}`);
    }
  });

  it('renders each element with data set as a property (the same object, no attribute)', async () => {
    // (No helper functions inside evaluate: tsx would wrap them in a __name() the page doesn't have.)
    const found = await page.evaluate(() => {
      const { sample } = (window as unknown as Fixture).fixture;
      const pairs = [['quota-funnel', 'funnel'], ['quota-target-tree', 'targetTree'], ['quota-task-board', 'tasks'], ['quota-leaderboard', 'leaderboard'], ['quota-gauge', 'gauge']];
      return {
        tags: [...document.querySelectorAll('*')].map((e) => e.localName).filter((n) => n.startsWith('quota-')),
        same: pairs.map(([tag, key]) => (document.querySelector(tag!) as unknown as { data: unknown }).data === sample[key!]),
        attribute: document.querySelector('quota-funnel')!.getAttribute('data'),
        measure: (document.querySelector('quota-funnel') as unknown as { measure: string }).measure,
        kpis: (document.querySelector('quota-leaderboard') as unknown as { kpis: boolean }).kpis,
        locale: (document.querySelector('quota-provider') as unknown as { locale: string }).locale,
        drawn: [...document.querySelectorAll('quota-gauge, quota-funnel, quota-target-tree, quota-task-board, quota-leaderboard')].map((e) => (e.shadowRoot?.textContent ?? '').trim().length > 0),
      };
    });
    expect(found.tags).to.deep.equal(['quota-provider', 'quota-gauge', 'quota-funnel', 'quota-target-tree', 'quota-task-board', 'quota-leaderboard', 'quota-wall']);
    expect(found.same).to.deep.equal([true, true, true, true, true]);
    expect(found.attribute).to.equal(null);
    expect(found.measure).to.equal('amount');
    expect(found.kpis).to.equal(true);
    expect(found.locale).to.equal('en-US');
    expect(found.drawn).to.deep.equal([true, true, true, true, true]);
  });

  it('forwards real events: load, select (click), task move (menu), board change, error (bad data)', async () => {
    const loads = (await calls()).filter((c) => c.prop === 'gauge.onQuotaLoad' || c.prop === 'funnel.onQuotaLoad');
    expect(loads.map((c) => c.type)).to.include.members(['quota-load']);

    await page.locator('quota-leaderboard [part~="row"]').first().click();
    await page.locator('quota-funnel [part~="stage"] button').nth(1).click();
    await page.locator('quota-task-board [part~="move-button"]').first().click();
    await page.locator('quota-task-board [role="menuitem"][data-to="drop"]').click();
    await page.evaluate(() => (window as unknown as Fixture).fixture.update({ wallIndex: 1 }));
    await page.evaluate(() => (window as unknown as Fixture).fixture.update({ gaugeData: { target: -1, actual: 'a lot' } }));
    await page.waitForFunction(() => (window as unknown as Fixture).fixture.calls.some((c) => c.prop === 'gauge.onQuotaError'));

    const seen = await calls();
    const one = (prop: string) => seen.find((c) => c.prop === prop);
    expect(one('leaderboard.onQuotaSelect')).to.deep.include({ type: 'quota-select' });
    expect(one('leaderboard.onQuotaSelect')!.detail).to.include({ widget: 'leaderboard' });
    expect(one('funnel.onQuotaSelect')!.detail).to.deep.equal({ widget: 'funnel', id: 'opportunity' });
    expect(one('tasks.onQuotaTaskMove')!.detail).to.include({ to: 'drop', urgent: false, important: false });
    expect(seen.find((c) => c.prop === 'wall.onQuotaBoardChange' && c.detail.index === 1)!.detail).to.include({ id: 'second', reason: 'api', count: 2 });
    expect(one('gauge.onQuotaError')!.detail).to.include({ kind: 'invalid', stale: true });
    // Nothing reached a callback it was not meant for.
    for (const c of seen) expect(c.prop.split('.')[1], `${c.prop} got ${c.type}`).to.equal(`on${pascal(c.type)}`);
  });

  it('swaps callbacks on re-render instead of stacking them; unmounting removes the elements', async () => {
    const dispatch = () =>
      page.evaluate(() => {
        const row = document.querySelector('quota-leaderboard')!;
        row.dispatchEvent(new CustomEvent('quota-select', { bubbles: true, composed: true, detail: { widget: 'leaderboard', id: 'rep-001' } }));
      });
    const selects = async () => (await calls()).filter((c) => c.prop === 'leaderboard.onQuotaSelect').map((c) => c.generation);
    await dispatch();
    await page.evaluate(() => (window as unknown as Fixture).fixture.update({ generation: 2 }));
    await dispatch();
    expect(await selects()).to.deep.equal([1, 2]);

    // (StrictMode mounts twice: still one listener.) @lit/react leaves the listener on a detached
    // element; the element itself stops its timers and fetches when disconnected.
    await page.evaluate(() => (window as unknown as Fixture).fixture.unmount());
    expect(await page.evaluate(() => document.querySelectorAll('quota-provider, quota-leaderboard, quota-wall').length)).to.equal(0);
  });

  it('passes prop changes down: the provider’s locale reaches every widget', async () => {
    await page.evaluate(() => (window as unknown as Fixture).fixture.update({ locale: 'zh-CN' }));
    await quotaSettled(page);
    const text = await page.locator('quota-leaderboard').evaluate((el) => el.shadowRoot!.textContent!);
    expect(text).to.contain('截至');
  });

  it('shows a refused move going back, with the host’s message', async () => {
    await page.evaluate(() => (window as unknown as Fixture).fixture.update({ refuseMoves: true }));
    const card = page.locator('quota-task-board [part~="task"]').first();
    const title = (await card.locator('[part~="task-title"]').textContent())!.trim();
    const from = await page.locator('quota-task-board [part~="quadrant"]', { has: page.locator('[part~="task-title"]', { hasText: title }) }).getAttribute('part');
    await card.locator('[part~="move-button"]').click();
    await page.locator('quota-task-board [role="menuitem"][data-to="drop"]').click();
    await page.locator('quota-task-board [part~="notice"]', { hasText: 'the CRM said no' }).waitFor({ timeout: 5000 });
    const back = await page.locator('quota-task-board [part~="quadrant"]', { has: page.locator('[part~="task-title"]', { hasText: title }) }).getAttribute('part');
    expect(back).to.equal(from);
  });
});
