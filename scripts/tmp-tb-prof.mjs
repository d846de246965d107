import { launchChromium } from './chromium.mjs';
const context = await launchChromium();
const page = context.pages()[0] ?? (await context.newPage());
await page.setViewportSize({ width: 1400, height: 1000 });
await page.goto('http://localhost:5214/guides/task-board.html', { waitUntil: 'networkidle' });
await page.waitForTimeout(500);
const out = await page.evaluate(async () => {
  const proto = customElements.get('quota-task-board').prototype;
  const times = {};
  for (const name of ['buildView', 'renderView', 'update', 'updated', 'render']) {
    let p = proto; while (p && !Object.prototype.hasOwnProperty.call(p, name)) p = Object.getPrototypeOf(p);
    const orig = p[name];
    proto[name] = function (...a) { const t = performance.now(); try { return orig.apply(this, a); } finally { times[name] = (times[name] ?? 0) + performance.now() - t; times[name + '#'] = (times[name + '#'] ?? 0) + 1; } };
  }
  const base = document.querySelector('quota-task-board').data;
  const tasks = Array.from({ length: 160 }, (_, k) => ({ ...base.tasks[k % 16], id: `t${k}` }));
  const el = document.createElement('quota-task-board');
  document.querySelector('#example').append(el);
  const t0 = performance.now();
  el.data = { ...base, tasks };
  await el.updateComplete;
  const a = performance.now() - t0;
  await new Promise((r) => requestAnimationFrame(() => setTimeout(r)));
  const b = performance.now() - t0;
  await new Promise((r) => setTimeout(r, 500));
  return { a, b, times };
});
console.log(out);
await context.close();
