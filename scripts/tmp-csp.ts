import { sampleData } from '../packages/domain/src/index.js';
import { launchChromium, quotaSettled, watchErrors } from '../test/e2e/browser.js';
import { serveStatic } from '../test/e2e/static-server.js';
const CSP = "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'";
const tag = process.argv[2] ?? 'quota-task-board';
const s = sampleData(7);
const data = { 'quota-task-board': s.tasks, 'quota-gauge': s.gauge, 'quota-leaderboard': s.leaderboard, 'quota-funnel': s.funnel, 'quota-target-tree': s.targetTree }[tag];
const page = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>CSP</title><script type="module" src="/quota.js"></script></head><body>
<quota-provider locale="en-US" as-of="2025-02-14"><${tag}><script type="application/json">${JSON.stringify(data).replace(/</g, '\\u003c')}</script></${tag}></quota-provider></body></html>`;
const server = await serveStatic('packages/elements/dist', { 'content-security-policy': CSP }, (req, res) => {
  if (req.url === '/') { res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': CSP }).end(page); return true; }
  return false;
});
const browser = await launchChromium();
const tab = await browser.newPage();
const errors = watchErrors(tab);
await tab.addInitScript(() => document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI} ${e.sample}`)));
await tab.goto(`${server.url}/`, { waitUntil: 'networkidle' });
await quotaSettled(tab);
console.log(tag, errors.length, [...new Set(errors)].slice(0, 5));
await browser.close(); await server.close();
