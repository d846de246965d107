import { launchChromium } from './chromium.mjs';
const context = await launchChromium();
const page = context.pages()[0] ?? (await context.newPage());
await page.setViewportSize({ width: 1400, height: 1000 });
await page.goto('http://localhost:5214/guides/task-board.html', { waitUntil: 'networkidle' });
await page.waitForTimeout(500);
const variants = ['', '', '', '.cards{display:block;overflow:visible}', '', '.task{display:block}', '.task{display:block}', '', '.quadrant{display:block}', '.cards{grid-template-columns:none}', '.task{display:flex;flex-direction:column}', ''];
const out = await page.evaluate(async (variants) => {
  const base = document.querySelector('quota-task-board').data;
  const res = [];
  for (const v of variants) {
    const tasks = Array.from({ length: 500 }, (_, k) => ({ ...base.tasks[k % 16], id: `t${k}` }));
    const el = document.createElement('quota-task-board');
    document.querySelector('#example').append(el);
    el.data = { ...base, tasks };
    await el.updateComplete;
    if (v) { const sheet = new CSSStyleSheet(); sheet.replaceSync(v); el.shadowRoot.adoptedStyleSheets = [...el.shadowRoot.adoptedStyleSheets, sheet]; }
    const t = performance.now();
    void document.body.offsetHeight;
    const layout = performance.now() - t;
    res.push([v || 'baseline', Math.round(layout)]);
    el.remove();
  }
  return res;
}, variants);
console.table(out);
await context.close();
