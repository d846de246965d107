// The docs site's header: the same links on every page, the current one marked.
// Pages set <meta name="quota-root" content="../"> when they sit in a folder.
import { PAGES } from './pages.js';

const header = document.querySelector('header.site');
if (header && !header.querySelector('nav')) {
  const base = document.querySelector('meta[name="quota-root"]')?.getAttribute('content') ?? './';
  const here = new URL(location.href).pathname.replace(/\/$/, '/index.html');
  const nav = document.createElement('nav');
  nav.setAttribute('aria-label', 'Docs');
  // The site's own pages are in English, whatever language a board shows.
  nav.lang = 'en';
  for (const [href, label] of PAGES) {
    const a = document.createElement('a');
    a.href = base + href;
    a.textContent = label;
    if (new URL(a.href).pathname === here) a.setAttribute('aria-current', 'page');
    nav.append(a, ' ');
  }
  header.append(nav);
}
