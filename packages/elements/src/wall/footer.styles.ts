import { css } from 'lit';

/** The footer: the rotation controls and the indicator listing the boards. */
export const footerStyles = css`
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
`;
