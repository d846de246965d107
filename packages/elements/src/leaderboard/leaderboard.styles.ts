import { css } from 'lit';

export const leaderboardStyles = css`
  :host {
    --_row-bg: var(--leaderboard-row-background, transparent);
    --_row-border: var(--leaderboard-row-border, 1px solid var(--_color-border));
    --_bar-h: var(--leaderboard-bar-height, 0.5em);
    --_body-h: var(--leaderboard-height, 30em);
    display: flex;
    flex-direction: column;
    min-height: 0;
  }
  .board {
    display: flex;
    flex-direction: column;
    flex: 1 1 auto;
    min-height: 0;
  }
  .caption {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0.25em 1em;
    margin: 0 0 calc(var(--_space) * 0.75);
  }
  .title {
    font-weight: 700;
    font-size: 1.15em;
  }
  .meta {
    color: var(--_color-muted);
    font-size: 0.9em;
  }
  .table {
    display: flex;
    flex-direction: column;
    flex: 1 1 auto;
    min-height: 0;
  }
  .thead {
    overflow: hidden;
    scrollbar-gutter: stable;
    border-bottom: 2px solid var(--_color-border);
  }
  .tbody {
    flex: 1 1 auto;
    min-height: 0;
    overflow: auto;
    scrollbar-gutter: stable;
  }
  .tbody.virtual,
  .tbody.paged {
    height: var(--_body-h);
    contain: size layout;
  }
  .tbody.paged {
    overflow: hidden;
  }
  .row {
    position: relative;
    display: grid;
    grid-template-columns: var(--_cols);
    column-gap: 0.6em;
    row-gap: 0.3em;
    align-items: center;
    padding: 0.45em 0.6em;
    border-bottom: var(--_row-border);
    background: var(--_row-bg);
    font-variant-numeric: tabular-nums;
  }
  .tbody .row {
    cursor: pointer;
  }
  /* Rows out of view skip style, layout and paint until scrolled near (long plain lists). */
  .tbody:not(.virtual):not(.paged) > .row {
    content-visibility: auto;
    contain-intrinsic-size: auto 3em;
  }
  .tbody.virtual > .row {
    width: 100%;
  }
  .tbody .row:hover {
    background: var(--_color-surface);
  }
  .tbody .row:focus-visible {
    outline: 3px solid var(--_color-focus);
    outline-offset: -3px;
  }
  .thead .row {
    border-bottom: 0;
    padding-block: 0.35em;
    color: var(--_color-muted);
    font-weight: 600;
  }
  .thead .cell {
    font-size: 0.9em;
    overflow-wrap: break-word;
  }
  .cell {
    min-width: 0;
    overflow-wrap: anywhere;
  }
  .kpi-target {
    font-weight: 400;
    white-space: nowrap;
  }
  button {
    font: inherit;
    color: inherit;
    cursor: pointer;
  }
  .sort {
    display: inline-flex;
    align-items: baseline;
    gap: 0.3em;
    padding: 0.1em 0.2em;
    margin: -0.1em -0.2em;
    border: 0;
    border-radius: 4px;
    background: none;
    font-weight: 600;
    text-align: start;
  }
  [aria-sort] .sort {
    color: var(--_color-text);
  }
  .rank {
    font-weight: 700;
    font-size: 1.1em;
  }
  .tie {
    margin-inline-start: 0.1em;
    color: var(--_color-muted);
  }
  .movement .shown {
    display: inline-flex;
    align-items: baseline;
    gap: 0.15em;
    font-weight: 600;
    white-space: nowrap;
  }
  .movement.up {
    color: var(--_color-exceeded);
  }
  .movement.down {
    color: var(--_color-below);
  }
  .movement.same {
    color: var(--_color-muted);
  }
  .movement .glyph {
    font-size: 0.8em;
  }
  .new-mark {
    padding: 0 0.3em;
    border: 1px solid currentColor;
    border-radius: 4px;
    color: var(--_color-accent);
    font-size: 0.8em;
    font-weight: 700;
    letter-spacing: 0.02em;
  }
  .name {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0.2em 0.5em;
  }
  .name-text {
    font-weight: 600;
  }
  .badge,
  .flag {
    display: inline-flex;
    align-items: baseline;
    gap: 0.25em;
    padding: 0 0.4em;
    border: 1px solid currentColor;
    border-radius: 999px;
    font-size: 0.8em;
    font-weight: 600;
    white-space: nowrap;
  }
  .badge.champion {
    color: var(--_color-standard);
  }
  .badge.newcomer {
    color: var(--_color-info);
  }
  .badge.most-improved {
    color: var(--_color-exceeded);
  }
  .flags {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em;
  }
  .flag {
    white-space: normal;
    border-radius: 4px;
  }
  .flag.warning {
    color: var(--_color-warning);
  }
  .flag.critical {
    color: var(--_color-critical);
  }
  .flag.info {
    color: var(--_color-info);
  }
  .attainment {
    display: grid;
    gap: 0.2em;
  }
  .figure {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0 0.45em;
  }
  .pct {
    font-weight: 700;
  }
  .qmark {
    color: var(--_color-warning);
    font-weight: 700;
  }
  .tier {
    font-size: 0.85em;
    font-weight: 600;
  }
  .tier-below .tier {
    color: var(--_color-below);
  }
  .tier-standard .tier {
    color: var(--_color-standard);
  }
  .tier-exceeded .tier {
    color: var(--_color-exceeded);
  }
  .tier-outstanding .tier {
    color: var(--_color-outstanding);
  }
  .tier-none .tier {
    color: var(--_color-muted);
  }
  .bar {
    display: block;
    width: 100%;
    height: var(--_bar-h);
    overflow: visible;
  }
  .bar .track {
    fill: var(--_color-track);
  }
  .bar .fill {
    fill: var(--_color-accent);
  }
  .tier-below .fill {
    fill: var(--_color-below);
  }
  .tier-standard .fill {
    fill: var(--_color-standard);
  }
  .tier-exceeded .fill {
    fill: var(--_color-exceeded);
  }
  .tier-outstanding .fill {
    fill: var(--_color-outstanding);
  }
  .bar .tick {
    stroke: var(--_color-bg);
    stroke-width: 2;
  }
  .bar .pace {
    stroke: var(--_color-pace);
    stroke-width: 2;
  }
  .amount .actual {
    font-weight: 600;
  }
  .amount .target {
    display: block;
    color: var(--_color-muted);
    font-size: 0.85em;
  }
  .kpi {
    white-space: nowrap;
  }
  .kpi .glyph {
    margin-inline-end: 0.2em;
    font-weight: 700;
  }
  .kpi.met .glyph {
    color: var(--_color-exceeded);
  }
  .kpi.missed .glyph {
    color: var(--_color-below);
  }
  /* The row's second line: columns that did not fit, each with its label. */
  .more {
    grid-column: 1 / -1;
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0.2em 1.1em;
    padding-inline-start: 3.2em;
    font-size: 0.92em;
  }
  .more .cell {
    display: inline-flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0.2em 0.35em;
  }
  .more .amount .target {
    display: inline;
  }
  .cell-label {
    color: var(--_color-muted);
    font-weight: 400;
  }
  .cell-label::after {
    content: ':';
  }
  /* TV: bigger rows, a page at a time. */
  .board.tv .row {
    padding-block: 0.6em;
  }
  .board.tv .tbody .rank {
    font-size: 1.35em;
  }
  .pager {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: center;
    gap: 0.5em 1em;
    padding-top: calc(var(--_space) * 0.75);
  }
  .pager button {
    padding: 0.15em 0.7em;
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
    background: var(--_color-surface);
    color: var(--_color-text);
  }
  .pager [aria-pressed='true'] {
    border-color: var(--_color-accent);
  }
  .page-of {
    font-variant-numeric: tabular-nums;
  }
  @media (forced-colors: active) {
    .bar .track {
      fill: Canvas;
      stroke: CanvasText;
    }
    .bar .fill {
      fill: Highlight;
    }
    .tbody .row:focus-visible {
      outline-color: Highlight;
    }
  }
`;
