import { css } from 'lit';

/*
 * Three list layouts by the widget's own width (container queries in em, so
 * the tv theme's larger type switches earlier): stacked lines on phones,
 * five columns with a second line for pace, forecast and highlights, and
 * eight columns on wide screens. Rows never clip text: they wrap and grow.
 */
export const targetTreeStyles = css`
  :host {
    --_indent: var(--target-tree-indent, 1.25em);
    --_max-height: var(--target-tree-max-height, min(75vh, 40em));
    --_link: var(--target-tree-link-color, var(--_color-border));
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: calc(var(--_space) * 0.75);
    margin-block-end: var(--_space);
  }
  .breadcrumb ol {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .breadcrumb li + li::before {
    content: '›' / '';
    margin-inline: 0.4em;
    color: var(--_color-muted);
  }
  .crumb {
    font: inherit;
    color: var(--_color-accent);
    background: none;
    border: none;
    padding: 0.15em 0.1em;
    text-decoration: underline;
    cursor: pointer;
  }
  .here {
    font-weight: 600;
  }
  .attention-toggle {
    font: inherit;
    color: var(--_color-text);
    background: var(--_color-bg);
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
    padding: 0.25em 0.7em;
    cursor: pointer;
    margin-inline-start: auto;
  }
  .attention-toggle[aria-pressed='true'] {
    border-color: var(--_color-accent);
    box-shadow: inset 0 0 0 1px var(--_color-accent);
    font-weight: 600;
  }
  .attention-toggle[aria-pressed='true']::after {
    content: ' ✓';
  }
  .count {
    color: var(--_color-muted);
    font-weight: 400;
    margin-inline-start: 0.4em;
  }
  .notice {
    margin: 0 0 var(--_space);
    padding: calc(var(--_space) * 0.5) var(--_space);
    border: 1px dashed var(--_color-border);
    border-radius: var(--_radius);
    color: var(--_color-text);
  }
  .scroll {
    max-height: var(--_max-height);
    overflow: auto;
  }
  .scroll,
  .virtual {
    border-block-start: 1px solid var(--_color-border);
  }
  .virtual {
    height: var(--_max-height);
  }
  .row {
    width: 100%;
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    column-gap: 1em;
    row-gap: 0.1em;
    padding: 0.4em 0.6em 0.4em calc(0.6em + var(--depth, 0) * var(--_indent));
    border-block-end: 1px solid var(--_color-border);
    border-inline-start: 3px solid transparent;
    background: var(--_color-bg);
    cursor: pointer;
    font-variant-numeric: tabular-nums;
  }
  .row:hover,
  .box:hover {
    background: var(--_color-surface);
  }
  .row:focus-visible,
  .box:focus-visible {
    outline-offset: -3px;
  }
  .selected {
    border-inline-start-color: var(--_color-accent);
    background: var(--_color-surface);
  }
  .dim {
    color: var(--_color-muted);
  }
  .dim .bar {
    opacity: 0.45;
  }
  .lead {
    flex: 1 1 100%;
    display: flex;
    align-items: baseline;
    min-width: 0;
  }
  .who {
    min-width: 0;
    overflow-wrap: anywhere;
  }
  .toggle {
    flex: none;
    width: 1.3em;
    text-align: center;
    color: var(--_color-muted);
  }
  .name {
    font-weight: 600;
  }
  .split,
  .deep {
    margin-inline-start: 0.25em;
    font-size: 0.85em;
    color: var(--_color-muted);
    white-space: nowrap;
  }
  .drill {
    flex: none;
    margin-inline-start: 0.5em;
    padding: 0 0.25em;
    color: var(--_color-accent);
    border-radius: 4px;
  }
  .drill:hover {
    background: var(--_color-track);
  }
  .lbl {
    color: var(--_color-muted);
  }
  .flags .lbl {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  .att .pct,
  .att .tier {
    white-space: nowrap;
  }
  /* One element: the value (tier colour, growing) and the pace tick are background layers over the track. */
  .bar {
    display: inline-block;
    width: 3.5em;
    height: 0.7em;
    margin-inline-end: 0.4em;
    border-radius: 2px;
    background:
      linear-gradient(currentColor, currentColor) 0 0 / calc(var(--v) * 100%) 100% no-repeat,
      var(--_color-track);
    transition: background-size var(--_motion-duration) ease-out;
    vertical-align: baseline;
  }
  .paced {
    background:
      linear-gradient(var(--_color-pace), var(--_color-pace)) calc(var(--p) * 100%) 0 / 2px 100% no-repeat,
      linear-gradient(currentColor, currentColor) 0 0 / calc(var(--v) * 100%) 100% no-repeat,
      var(--_color-track);
  }
  .pct {
    font-weight: 600;
  }
  /* Shapes beside the words (empty alternative text: the words say it). */
  .toggle.open::before {
    content: '▾' / '';
  }
  .toggle.closed::before {
    content: '▸' / '';
  }
  .toggle.leaf::before {
    content: '·' / '';
  }
  .drill::before {
    content: '⤵' / '';
  }
  .tier-below .tier::before {
    content: '▽ ' / '';
  }
  .tier-standard .tier::before {
    content: '○ ' / '';
  }
  .tier-exceeded .tier::before {
    content: '△ ' / '';
  }
  .tier-outstanding .tier::before {
    content: '★ ' / '';
  }
  .pace.on::before {
    content: '✓ ' / '';
  }
  .pace.critical::before,
  .hl.critical::before {
    content: '‼ ' / '';
  }
  .pace.warning::before,
  .hl.warning::before {
    content: '⚠ ' / '';
  }
  .pace.info::before,
  .hl.info::before {
    content: 'ℹ ' / '';
  }
  .below {
    color: var(--_color-muted);
    font-size: 0.88em;
  }
  .below::before {
    content: '▸⚠ ' / '';
  }
  .hl.over::before {
    content: '⇡ ' / '';
  }
  .hl.under::before {
    content: '⇣ ' / '';
  }
  .tier {
    margin-inline-start: 0.35em;
  }
  .tier-below {
    color: var(--_color-below);
  }
  .tier-standard {
    color: var(--_color-standard);
  }
  .tier-exceeded {
    color: var(--_color-exceeded);
  }
  .tier-outstanding {
    color: var(--_color-outstanding);
  }
  .att .lbl,
  .att .pct {
    color: var(--_color-text);
  }
  .dim .att .pct,
  .dim .tier {
    color: var(--_color-muted);
  }
  .pace.on {
    color: var(--_color-muted);
  }
  .pace.warning {
    color: var(--_color-warning);
  }
  .pace.critical {
    color: var(--_color-critical);
    font-weight: 600;
  }
  .flags {
    display: inline-flex;
    flex-wrap: wrap;
    gap: 0.25em;
  }
  .hl {
    padding: 0 0.45em;
    border: 1px solid currentColor;
    border-radius: 0.7em;
    font-size: 0.88em;
    white-space: nowrap;
  }
  .hl.critical {
    color: var(--_color-critical);
    font-weight: 600;
  }
  .hl.warning {
    color: var(--_color-warning);
  }
  .hl.info {
    color: var(--_color-info);
  }
  .header {
    display: none;
    padding: 0.3em 0.6em 0.3em calc(0.6em + 3px);
    color: var(--_color-muted);
    font-weight: 600;
  }
  .header > span {
    font-size: 0.85em;
  }
  .more {
    display: contents;
  }
  /* Five columns (name, target, actual, attainment, gap); pace, forecast and highlights on a line below. */
  @container (min-width: 51em) {
    .row .pct {
      display: inline-block;
      min-width: 3.6em;
    }
    .row,
    .header {
      display: grid;
      grid-template-columns: minmax(9em, 1fr) 6.5em 6.5em 18em 7em;
      column-gap: 0.75em;
    }
    .row {
      padding-inline-start: 0.6em;
    }
    .row > .lead {
      padding-inline-start: calc(var(--depth, 0) * var(--_indent));
    }
    .row > .target,
    .row > .actual,
    .row > .gap,
    .header > span {
      text-align: end;
    }
    .header > .h-name,
    .header > .h-att {
      text-align: start;
    }
    .h-pace,
    .h-forecast,
    .h-flags {
      display: none;
    }
    .row > .cell .lbl {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip-path: inset(50%);
      white-space: nowrap;
    }
    .more {
      grid-column: 1 / -1;
      display: flex;
      flex-wrap: wrap;
      align-items: baseline;
      gap: 0.15em 1em;
      padding-inline-start: calc(1.3em + var(--depth, 0) * var(--_indent));
    }
  }
  /* Eight columns. */
  @container (min-width: 88em) {
    .row,
    .header {
      grid-template-columns: minmax(10em, 1fr) 6.5em 6.5em 18em 7em 16em 6.5em minmax(10em, 1fr);
    }
    .h-pace,
    .h-forecast,
    .h-flags {
      display: block;
    }
    .more {
      display: contents;
    }
    .more > .pace {
      grid-column: 6;
    }
    .more > .forecast {
      grid-column: 7;
      text-align: end;
    }
    .more > .forecast .lbl {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip-path: inset(50%);
      white-space: nowrap;
    }
    .more > .flags {
      grid-column: 8;
    }
    .header > .h-pace,
    .header > .h-flags {
      text-align: start;
    }
  }
  /* Node-link tree. */
  .graph {
    position: relative;
    margin-block: var(--_space);
  }
  .links {
    position: absolute;
    inset-block-start: 0;
    inset-inline-start: 0;
  }
  .links path {
    fill: none;
    stroke: var(--_link);
    stroke-width: 0.1;
  }
  .links path.dim {
    stroke-dasharray: 0.3 0.3;
  }
  .boxes {
    position: absolute;
    inset: 0;
  }
  .box {
    position: absolute;
    display: flex;
    flex-direction: column;
    align-items: flex-start;
    padding: 0.5em 0.6em;
    line-height: 1.3;
    border: 1px solid var(--_color-border);
    border-inline-start-width: 3px;
    border-radius: var(--_radius);
    background: var(--_color-bg);
    cursor: pointer;
    font-variant-numeric: tabular-nums;
  }
  .box.flagged {
    border-color: var(--_color-warning);
  }
  .box.selected {
    border-inline-start-color: var(--_color-accent);
  }
  .box .lead {
    flex: none;
    width: 100%;
  }
  .box .name {
    display: -webkit-box;
    -webkit-line-clamp: 2;
    -webkit-box-orient: vertical;
    overflow: hidden;
    overflow-wrap: anywhere;
    min-width: 0;
    flex: 1;
  }
  .box .toggle.leaf {
    display: none;
  }
  .box .split {
    margin-inline-start: 1.3em;
  }
  .box .att .lbl {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  .box .flags {
    flex-direction: column;
    align-items: flex-start;
  }
  @media (forced-colors: active) {
    .bar {
      border: 1px solid CanvasText;
      forced-color-adjust: none;
      color: Highlight;
      background:
        linear-gradient(Highlight, Highlight) 0 0 / calc(var(--v) * 100%) 100% no-repeat,
        Canvas;
    }
    .selected {
      border-inline-start-color: Highlight;
    }
    .attention-toggle[aria-pressed='true'] {
      border-color: Highlight;
    }
  }
`;
