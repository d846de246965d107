// node scripts/screenshot.mjs <url> <out.png> [width] [height] [--dark] [--full]
// A PNG of a page in Debian's Chromium, for looking at what a change draws.
import { launchChromium } from './chromium.mjs';

const [url, out, width = '1280', height = '800'] = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const context = await launchChromium();
const page = context.pages()[0] ?? (await context.newPage());
await page.setViewportSize({ width: Number(width), height: Number(height) });
if (process.argv.includes('--dark')) await page.emulateMedia({ colorScheme: 'dark' });
page.on('console', (m) => m.type() === 'error' && console.error('console:', m.text()));
page.on('pageerror', (e) => console.error('pageerror:', e.message));
await page.goto(url, { waitUntil: 'networkidle' });
await page.waitForTimeout(500);
await page.screenshot({ path: out, fullPage: process.argv.includes('--full') });
await context.close();
console.log(out);
