import { css } from 'lit';

/** The board, the table, its header and rows, and a row's second line. */
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
  @media (forced-colors: active) {
    .tbody .row:focus-visible {
      outline-color: Highlight;
    }
  }
`;
