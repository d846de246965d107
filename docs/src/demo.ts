// The demo board (docs/index.html, the README's `npm run demo`): every widget
// on sampleData() under one <quota-provider>, with language and theme
// switches and a "simulate live data" toggle. The settings live in the URL
// (?locale=zh-CN&theme=dark&live=1) so a board can be linked as it is.
import { html, render } from 'lit';
import { sampleData, type SampleData } from '@quota/domain';
import { formatsFor, type Theme } from '@quota/elements';
import { boardStrings, type BoardLocale } from './board-strings.js';
import { renderBoard } from './boards.js';
import { advance, liveSample, startLive, withMove, type LiveState } from './live-data.js';
import './nav.js';

const LOCALES: [BoardLocale, string][] = [['en-US', 'English'], ['zh-CN', '中文']];
const THEMES: Theme[] = ['light', 'dark', 'tv'];
const SEED = 7;

const params = new URLSearchParams(location.search);
const pick = <T extends string>(value: string | null, options: readonly T[], fallback: T): T => (options.includes(value as T) ? (value as T) : fallback);
const view = {
  locale: pick(params.get('locale'), LOCALES.map(([l]) => l), 'en-US'),
  theme: pick(params.get('theme'), THEMES, 'light'),
  live: params.get('live') === '1',
  /** Milliseconds between simulated days (the URL may shorten it for a quick look). */
  interval: Math.max(250, Number(params.get('interval')) || 3000),
  message: '',
};

const bases = new Map<BoardLocale, SampleData>();
const baseFor = (locale: BoardLocale): SampleData => {
  let base = bases.get(locale);
  if (!base) bases.set(locale, (base = sampleData(SEED, { locale })));
  return base;
};
let live: LiveState = startLive(baseFor('en-US'));
let sample = liveSample(live, baseFor(view.locale));
let timer: ReturnType<typeof setInterval> | undefined;

const provider = document.querySelector('quota-provider')!;
const root = document.querySelector<HTMLElement>('#demo')!;

function draw(): void {
  sample = liveSample(live, baseFor(view.locale));
  const s = boardStrings(view.locale);
  const f = formatsFor(view.locale, sample.currency);
  provider.locale = view.locale;
  provider.theme = view.theme;
  provider.asOf = sample.asOf;
  provider.currency = sample.currency;
  document.documentElement.lang = view.locale;
  document.title = `${s.title} — Quota`;
  const asOf = f.date(sample.asOf);
  const months = new Intl.DateTimeFormat(view.locale, { year: 'numeric', month: 'long', timeZone: 'UTC' });
  const every = new Intl.NumberFormat(view.locale, { style: 'unit', unit: 'second', unitDisplay: 'long', maximumFractionDigits: 1 });
  render(
    html`<div class="demo-head">
        <div>
          <h1>${s.title} · ${s.period(months.format(day(sample.period.start)), months.format(day(sample.period.end)))}</h1>
          <p>${view.live ? s.liveOn(asOf, every.format(view.interval / 1000)) : s.liveOff(asOf)}</p>
        </div>
        <form class="toolbar" aria-label=${s.toolbar} @change=${onChange} @submit=${(e: Event) => e.preventDefault()}>
          <fieldset>
            <legend>${s.language}</legend>
            ${LOCALES.map(
              ([value, label]) => html`<label class="segment"
                ><input type="radio" name="locale" .value=${value} .checked=${view.locale === value} /><span lang=${value}>${label}</span></label
              >`,
            )}
          </fieldset>
          <fieldset>
            <legend>${s.theme}</legend>
            ${THEMES.map(
              (value) => html`<label class="segment"
                ><input type="radio" name="theme" .value=${value} .checked=${view.theme === value} /><span>${s.themes[value]}</span></label
              >`,
            )}
          </fieldset>
          <label class="switch"><input type="checkbox" name="live" .checked=${view.live} />${s.live}</label>
        </form>
      </div>
      <p class="visually-hidden" role="status">${view.message}</p>
      ${renderBoard({ kind: 'everything', sample, locale: view.locale, heading: false })}`,
    root,
  );
}

const day = (date: string) => new Date(`${date}T00:00:00Z`);

function onChange(event: Event): void {
  const input = event.target as HTMLInputElement;
  if (input.name === 'locale') view.locale = input.value as BoardLocale;
  if (input.name === 'theme') view.theme = input.value as Theme;
  if (input.name === 'live') view.live = input.checked;
  view.message = '';
  syncUrl();
  schedule();
  draw();
}

function syncUrl(): void {
  const next = new URLSearchParams(location.search);
  next.set('locale', view.locale);
  next.set('theme', view.theme);
  if (view.live) next.set('live', '1');
  else next.delete('live');
  history.replaceState(null, '', `${location.pathname}?${next}`);
}

/** One simulated day every `interval` ms while live and the page is visible. */
function schedule(): void {
  const run = view.live && !document.hidden;
  if (run && timer === undefined) {
    timer = setInterval(() => {
      live = advance(live, baseFor('en-US'));
      draw();
    }, view.interval);
  } else if (!run && timer !== undefined) {
    clearInterval(timer);
    timer = undefined;
  }
}
document.addEventListener('visibilitychange', schedule);

/** Says what was picked, by name (the event carries ids only). */
provider.addEventListener('quota-select', (event) => {
  const { widget, id } = event.detail;
  const name =
    (widget === 'leaderboard' && sample.leaderboard.entries.find((e) => e.id === id)?.name) ||
    (widget === 'funnel' && sample.funnel.stages.find((st) => st.id === id)?.name) ||
    (widget === 'task-board' && sample.tasks.tasks.find((t) => t.id === id)?.title) ||
    (widget === 'target-tree' && findNode(sample.targetTree, id)) ||
    id;
  view.message = boardStrings(view.locale).selected(name);
  draw();
});

function findNode(node: SampleData['targetTree'], id: string): string | undefined {
  if (node.id === id) return node.name;
  for (const child of node.children ?? []) {
    const found = findNode(child, id);
    if (found) return found;
  }
  return undefined;
}

// The host owns persistence (DOMAIN.md §6): a move on the task board is
// saved into the simulation's state, so later live updates keep it.
provider.addEventListener('quota-task-move', (event) => {
  const { taskId: id, urgent, important } = event.detail;
  const save = async () => {
    await new Promise((resolve) => setTimeout(resolve, 150)); // a real host: await fetch(…)
    live = withMove(live, id, { urgent, important });
    view.message = boardStrings(view.locale).moved(sample.tasks.tasks.find((t) => t.id === id)?.title ?? id);
    draw();
  };
  event.detail.waitUntil(save());
});

draw();
schedule();
