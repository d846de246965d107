// docs/tv.html: <quota-wall> full screen on simulated live data. The widgets
// load `src` like on a real wall; a simulated endpoint inside this page
// (demo-api/…) answers with sampleData() moved on one business day every few
// seconds (docs/src/live-data.ts, the same simulation as the demo board),
// and now and then goes down for a while, so the wall shows its stale
// markers and recovers by itself. Boards are made for every Quota widget
// this build registers.
import { html, nothing, render } from 'lit';
import { rollupTargets, sampleData, type GaugeData } from '@quota/domain';
import '@quota/elements';
import { advance, liveSample, startLive } from './src/live-data.js';

const params = new URLSearchParams(location.search);
const seconds = (name: string, fallback: number): number => {
  const v = Number(params.get(name));
  return params.has(name) && Number.isFinite(v) && v >= 0 ? v : fallback;
};
const locale = params.get('locale') === 'zh-CN' ? 'zh-CN' : 'en-US';
const interval = seconds('interval', 15);
const day = Math.max(0.25, seconds('day', 4));
const refresh = seconds('refresh', 5);
const outageEvery = seconds('outage-every', 90);
const outageFor = Math.min(seconds('outage-for', 25), outageEvery);

const T = {
  'en-US': {
    title: 'Sales floor',
    sim: 'simulated live data',
    attainment: 'Attainment',
    leaders: 'Leaderboard',
    pipeline: 'Pipeline',
    targets: 'Targets',
    tasks: 'This week’s tasks',
  },
  'zh-CN': {
    title: '销售大厅',
    sim: '模拟实时数据',
    attainment: '目标达成',
    leaders: '销冠榜',
    pipeline: '销售漏斗',
    targets: '目标分解',
    tasks: '本周任务',
  },
}[locale];

// The simulated server: today's numbers, and whether the network is down.
const base = sampleData(7, { locale });
let state = startLive(base);
let sample = liveSample(state, base);
const started = Date.now();
setInterval(() => {
  state = advance(state, base);
  sample = liveSample(state, base);
}, day * 1000);
const down = () => outageEvery > 0 && outageFor > 0 && ((Date.now() - started) / 1000) % outageEvery >= outageEvery - outageFor;

function regionGauges(): GaugeData[] {
  const tree = rollupTargets(sample.targetTree, { asOf: sample.asOf });
  return tree.children.map((r) => ({ id: r.id, label: r.name, target: r.target, actual: r.actual, period: base.period, asOf: sample.asOf, currency: base.currency }));
}

function payload(name: string): unknown {
  if (name === 'gauge.json') return sample.gauge;
  if (name === 'leaderboard.json') return sample.leaderboard;
  if (name === 'funnel.json') return sample.funnel;
  if (name === 'target-tree.json') return sample.targetTree;
  if (name === 'tasks.json') return sample.tasks;
  const region = /^region-(.+)\.json$/.exec(name);
  return region ? regionGauges().find((g) => g.id === region[1]) : undefined;
}

const realFetch = window.fetch.bind(window);
window.fetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
  const url = new URL(input instanceof Request ? input.url : String(input), location.href);
  const at = url.pathname.indexOf('/demo-api/');
  if (at < 0) return realFetch(input, init);
  // A little latency, abortable like a real request.
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(resolve, 80 + Math.random() * 220);
    init?.signal?.addEventListener('abort', () => {
      clearTimeout(timer);
      reject(new DOMException('aborted', 'AbortError'));
    });
  });
  if (down()) throw new TypeError('Failed to fetch (simulated outage)');
  const body = payload(url.pathname.slice(at + '/demo-api/'.length));
  return body === undefined
    ? new Response('not found', { status: 404, statusText: 'Not Found' })
    : new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } });
};

const wall = document.querySelector('quota-wall')!;
document.documentElement.lang = locale;
wall.locale = locale;
wall.currency = base.currency;
wall.interval = interval;
wall.refresh = refresh;

const has = (tag: string) => customElements.get(tag) !== undefined;
render(
  html`<div slot="title" class="wall-title"><a href="./guides/wall.html">Quota</a> ${T.title} <span class="sim">· ${T.sim}</span></div>
    <section data-board="attainment" aria-label=${T.attainment} class="board-attainment">
      <quota-gauge class="company" src="demo-api/gauge.json"></quota-gauge>
      <div class="regions">
        ${regionGauges().map((g) => html`<quota-gauge compact src=${`demo-api/region-${g.id}.json`}></quota-gauge>`)}
      </div>
    </section>
    <section data-board="leaders" aria-label=${T.leaders} class="board-wide">
      <quota-leaderboard src="demo-api/leaderboard.json"></quota-leaderboard>
    </section>
    ${has('quota-funnel')
      ? html`<section data-board="pipeline" aria-label=${T.pipeline} class="board-wide">
          <quota-funnel src="demo-api/funnel.json"></quota-funnel>
        </section>`
      : nothing}
    ${has('quota-target-tree')
      ? html`<section data-board="targets" aria-label=${T.targets} class="board-wide">
          <quota-target-tree src="demo-api/target-tree.json"></quota-target-tree>
        </section>`
      : nothing}
    ${has('quota-task-board')
      ? // Read-only: nobody saves moves from a wall (a move would jump back when the next poll contradicts it).
        html`<section data-board="tasks" aria-label=${T.tasks} class="board-wide">
          <quota-task-board readonly src="demo-api/tasks.json"></quota-task-board>
        </section>`
      : nothing}`,
  wall,
);
// ?board=leaders starts on that board (e.g. a link per office screen).
const first = params.get('board');
if (first) void wall.updateComplete.then(() => wall.show(first));
