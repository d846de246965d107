// The docs site's header: the same links on every page, the current one marked.
// Pages set <meta name="quota-root" content="../"> when they sit in a folder.
export const PAGES: [string, string][] = [
  ['index.html', 'Demo board'],
  ['tv.html', 'TV wall'],
  ['guides/gauge.html', 'Gauge'],
  ['guides/funnel.html', 'Funnel'],
  ['guides/target-tree.html', 'Target tree'],
  ['guides/task-board.html', 'Task board'],
  ['guides/leaderboard.html', 'Leaderboard'],
  ['guides/data-formats.html', 'Data formats'],
  ['guides/theming.html', 'Theming'],
  ['guides/embedding.html', 'Embedding'],
  ['embed/plain.html', 'Plain HTML'],
  ['embed/react.html', 'React'],
  ['embed/vue.html', 'Vue'],
];

const header = document.querySelector('header.site');
if (header && !header.querySelector('nav')) {
  const base = document.querySelector('meta[name="quota-root"]')?.getAttribute('content') ?? './';
  const here = new URL(location.href).pathname.replace(/\/$/, '/index.html');
  const nav = document.createElement('nav');
  nav.setAttribute('aria-label', 'Docs');
  for (const [href, label] of PAGES) {
    const a = document.createElement('a');
    a.href = base + href;
    a.textContent = label;
    if (new URL(a.href).pathname === here) a.setAttribute('aria-current', 'page');
    nav.append(a, ' ');
  }
  header.append(nav);
}
