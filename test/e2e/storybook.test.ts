import { execSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { expect } from 'chai';
import { axeViolations, launchChromium, quotaSettled, watchErrors, type BrowserContext } from './browser.js';
import { serveStatic, type StaticServer } from './static-server.js';

interface IndexEntry {
  id: string;
  title: string;
  name: string;
  type: 'story' | 'docs';
}

describe('Storybook', function () {
  let server: StaticServer;
  let browser: BrowserContext;
  let stories: IndexEntry[] = [];

  before(async function () {
    this.timeout(600_000);
    execSync('pnpm run --silent build-storybook', { stdio: 'inherit' });
    const index = JSON.parse(readFileSync('storybook-static/index.json', 'utf8')) as { entries: Record<string, IndexEntry> };
    stories = Object.values(index.entries).filter((e) => e.type === 'story');
    server = await serveStatic('storybook-static');
    browser = await launchChromium();
  });

  after(async () => {
    await browser?.close();
    await server?.close();
  });

  it('has a story for every element', () => {
    const titles = new Set(stories.map((s) => s.title));
    expect([...titles].filter((t) => t.startsWith('Widgets/'))).to.include.members([
      'Widgets/Gauge', 'Widgets/Funnel', 'Widgets/Target tree', 'Widgets/Task board', 'Widgets/Leaderboard',
    ]);
  });

  it('has whole-board stories: the three boards and everything, in both locales and the three themes', () => {
    const boards = stories.filter((s) => s.title === 'Boards').map((s) => s.name);
    for (const board of ['Attainment', 'Funnel health', 'Activity', 'Everything']) {
      const of = boards.filter((n) => n.startsWith(board));
      expect(of, board).to.have.length(4);
      expect(of.some((n) => n.includes('zh-CN')), `${board} in Chinese`).to.equal(true);
      expect(of.some((n) => n.includes('dark')), `${board} dark`).to.equal(true);
      expect(of.some((n) => n.includes('TV')), `${board} TV`).to.equal(true);
    }
  });

  it('opens on an Introduction page for designers', async () => {
    const page = await browser.newPage();
    const errors = watchErrors(page);
    const index = JSON.parse(readFileSync('storybook-static/index.json', 'utf8')) as { entries: Record<string, IndexEntry> };
    const intro = Object.values(index.entries).find((e) => e.title === 'Introduction' && e.type === 'docs');
    expect(intro, 'an Introduction docs entry').to.not.equal(undefined);
    await page.goto(`${server.url}/iframe.html?id=${intro!.id}&viewMode=docs`, { waitUntil: 'load' });
    await page.getByRole('heading', { name: 'Quota for designers' }).waitFor({ timeout: 15_000 });
    expect(await page.getByRole('heading', { name: 'What is where' }).count()).to.equal(1);
    // The token palettes are drawn from TOKENS, for each theme.
    expect(await page.getByText('#ffffff', { exact: false }).count()).to.be.greaterThan(0);
    expect(errors).to.deep.equal([]);
    await page.close();
  });

  it('renders every story without errors, empty output or axe violations', async function () {
    this.timeout(stories.length * 20_000 + 60_000);
    const failures: string[] = [];
    const page = await browser.newPage();
    for (const story of stories) {
      const errors = watchErrors(page);
      await page.goto(`${server.url}/iframe.html?id=${story.id}&viewMode=story`, { waitUntil: 'load' });
      await page.waitForFunction(() => document.querySelector('#storybook-root')?.childElementCount, undefined, { timeout: 15_000 }).catch(() => {});
      await quotaSettled(page);
      const rendered = await page.evaluate(() => {
        const root = document.querySelector('#storybook-root');
        const widgets = [...(root?.querySelectorAll('*') ?? [])].filter((e) => e.localName.startsWith('quota-') && e.localName !== 'quota-provider');
        return widgets.length > 0 && widgets.every((w) => (w.shadowRoot?.textContent ?? '').trim().length > 0);
      });
      if (!rendered) failures.push(`${story.id}: renders nothing`);
      const violations = await axeViolations(page, '#storybook-root');
      for (const v of violations) failures.push(`${story.id}: ${v}`);
      for (const e of errors) failures.push(`${story.id}: ${e}`);
      page.removeAllListeners('pageerror');
      page.removeAllListeners('console');
      page.removeAllListeners('response');
    }
    expect(failures, failures.join('\n')).to.deep.equal([]);
  });
});
