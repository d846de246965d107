import { launchChromium } from './chromium.mjs';
import { writeFileSync } from 'node:fs';
const context = await launchChromium();
const page = context.pages()[0] ?? (await context.newPage());
await page.setViewportSize({ width: 1400, height: 1000 });
await page.goto('http://localhost:5214/guides/task-board.html', { waitUntil: 'networkidle' });
await page.waitForTimeout(500);
const cdp = await context.newCDPSession(page);
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
await cdp.send('Profiler.start');
await page.evaluate(async () => {
  const base = document.querySelector('quota-task-board').data;
  const tasks = Array.from({ length: 160 }, (_, k) => ({ ...base.tasks[k % 16], id: `t${k}` }));
  const el = document.createElement('quota-task-board');
  document.querySelector('#example').append(el);
  el.data = { ...base, tasks };
  await el.updateComplete;
  await new Promise((r) => requestAnimationFrame(() => setTimeout(r)));
  await new Promise((r) => setTimeout(r, 300));
});
const { profile } = await cdp.send('Profiler.stop');
// self time per function
const self = new Map();
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const dt = profile.timeDeltas; const samples = profile.samples;
for (let i = 0; i < samples.length; i++) {
  const n = byId.get(samples[i]); const key = `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}`;
  self.set(key, (self.get(key) ?? 0) + (dt[i] ?? 0) / 1000);
}
console.log([...self].sort((a, b) => b[1] - a[1]).slice(0, 25).map(([k, v]) => `${v.toFixed(1)}ms ${k}`).join('\n'));
await context.close();
