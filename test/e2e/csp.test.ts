import { expect } from 'chai';
import { sampleData, sampleLeaderboard } from '../../packages/domain/src/index.js';
import { launchChromium, quotaSettled, watchErrors, type BrowserContext } from './browser.js';
import { serveStatic, type StaticServer } from './static-server.js';

const CSP = "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'";
const sample = sampleData(7);
const WIDGETS: [string, unknown][] = [
  ['quota-gauge', sample.gauge],
  ['quota-funnel', sample.funnel],
  ['quota-target-tree', sample.targetTree],
  ['quota-task-board', sample.tasks],
  ['quota-leaderboard', sample.leaderboard],
];

/** Over the virtualising threshold (100): the virtualiser positions rows and sizes its body. */
const longList = sampleLeaderboard(5, 500);
/** The same board with its last rep now far ahead: a refresh that re-ranks, so rows slide (FLIP). */
const reranked = (data: typeof sample.leaderboard) => ({
  ...data,
  entries: data.entries.map((e, i) => (i === data.entries.length - 1 ? { ...e, actual: e.target * 2.5 } : e)),
});
// The page's own sizes come from a stylesheet of its origin: an inline style attribute would itself be a violation.
const STYLES = '.tv-board { height: 300px; } .long-list { height: 400px; }';

// Inline JSON is a data block: CSP never runs it. `<` is escaped so a name can't close the script.
const json = (data: unknown) => JSON.stringify(data).replace(/</g, '\\u003c');
const page = () => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>CSP</title>
<link rel="stylesheet" href="/page.css">
<script type="module" src="/quota.js"></script></head><body>
<quota-provider locale="en-US" as-of="2025-02-14">
${WIDGETS.map(([tag, data]) => `<${tag}><script type="application/json">${json(data)}</script></${tag}>`).join('\n')}
<quota-leaderboard id="long" class="long-list"><script type="application/json">${json(longList)}</script></quota-leaderboard>
<quota-leaderboard id="tv" class="tv-board" tv page-seconds="0.3"><script type="application/json">${json(sample.leaderboard)}</script></quota-leaderboard>
<quota-gauge src="/gauge.json"></quota-gauge>
<quota-wall interval="0.5" shift-interval="0.5"><section aria-label="A"><quota-gauge><script type="application/json">${json(sample.gauge)}</script></quota-gauge></section><section aria-label="B"></section></quota-wall>
</quota-provider></body></html>`;

describe('A strict Content-Security-Policy page', () => {
  let server: StaticServer;
  let browser: BrowserContext;
  before(async () => {
    server = await serveStatic('packages/elements/dist', { 'content-security-policy': CSP }, (req, res) => {
      if (req.url === '/' || req.url === '/index.html') {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': CSP }).end(page());
        return true;
      }
      if (req.url === '/page.css') {
        res.writeHead(200, { 'content-type': 'text/css' }).end(STYLES);
        return true;
      }
      if (req.url === '/gauge.json') {
        res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(sample.gauge));
        return true;
      }
      return false;
    });
    browser = await launchChromium();
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  it(`runs quota.js under "${CSP}" without a single violation — re-rank slides, a virtualised 500-row list and TV paging included — and every widget draws`, async () => {
    const tab = await browser.newPage();
    const errors = watchErrors(tab);
    await tab.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`));
    });
    await tab.emulateMedia({ reducedMotion: 'no-preference' });
    await tab.goto(`${server.url}/`, { waitUntil: 'networkidle' });
    await quotaSettled(tab);
    // The code paths that write styles at run time, each under the policy:
    // a refresh that re-ranks slides rows (FLIP, Web Animations)…
    const slid = await tab.evaluate(async (data) => {
      const board = document.querySelector<HTMLElement & { data: unknown; updateComplete: Promise<unknown> }>('quota-provider > quota-leaderboard:not([id])')!;
      board.data = data;
      await board.updateComplete;
      return [...board.shadowRoot!.querySelectorAll('[role="row"]')].filter((r) => r.getAnimations().length > 0).length;
    }, reranked(sample.leaderboard));
    expect(slid, 'rows that slide to their new rank').to.be.greaterThan(0);
    // …the 500-row list is virtualised, and scrolling it moves its window of rows…
    // (No named functions inside evaluate(): the test's transpiler would wrap them in a helper the page lacks.)
    const virtual = await tab.evaluate(async () => {
      // The virtualiser draws the rows that are on screen.
      document.querySelector('#long')!.scrollIntoView();
      const root = document.querySelector('#long')!.shadowRoot!;
      const body = root.querySelector<HTMLElement>('.tbody.virtual');
      for (let i = 0; i < 100 && !root.querySelector('.tbody [role="row"]'); i++) await new Promise((r) => requestAnimationFrame(r));
      const first = root.querySelectorAll('.tbody [role="row"]').length;
      if (body) body.scrollTop = body.scrollHeight;
      for (let i = 0; i < 200 && !root.querySelector('.tbody [aria-rowindex="501"]'); i++) await new Promise((r) => requestAnimationFrame(r));
      return { body: body !== null, first, atEnd: root.querySelector('.tbody [aria-rowindex="501"]') !== null };
    });
    expect(virtual.body, 'a virtualised body').to.equal(true);
    expect(virtual.first).to.be.greaterThan(0).and.lessThan(100);
    expect(virtual.atEnd, 'the last of 500 rows after scrolling').to.equal(true);
    // …and TV mode fits a page to its height and turns it.
    const turned = await tab.evaluate(async () => {
      const root = document.querySelector('#tv')!.shadowRoot!;
      for (let i = 0; i < 600 && !(root.querySelector('.page-of')?.textContent ?? '').startsWith('Page 2 of'); i++) await new Promise((r) => requestAnimationFrame(r));
      return root.querySelector('.page-of')?.textContent ?? '';
    });
    expect(turned).to.match(/^Page 2 of \d+$/);
    await quotaSettled(tab);
    const drawn = await tab.evaluate(() =>
      [...document.querySelectorAll('quota-provider > *')].map((el) => ({
        tag: el.localName,
        defined: customElements.get(el.localName) !== undefined,
        text: (el.shadowRoot?.textContent ?? '').trim().length,
        error: el.shadowRoot?.querySelector('[part="error"]')?.textContent ?? null,
      })),
    );
    expect(errors).to.deep.equal([]);
    for (const d of drawn) {
      expect(d.defined, `${d.tag} is registered by quota.js`).to.equal(true);
      expect(d.error, `${d.tag} shows an error`).to.equal(null);
      expect(d.text, `${d.tag} draws nothing`).to.be.greaterThan(0);
    }
  });
});
