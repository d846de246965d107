// Scratch: runs only the target-tree stories of a private Storybook build through the e2e checks.
import { readFileSync } from 'node:fs';
import { axeViolations, launchChromium, quotaSettled, watchErrors } from './test/e2e/browser.js';
import { serveStatic } from './test/e2e/static-server.js';
const dir = process.argv[2]!;
const index = JSON.parse(readFileSync(`${dir}/index.json`, 'utf8'));
const stories = Object.values(index.entries as Record<string, { id: string; title: string; type: string }>).filter((e) => e.type === 'story' && e.title === 'Widgets/Target tree');
const server = await serveStatic(dir);
const browser = await launchChromium();
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
  const violations = await axeViolations(page, '#storybook-root');
  console.log(story.id, rendered ? 'ok' : 'RENDERS NOTHING', violations, errors);
  page.removeAllListeners('pageerror'); page.removeAllListeners('console'); page.removeAllListeners('response');
}
await browser.close(); await server.close();
