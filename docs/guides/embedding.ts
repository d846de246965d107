import { EVENTS } from '@quota/react';
import { html, render } from 'lit';
import '../src/nav.js';
import { allDeclarations, prose } from '../src/api-tables.js';

// Every event, with the elements that fire it, from custom-elements.json.
// What each means across elements (the manifest words it per element).
const GENERAL: Record<string, string> = {
  'quota-select': 'The user picked an item (click, Enter or Space). `detail`: `{ widget, id }`.',
  'quota-load': 'Good data arrived and is shown. `detail`: `{ source, receivedAt }`.',
  'quota-error': 'Data or a setting is bad, or `src` could not be loaded; the last good data stays, marked stale. `detail`: `{ kind, message, issues, source, stale }`.',
  'quota-task-move': 'A task is moving to another quadrant. Cancelable; `detail`: `{ taskId, from, to, urgent, important, waitUntil(promise) }`.',
  'quota-board-change': 'The wall shows another board. `detail`: `{ index, id, previousIndex, count, reason }`.',
};
const fired = new Map<string, { tags: string[]; description: string }>();
for (const d of allDeclarations()) {
  for (const e of d.events ?? []) {
    const entry = fired.get(e.name) ?? { tags: [], description: GENERAL[e.name] ?? e.description ?? '' };
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
          <td>${prose(description)}</td>
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
