// The docs site's header: the same links on every page.
const links: [string, string][] = [
  ['index.html', 'Demo board'],
  ['tv.html', 'TV wall'],
  ['guides/gauge.html', 'Gauge'],
  ['guides/funnel.html', 'Funnel'],
  ['guides/target-tree.html', 'Target tree'],
  ['guides/task-board.html', 'Task board'],
  ['guides/leaderboard.html', 'Leaderboard'],
  ['guides/theming.html', 'Theming'],
  ['guides/embedding.html', 'Embedding'],
];

const header = document.querySelector('header.site');
if (header) {
  const base = document.querySelector('meta[name="quota-root"]')?.getAttribute('content') ?? './';
  const nav = document.createElement('nav');
  nav.setAttribute('aria-label', 'Docs');
  for (const [href, label] of links) {
    const a = document.createElement('a');
    a.href = base + href;
    a.textContent = label;
    nav.append(a, ' ');
  }
  header.append(nav);
}
