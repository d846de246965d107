import '@quota/elements';
import { LeaderboardDataSchema, sampleData, sampleLeaderboard, type LeaderboardData } from '@quota/domain';
import '../src/nav.js';
import { renderApi } from '../src/api-tables.js';
import { renderSchema } from '../src/schema-table.js';

const sample = sampleData(7);

function board(data: LeaderboardData, setup?: (el: HTMLElementTagNameMap['quota-leaderboard']) => void) {
  const provider = document.createElement('quota-provider');
  provider.setAttribute('locale', 'en-US');
  const el = document.createElement('quota-leaderboard');
  el.data = data;
  setup?.(el);
  provider.append(el);
  return { provider, el };
}

// The main example, with controls and a refresh that moves ranks.
const main = board(sample.leaderboard);
document.querySelector('#example')!.append(main.provider);
const kpis = document.querySelector<HTMLInputElement>('#kpis')!;
const rankBy = document.querySelector<HTMLSelectElement>('#rank-by')!;
const selected = document.querySelector('#selected')!;
kpis.addEventListener('change', () => (main.el.kpis = kpis.checked));
rankBy.addEventListener('change', () => (main.el.rankBy = rankBy.value as 'attainment' | 'amount'));
let week = 0;
document.querySelector('#refresh')!.addEventListener('click', () => {
  week++;
  const data = main.el.data as LeaderboardData;
  // A week later: everyone sold a bit more, some much more.
  main.el.data = {
    ...data,
    entries: data.entries.map((e, i) => ({ ...e, actual: Math.round(e.actual * (1 + (((i * 7 + week * 13) % 17) / 100))) })),
  };
});
main.el.addEventListener('quota-select', (e) => (selected.textContent = `quota-select: ${e.detail.id}`));

// 5,000 reps, virtualised.
document.querySelector('#big')!.append(board(sampleLeaderboard(11, 5000)).provider);

// TV mode, paging every 5 s, 10em of rows a page.
const tv = board(sample.leaderboard, (el) => {
  el.tv = true;
  el.pageSeconds = 5;
});
tv.provider.setAttribute('theme', 'tv');
tv.el.classList.add('tv-demo');
document.querySelector('#tv')!.append(tv.provider);

renderSchema(LeaderboardDataSchema, document.querySelector('#schema')!);
renderApi('quota-leaderboard', document.querySelector('#api')!);
