import { EVENTS } from '@quota/react';
import { html, render } from 'lit';
import '../src/nav.js';
import { allDeclarations } from '../src/api-tables.js';

// Every event, with the elements that fire it, from custom-elements.json.
const fired = new Map<string, { tags: string[]; description: string }>();
for (const d of allDeclarations()) {
  for (const e of d.events ?? []) {
    const entry = fired.get(e.name) ?? { tags: [], description: e.description ?? '' };
    entry.tags.push(d.tagName);
    fired.set(e.name, entry);
  }
}
render(
  html`<table>
    <caption>Events</caption>
    <thead><tr><th scope="col">Event</th><th scope="col">Fired by</th><th scope="col">Description</th></tr></thead>
    <tbody>
      ${[...fired].map(
        ([name, { tags, description }]) => html`<tr>
          <td><code>${name}</code></td>
          <td>${tags.map((t, i) => html`${i ? ', ' : ''}<code>&lt;${t}&gt;</code>`)}</td>
          <td>${description}</td>
        </tr>`,
      )}
    </tbody>
  </table>`,
  document.querySelector<HTMLElement>('#events-table')!,
);

// The React wrappers' callbacks.
const pascal = (tag: string) => tag.replace(/(^|-)(\w)/g, (_, __, c: string) => c.toUpperCase());
render(
  html`<table>
    <caption>@quota/react</caption>
    <thead><tr><th scope="col">Wrapper</th><th scope="col">Element</th><th scope="col">Callbacks → events</th></tr></thead>
    <tbody>
      ${Object.entries(EVENTS).map(
        ([tag, events]) => html`<tr>
          <td><code>${pascal(tag)}</code></td>
          <td><code>&lt;${tag}&gt;</code></td>
          <td>${Object.entries(events).map(([prop, event], i) => html`${i ? ', ' : ''}<code>${prop}</code> → <code>${event}</code>`)}</td>
        </tr>`,
      )}
    </tbody>
  </table>`,
  document.querySelector<HTMLElement>('#react-table')!,
);

// The bundle's real size, measured here: the file the plain example loads, gzipped in the browser.
async function measure(): Promise<void> {
  const response = await fetch('../embed/quota.js');
  if (!response.ok || !response.body || typeof CompressionStream === 'undefined') return;
  const gzipped = await new Response(response.body.pipeThrough(new CompressionStream('gzip'))).arrayBuffer();
  const kb = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 }).format(gzipped.byteLength / 1024);
  document.querySelector('#bundle-size')!.textContent = `${kb} KB gzip, measured by this page`;
}
void measure();
