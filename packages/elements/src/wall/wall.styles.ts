import { css } from 'lit';
import { forcedTv, tvDefault } from './theme.styles.js';

/**
 * The wall's layout (notes kept here, out of the shipped CSS):
 * - The controls come before the boards in the DOM (APG carousel: the rotation control first), below them on screen.
 * - Header: title · board name, age, stale · clock.
 * - The boards: stacked in one cell, the shown one faded in (and scaled down when taller than the screen).
 * - Hidden boards skip style, layout and paint (their widgets keep updating and lay out when shown).
 * - Only boards shown after the first fade in (the first is there at once).
 * - The countdown to the next board: it moves, so it never burns in.
 * - Footer: controls · indicator.
 * - Inline space goes inside each row, so the board area clips at the screen's edge: a widget's label may overhang its box.
 * - Narrow screens: the indicator keeps the positions and the markers; names and ages stay for assistive technology.
 */
export const wallStyles = css`
  ${tvDefault}
  ${forcedTv}
  :host {
    position: relative;
    height: var(--wall-height, 100dvh);
    overflow: hidden;
    background: var(--wall-background, var(--_color-bg));
    color: var(--_color-text);
  }
  .frame {
    display: grid;
    grid-template: 'header' auto 'board' minmax(0, 1fr) 'progress' auto 'footer' auto / minmax(0, 1fr);
    gap: var(--_space);
    height: 100%;
    padding-block: calc(var(--_space) * 1.25);
    transition: transform 3s ease-in-out;
  }
  .frame.idle {
    cursor: none;
  }

  .header {
    grid-area: header;
    margin-inline: calc(var(--_space) * 2);
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: calc(var(--_space) * 0.5) calc(var(--_space) * 2);
  }
  .title {
    padding-inline-end: calc(var(--_space) * 2);
    border-inline-end: 2px solid var(--_color-border);
    font-weight: 700;
    color: var(--_color-muted);
  }
  .title ::slotted(*) {
    margin: 0;
    font-size: 1.1em;
  }
  .now {
    display: flex;
    flex: 1 1 auto;
    flex-wrap: wrap;
    align-items: baseline;
    gap: calc(var(--_space) * 0.5) calc(var(--_space) * 1.5);
    min-width: 0;
  }
  .board-name {
    font-size: 1.5em;
    font-weight: 700;
    line-height: 1.2;
    overflow-wrap: anywhere;
  }
  .age {
    color: var(--_color-muted);
    font-variant-numeric: tabular-nums;
  }
  .marker {
    display: inline-flex;
    align-items: baseline;
    gap: 0.3em;
    padding: 0.05em 0.5em;
    border: 2px solid currentColor;
    border-radius: var(--_radius);
    font-weight: 700;
  }
  .marker.stale {
    color: var(--_color-warning);
    border-style: dashed;
  }
  .marker.failed {
    color: var(--_color-critical);
  }
  .clock {
    display: grid;
    justify-items: end;
    margin-inline-start: auto;
    line-height: 1.15;
    color: var(--_color-muted);
    font-variant-numeric: tabular-nums;
  }
  .clock .time {
    font-size: 1.9em;
    font-weight: 600;
  }
  .clock .date {
    font-size: 0.85em;
  }

  .viewport {
    grid-area: board;
    padding-inline: calc(var(--_space) * 2);
    display: grid;
    grid-template: minmax(0, 1fr) / minmax(0, 1fr);
    min-height: 0;
    overflow: hidden;
    border-radius: var(--_radius);
  }
  .viewport.scroll {
    overflow-y: auto;
  }
  .viewport:focus-visible {
    outline-offset: -3px;
  }
  .boards::slotted(*) {
    grid-area: 1 / 1;
    align-self: start;
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, var(--wall-column, 22em)), 1fr));
    align-content: center;
    align-items: start;
    gap: var(--wall-gap, calc(var(--_space) * 2));
    min-width: 0;
    min-height: 100%;
    margin: 0;
    transform-origin: 50% 0;
  }
  .boards::slotted(:not([data-active])) {
    visibility: hidden;
    opacity: 0;
    content-visibility: hidden;
  }
  .boards::slotted([data-active]) {
    transform: scale(var(--_fit, 1));
  }
  .fade > .boards::slotted([data-active]) {
    transition: opacity var(--wall-fade, var(--_motion-duration)) ease-out;
  }

  .progress-track {
    grid-area: progress;
    margin-inline: calc(var(--_space) * 2);
    height: 3px;
    overflow: hidden;
    border-radius: 2px;
    background: var(--_color-track);
  }
  .progress {
    height: 100%;
    background: var(--_color-muted);
    transform-origin: 0 0;
    animation: wall-progress linear forwards;
  }
  @keyframes wall-progress {
    from {
      transform: scaleX(0);
    }
    to {
      transform: scaleX(1);
    }
  }

  .footer {
    grid-area: footer;
    margin-inline: calc(var(--_space) * 2);
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space) calc(var(--_space) * 2);
  }
  .controls {
    display: flex;
    align-items: center;
    gap: calc(var(--_space) * 0.5);
  }
  button {
    font: inherit;
    color: var(--_color-muted);
    background: transparent;
    border: 2px solid var(--_color-border);
    border-radius: var(--_radius);
    cursor: pointer;
  }
  button:hover:not(:disabled) {
    color: var(--_color-text);
    border-color: var(--_color-muted);
  }
  button:disabled {
    cursor: default;
    opacity: 0.6;
  }
  .controls button {
    display: grid;
    place-items: center;
    width: 2.2em;
    height: 2.2em;
    padding: 0;
  }
  .icon {
    width: 1.1em;
    height: 1.1em;
    fill: none;
    stroke: currentColor;
    stroke-width: 2.5;
    stroke-linecap: round;
    stroke-linejoin: round;
  }
  [part~='control-pause'] .icon path {
    fill: currentColor;
  }
  .state {
    margin-inline-start: calc(var(--_space) * 0.5);
    color: var(--_color-muted);
    font-size: 0.85em;
  }
  .indicator {
    display: flex;
    flex: 1 1 0;
    flex-wrap: wrap;
    justify-content: flex-end;
    gap: calc(var(--_space) * 0.75);
    min-width: 0;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .item {
    display: grid;
    grid-template-columns: auto minmax(0, 1fr);
    column-gap: 0.5em;
    align-items: baseline;
    max-width: 20em;
    padding: 0.3em 0.7em;
    font-size: 0.8em;
    text-align: start;
    border-color: transparent;
    background: var(--_color-surface);
  }
  .item[aria-current] {
    color: var(--_color-text);
    border-color: var(--_color-accent);
  }
  .item .position {
    grid-row: span 3;
    font-weight: 700;
    font-variant-numeric: tabular-nums;
  }
  .item .name {
    font-weight: 600;
    overflow-wrap: anywhere;
  }
  .item .age {
    font-size: 0.9em;
  }
  .item .marker {
    justify-self: start;
    margin-top: 0.2em;
    font-size: 0.85em;
  }

  @container (max-width: 42em) {
    .item {
      grid-template-columns: auto;
      padding: 0.3em 0.6em;
    }
    .item .name,
    .item .age {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip-path: inset(50%);
      white-space: nowrap;
    }
    .item .marker {
      grid-row: 2;
    }
    .indicator {
      justify-content: flex-start;
    }
    .title {
      flex: 1 1 auto;
      padding: 0;
      border: 0;
    }
    .now {
      order: 2;
      flex-basis: 100%;
    }
    .clock .date {
      display: none;
    }
    .board-name {
      font-size: 1.2em;
    }
    .clock .time {
      font-size: 1.4em;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .boards::slotted(*) {
      transition: none !important;
    }
  }
  @media (forced-colors: active) {
    .item[aria-current] {
      border-color: Highlight;
    }
    .progress {
      background: CanvasText;
    }
  }
`;
