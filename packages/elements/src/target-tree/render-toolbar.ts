import { html, nothing, type TemplateResult } from 'lit';
import type { Formats } from '../core/format.js';
import type { TargetTreeStrings } from './strings.js';
import { pathTo, type TreeIndex } from './tree-index.js';

/** Ancestors shown in the breadcrumb when drilled deep: the first and the last few, with an ellipsis between. */
const CRUMBS_SHOWN = 4;

/**
 * The breadcrumb back up from a drilled-into node (company → department →
 * person), as a navigation landmark of buttons; nothing at the top.
 */
export function renderBreadcrumb(t: TreeIndex, root: number, s: TargetTreeStrings): TemplateResult | typeof nothing {
  if (root === 0) return nothing;
  const path = pathTo(t, root);
  const above = path.slice(0, -1);
  const shown = above.length > CRUMBS_SHOWN ? [above[0]!, -1, ...above.slice(-(CRUMBS_SHOWN - 1))] : above;
  return html`<nav part="breadcrumb" class="breadcrumb" aria-label=${s.breadcrumb}>
    <ol>
      ${shown.map((i) =>
        i < 0
          ? html`<li class="gap" aria-hidden="true">…</li>`
          : html`<li><button type="button" part="crumb" class="crumb" data-crumb=${t.nodes[i]!.id}>${t.nodes[i]!.name}</button></li>`,
      )}
      <li aria-current="location" class="here">${t.nodes[root]!.name}</li>
    </ol>
  </nav>`;
}

/** The "show what needs attention" switch (a pressed/unpressed button) with how many nodes need it. */
export function renderAttentionToggle(on: boolean, count: number, s: TargetTreeStrings, f: Formats): TemplateResult {
  return html`<button type="button" part="attention-toggle" class="attention-toggle" aria-pressed=${String(on)} data-attention>
    <span aria-hidden="true">⚠</span> ${s.attention}
    <span class="count">${count ? s.attentionCount(f.number(count)) : s.noAttention}</span>
  </button>`;
}
