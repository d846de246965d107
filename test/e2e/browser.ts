import { createRequire } from 'node:module';
import type { BrowserContext, Page } from 'playwright-core';
import { launchChromium } from '../../scripts/chromium.mjs';

const require = createRequire(import.meta.url);
const axeSource = require('node:fs').readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8') as string;

export { launchChromium };

/** Records page errors and console errors of a page. */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    // Failed loads are reported below with their URL.
    if (m.type() === 'error' && !m.text().startsWith('Failed to load resource')) errors.push(`console: ${m.text()}`);
  });
  page.on('response', (r) => {
    if (r.status() >= 400 && !r.url().endsWith('/favicon.ico') && !r.url().includes('/__fixture/')) errors.push(`HTTP ${r.status()}: ${r.url()}`);
  });
  return errors;
}

/** axe violations in the page (shadow roots included), as readable lines. */
export async function axeViolations(page: Page, selector = 'body'): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: axeSource });
  return page.evaluate(async (sel) => {
    const w = window as unknown as { axe: { run(c: Element, o: object): Promise<{ violations: { id: string; help: string; nodes: { target: string[] }[] }[] }> } };
    const root = document.querySelector(sel) ?? document.body;
    // Storybook's a11y addon may be running axe on the same page: wait for it.
    for (let attempt = 0; ; attempt++) {
      try {
        const r = await w.axe.run(root, { resultTypes: ['violations'] });
        return r.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join('; ')})`);
      } catch (error) {
        if (attempt > 50 || !String(error).includes('already running')) throw error;
        await new Promise((r) => setTimeout(r, 100));
      }
    }
  }, selector);
}

/** Waits until every Quota element on the page has finished rendering. */
export async function quotaSettled(page: Page): Promise<void> {
  await page.evaluate(async () => {
    for (let i = 0; i < 3; i++) {
      const all = [...document.querySelectorAll('*')].filter((e) => e.localName.startsWith('quota-'));
      await Promise.all(all.map((e) => (e as unknown as { updateComplete?: Promise<unknown> }).updateComplete));
      await new Promise((r) => requestAnimationFrame(() => r(null)));
    }
  });
}

export type { BrowserContext, Page };
