import { css } from 'lit';
import { visuallyHidden } from '../styles/tokens.js';

/** A list row in its stacked (phone) layout and what a node shows: toggle, name, split, drill glyph, labels, attainment bar. */
export const rowStyles = css`
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
    ${visuallyHidden}
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
`;
