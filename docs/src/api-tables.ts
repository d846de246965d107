import { html, nothing, render, type TemplateResult } from 'lit';
import manifest from '../../packages/elements/custom-elements.json';

interface Member {
  name: string;
  kind?: string;
  attribute?: string;
  fieldName?: string;
  description?: string;
  type?: { text: string };
  default?: string;
  privacy?: string;
  static?: boolean;
}
export interface Declaration {
  tagName?: string;
  description?: string;
  summary?: string;
  members?: Member[];
  attributes?: Member[];
  events?: Member[];
  slots?: Member[];
  cssParts?: Member[];
  cssProperties?: Member[];
}

/** Every element of the manifest (widgets that land show up by themselves), by tag. */
export function allDeclarations(): (Declaration & { tagName: string })[] {
  const out: (Declaration & { tagName: string })[] = [];
  for (const mod of (manifest as { modules: { declarations?: Declaration[] }[] }).modules) {
    for (const d of mod.declarations ?? []) if (d.tagName) out.push(d as Declaration & { tagName: string });
  }
  return out.sort((a, b) => a.tagName.localeCompare(b.tagName));
}

/** The manifest entry of a tag (generated from the elements' JSDoc). */
export function declarationOf(tag: string): Declaration | undefined {
  for (const mod of (manifest as { modules: { declarations?: Declaration[] }[] }).modules) {
    for (const d of mod.declarations ?? []) if (d.tagName === tag) return d;
  }
  return undefined;
}

const table = (caption: string, head: string[], rows: TemplateResult[]) =>
  rows.length
    ? html`<table>
        <caption>${caption}</caption>
        <thead><tr>${head.map((h) => html`<th scope="col">${h}</th>`)}</tr></thead>
        <tbody>${rows}</tbody>
      </table>`
    : nothing;

/** A JSDoc description with its `code` spans as <code> (text stays text: no markup is parsed). */
export function prose(text: string | undefined): TemplateResult[] {
  return (text ?? '').split('`').map((part, i) => (i % 2 ? html`<code>${part}</code>` : html`${part}`));
}

/** Properties, attributes, events, slots, parts and custom properties of `tag`, as tables. */
export function renderApi(tag: string, into: HTMLElement): void {
  const d = declarationOf(tag);
  if (!d) {
    render(html`<p>No manifest entry for &lt;${tag}&gt;: run <code>pnpm manifest</code>.</p>`, into);
    return;
  }
  const props = (d.members ?? []).filter((m) => m.kind === 'field' && m.privacy !== 'private' && m.privacy !== 'protected' && !m.static && m.description);
  render(
    html`
      ${table('Properties and attributes', ['Property', 'Attribute', 'Type', 'Default', 'Description'], props.map(
        (m) => html`<tr><td><code>${m.name}</code></td><td>${m.attribute ? html`<code>${m.attribute}</code>` : '—'}</td>
          <td><code>${m.type?.text ?? ''}</code></td><td>${m.default ? html`<code>${m.default}</code>` : ''}</td><td>${prose(m.description)}</td></tr>`,
      ))}
      ${table('Events', ['Event', 'Description'], (d.events ?? []).map((e) => html`<tr><td><code>${e.name}</code></td><td>${prose(e.description)}</td></tr>`))}
      ${table('Slots', ['Slot', 'Description'], (d.slots ?? []).map((s) => html`<tr><td><code>${s.name || '(default)'}</code></td><td>${prose(s.description)}</td></tr>`))}
      ${table('CSS parts', ['Part', 'Description'], (d.cssParts ?? []).map((p) => html`<tr><td><code>::part(${p.name})</code></td><td>${prose(p.description)}</td></tr>`))}
      ${table('CSS custom properties', ['Property', 'Description'], (d.cssProperties ?? []).map((p) => html`<tr><td><code>${p.name}</code></td><td>${prose(p.description)}</td></tr>`))}
    `,
    into,
  );
}
