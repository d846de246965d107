import { css } from 'lit';

/** The error, stale and empty states every data widget shares. */
export const statusStyles = css`
  .sizer {
    height: 0;
    width: 100%;
  }
  .status-error {
    margin: 0 0 var(--_space);
    padding: calc(var(--_space) * 1.25) calc(var(--_space) * 1.5);
    border: 2px solid var(--_color-critical);
    border-inline-start-width: 6px;
    border-radius: var(--_radius);
    background: var(--_color-bg);
    color: var(--_color-text);
  }
  .status-error strong::before {
    content: '⚠ ';
  }
  .status-error ul {
    margin: 0.4em 0 0;
    padding-inline-start: 1.2em;
  }
  .status-error code {
    font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
    font-size: 0.92em;
    font-weight: 600;
    overflow-wrap: anywhere;
  }
  .status-stale {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space);
    margin: 0 0 var(--_space);
    padding: calc(var(--_space) * 0.5) var(--_space);
    border: 1px dashed var(--_color-warning);
    border-radius: var(--_radius);
    color: var(--_color-text);
    font-size: 0.9em;
  }
  .status-stale::before {
    content: '⏱';
  }
  .status-stale button,
  .status-error button {
    font: inherit;
    color: var(--_color-accent);
    background: none;
    border: 1px solid currentColor;
    border-radius: var(--_radius);
    padding: 0.1em 0.6em;
    cursor: pointer;
  }
  .status-empty {
    margin: 0;
    padding: calc(var(--_space) * 2);
    color: var(--_color-muted);
    text-align: center;
  }
`;
