import { css } from 'lit';

/**
 * The frame: host properties, the filters, move notices and the board grid.
 * Then, in that cascade order: quadrant, card, moving, plan and
 * forced-colors .styles.ts.
 */
export const taskBoardStyles = css`
  /* A column: given a height (a wall tile), the board fills it and each quadrant scrolls its cards. */
  :host {
    display: flex;
    flex-direction: column;
    position: relative;
    --_gap: var(--task-board-gap, 0.75em);
    --_quadrant-bg: var(--task-board-quadrant-bg, var(--_color-surface));
    --_card-bg: var(--task-board-card-bg, var(--_color-bg));
  }
  .filters {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: calc(var(--_gap) * 0.75) calc(var(--_gap) * 1.5);
    margin: 0 0 var(--_gap);
  }
  .filters label {
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
  }
  .filters select,
  .filters input,
  button {
    font: inherit;
    color: inherit;
  }
  .filters select {
    max-width: 14em;
    padding: 0.2em 0.4em;
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
    background: var(--_color-bg);
  }
  .showing {
    color: var(--_color-muted);
  }
  .notices {
    margin: 0 0 var(--_gap);
    padding: 0;
    list-style: none;
    display: grid;
    gap: calc(var(--_gap) * 0.5);
  }
  .notice {
    display: flex;
    align-items: flex-start;
    gap: var(--_gap);
    padding: calc(var(--_space) * 0.75) var(--_space);
    border: 2px solid var(--_color-critical);
    border-inline-start-width: 6px;
    border-radius: var(--_radius);
    background: var(--_color-bg);
  }
  .card-notice {
    margin: 0;
    padding: 0.35em 0.5em;
    border-width: 1px;
    border-inline-start-width: 4px;
    font-size: 0.92em;
  }
  .notice span {
    flex: 1;
    overflow-wrap: break-word;
  }
  .notice span::before {
    content: '⚠ ';
  }
  .notice .dismiss,
  .move,
  .plan-close {
    flex: none;
    padding: 0.1em 0.6em;
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
    background: var(--_color-bg);
    cursor: pointer;
  }
  .board {
    display: grid;
    grid-template-columns: repeat(2, minmax(0, 1fr));
    grid-auto-rows: minmax(0, auto);
    flex: 1 1 auto;
    min-height: 0;
    gap: var(--_gap);
  }
  .board.cols-1 {
    grid-template-columns: minmax(0, 1fr);
  }
`;
