import { launchChromium } from './chromium.mjs';
const context = await launchChromium();
const page = context.pages()[0] ?? (await context.newPage());
await page.setViewportSize({ width: 1400, height: 1000 });
page.on('pageerror', (e) => console.error('pageerror:', e.message));
await page.goto('http://localhost:5214/guides/task-board.html', { waitUntil: 'networkidle' });
await page.waitForTimeout(500);
const out = await page.evaluate(async () => {
  const base = document.querySelector('quota-task-board').data;
  const results = [];
  for (const n of [16, 160, 500, 1000]) {
    const tasks = Array.from({ length: n }, (_, k) => ({ ...base.tasks[k % 16], id: `t${k}` }));
    const el = document.createElement('quota-task-board');
    document.querySelector('#example').append(el);
    const t0 = performance.now();
    el.data = { ...base, tasks };
    await el.updateComplete;
    await new Promise((r) => requestAnimationFrame(() => setTimeout(r)));
    const first = performance.now() - t0;
    const t1 = performance.now();
    el.shadowRoot.querySelector('[data-quadrant="drop"] [part~="move-button"]').click();
    await el.updateComplete;
    el.shadowRoot.querySelector('[role="menuitem"][data-to="do"]').click();
    await el.updateComplete;
    await new Promise((r) => requestAnimationFrame(() => setTimeout(r)));
    const move = performance.now() - t1;
    const t2 = performance.now();
    el.data = { ...base, tasks: tasks.map((t) => ({ ...t })) };
    await el.updateComplete;
    await new Promise((r) => requestAnimationFrame(() => setTimeout(r)));
    const refresh = performance.now() - t2;
    results.push({ n, first: Math.round(first), menuAndMove: Math.round(move), refresh: Math.round(refresh) });
    el.remove();
  }
  return results;
});
console.table(out);
await context.close();
