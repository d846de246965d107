import { expect } from 'chai';
import { sampleData } from '../../packages/domain/src/index.js';
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

// Inline JSON is a data block: CSP never runs it. `<` is escaped so a name can't close the script.
const json = (data: unknown) => JSON.stringify(data).replace(/</g, '\\u003c');
const page = () => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>CSP</title>
<script type="module" src="/quota.js"></script></head><body>
<quota-provider locale="en-US" as-of="2025-02-14">
${WIDGETS.map(([tag, data]) => `<${tag}><script type="application/json">${json(data)}</script></${tag}>`).join('\n')}
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

  it(`runs quota.js under "${CSP}" without a single violation, and every widget draws`, async () => {
    const tab = await browser.newPage();
    const errors = watchErrors(tab);
    await tab.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`));
    });
    await tab.goto(`${server.url}/`, { waitUntil: 'networkidle' });
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
