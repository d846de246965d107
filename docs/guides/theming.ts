import '@quota/elements';
import { sampleData, sampleLeaderboard } from '@quota/domain';
import { TOKENS, type Theme, type TokenName } from '@quota/elements';
import { html, nothing, render } from 'lit';
import { ref } from 'lit/directives/ref.js';
import '../src/nav.js';
import { allDeclarations, prose } from '../src/api-tables.js';
import { contrastRatio, isHexColor } from '../src/contrast.js';

const THEMES: Theme[] = ['light', 'dark', 'tv'];
const sample = sampleData(7);
const top5 = sampleLeaderboard(7, 5);
const $ = (selector: string) => document.querySelector<HTMLElement>(selector)!;
/**
 * Sets CSS properties through the CSSOM (never a style="…" string, which a
 * strict style-src CSP refuses; lit's styleMap writes one on first render).
 */
const cssom = (props: Record<string, string>) =>
  ref((el) => {
    if (el instanceof HTMLElement) for (const [name, value] of Object.entries(props)) el.style.setProperty(name, value);
  });

// Themes side by side: the same widgets under each.
render(
  THEMES.map(
    (theme) => html`<quota-provider theme=${theme} locale="en-US" currency="CNY" as-of=${sample.asOf}>
      <h3>theme="${theme}"</h3>
      <quota-gauge compact .data=${sample.gauge}></quota-gauge>
      <quota-leaderboard .data=${top5}></quota-leaderboard>
    </quota-provider>`,
  ),
  $('#previews'),
);

// Every token, from the TOKENS export, with a swatch for colours.
const swatch = (value: string) =>
  value.startsWith('#') ? html`<span class="swatch" aria-hidden="true" ${cssom({ background: value })}></span>` : nothing;
render(
  html`<table>
    <caption>--quota-* tokens</caption>
    <thead><tr><th scope="col">Token</th>${THEMES.map((t) => html`<th scope="col">${t}</th>`)}</tr></thead>
    <tbody>
      ${Object.entries(TOKENS).map(
        ([name, values]) => html`<tr>
          <td><code>--quota-${name}</code></td>
          ${THEMES.map((t) => html`<td class="value">${swatch(values[t])}<code>${values[t]}</code></td>`)}
        </tr>`,
      )}
    </tbody>
  </table>`,
  $('#tokens-table'),
);

// Per-widget custom properties and parts, from custom-elements.json.
const elements = allDeclarations();
render(
  elements
    .filter((d) => d.cssProperties?.length)
    .map(
      (d) => html`<table>
        <caption>&lt;${d.tagName}&gt;</caption>
        <thead><tr><th scope="col">Property</th><th scope="col">Description</th></tr></thead>
        <tbody>${d.cssProperties!.map((p) => html`<tr><td><code>${p.name}</code></td><td>${prose(p.description)}</td></tr>`)}</tbody>
      </table>`,
    ),
  $('#properties'),
);
render(
  elements
    .filter((d) => d.cssParts?.length)
    .map(
      (d) => html`<h3>&lt;${d.tagName}&gt;</h3>
        <ul class="parts-list">
          ${d.cssParts!.map((p) => html`<li><code>::part(${p.name})</code> ${prose(p.description)}</li>`)}
        </ul>`,
    ),
  $('#parts'),
);

// The ::part() example.
render(
  html`<quota-provider locale="en-US" currency="CNY" as-of=${sample.asOf}>
    <div class="parts-example">
      <quota-leaderboard .data=${top5}></quota-leaderboard>
      <quota-gauge .data=${sample.gauge}></quota-gauge>
      <quota-funnel .data=${sample.funnel}></quota-funnel>
    </div>
  </quota-provider>`,
  $('#parts-example'),
);

// The theme editor: colour tokens of a base theme, edited live on a preview.
const EDITABLE: TokenName[] = [
  'color-bg', 'color-surface', 'color-text', 'color-muted', 'color-border', 'color-accent', 'color-focus',
  'color-below', 'color-standard', 'color-exceeded', 'color-outstanding',
];
/** Tokens used as text on the background: they need 4.5:1. */
const TEXT_ON_BG: TokenName[] = ['color-text', 'color-muted', 'color-accent', 'color-below', 'color-standard', 'color-exceeded', 'color-outstanding'];
const editor = { base: 'light' as Theme, values: {} as Partial<Record<TokenName, string>>, radius: 8 };
const valueOf = (name: TokenName) => editor.values[name] ?? (TOKENS[name][editor.base] as string);

function drawEditor(): void {
  const bg = valueOf('color-bg');
  const changed = EDITABLE.filter((n) => editor.values[n] !== undefined);
  const tokens: Record<string, string> = Object.fromEntries(EDITABLE.map((n) => [`--quota-${n}`, valueOf(n)]));
  tokens['--quota-radius'] = `${editor.radius}px`;
  const css = [
    changed.length ? `/* Your tokens on top of theme="${editor.base}" */` : `/* Change a token to see its CSS */`,
    `quota-provider {`,
    ...changed.map((n) => `  --quota-${n}: ${valueOf(n)};`),
    ...(editor.radius !== Number.parseInt(TOKENS.radius[editor.base], 10) ? [`  --quota-radius: ${editor.radius}px;`] : []),
    `}`,
  ];
  render(
    html`<form @submit=${(e: Event) => e.preventDefault()}>
        <fieldset>
          <legend>Tokens</legend>
          <div class="row">
            <label for="base-theme">Start from</label>
            <select id="base-theme" @change=${(e: Event) => ((editor.base = (e.target as HTMLSelectElement).value as Theme), (editor.values = {}), drawEditor())}>
              ${THEMES.map((t) => html`<option value=${t} ?selected=${t === editor.base}>${t}</option>`)}
            </select>
            <button type="button" @click=${() => ((editor.values = {}), (editor.radius = Number.parseInt(TOKENS.radius[editor.base], 10)), drawEditor())}>Reset</button>
          </div>
          ${EDITABLE.map((name) => {
            const value = valueOf(name);
            const ratio = TEXT_ON_BG.includes(name) && isHexColor(value) && isHexColor(bg) ? contrastRatio(value, bg) : null;
            return html`<div class="field">
              <input
                type="color"
                id="token-${name}"
                .value=${isHexColor(value) ? value : '#000000'}
                @input=${(e: Event) => ((editor.values[name] = (e.target as HTMLInputElement).value), drawEditor())}
              />
              <label for="token-${name}"><code>--quota-${name}</code></label>
              ${ratio === null
                ? html`<span></span>`
                : html`<span class="ratio ${ratio < 4.5 ? 'fail' : ''}">${ratio.toFixed(1)}:1 ${ratio < 4.5 ? '✗ below AA' : '✓ AA'}</span>`}
            </div>`;
          })}
          <div class="field range">
            <label for="token-radius"><code>--quota-radius</code></label>
            <input type="range" id="token-radius" min="0" max="24" .value=${String(editor.radius)} @input=${(e: Event) => ((editor.radius = Number((e.target as HTMLInputElement).value)), drawEditor())} />
            <span class="ratio">${editor.radius}px</span>
          </div>
        </fieldset>
      </form>
      <div class="editor-preview">
        <quota-provider theme=${editor.base} locale="en-US" currency="CNY" as-of=${sample.asOf} ${cssom(tokens)}>
          <quota-gauge compact .data=${sample.gauge}></quota-gauge>
          <quota-leaderboard .data=${top5}></quota-leaderboard>
        </quota-provider>
        <pre aria-label="CSS for these tokens"><code>${css.join('\n')}</code></pre>
      </div>`,
    $('#editor-root'),
  );
}
drawEditor();
