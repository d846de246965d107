import { css } from 'lit';

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
  .quadrant {
    display: flex;
    flex-direction: column;
    gap: var(--_gap);
    min-width: 0;
    min-height: 0;
    padding: var(--_gap);
    border: 1px solid var(--_color-border);
    border-top: 4px solid var(--_q-color, var(--_color-border));
    border-radius: var(--_radius);
    background: var(--_quadrant-bg);
  }
  .q-do {
    --_q-color: var(--_color-critical);
  }
  .q-schedule {
    --_q-color: var(--_color-accent);
  }
  .q-delegate {
    --_q-color: var(--_color-warning);
  }
  .q-drop {
    --_q-color: var(--_color-muted);
  }
  .quadrant.drop-target {
    outline: 3px dashed var(--_color-accent);
    outline-offset: 2px;
  }
  .quadrant-head {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0.2em 0.6em;
    border-radius: calc(var(--_radius) * 0.5);
  }
  .q-name {
    font-weight: 700;
    font-size: 1.1em;
  }
  .q-hint,
  .q-stats {
    color: var(--_color-muted);
  }
  .q-stats {
    display: inline-flex;
    flex-wrap: wrap;
    gap: 0 0.6em;
    margin-inline-start: auto;
    font-variant-numeric: tabular-nums;
  }
  .q-sum {
    color: var(--_color-text);
    font-weight: 600;
  }
  .cards {
    display: grid;
    grid-template-columns: repeat(var(--_card-columns, 1), minmax(0, 1fr));
    gap: calc(var(--_gap) * 0.75);
    align-content: start;
    flex: 1 1 auto;
    min-height: 0;
    max-height: var(--task-board-max-height, none);
    overflow: auto;
    /* Room for the cards' focus rings inside the scroller. */
    margin: -5px;
    padding: 5px;
  }
  .task {
    position: relative;
    display: grid;
    align-content: start;
    gap: 0.35em;
    min-width: 0;
    padding: 0.6em 0.75em;
    border: 1px solid var(--_color-border);
    border-inline-start: 4px solid var(--_q-color, var(--_color-border));
    border-radius: var(--_radius);
    background: var(--_card-bg);
    user-select: none;
    -webkit-user-select: none;
    /* Big boards: cards out of view skip layout and paint until scrolled to. */
    content-visibility: auto;
    contain-intrinsic-size: auto 5.5em;
  }
  .task:focus-visible {
    outline-offset: 1px;
  }
  .task-head {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-start;
    gap: 0.3em;
  }
  /* A touch target of at least 24 × 24 CSS px (WCAG 2.5.8), however small the font. */
  .grip {
    flex: none;
    display: inline-flex;
    align-items: center;
    justify-content: center;
    box-sizing: border-box;
    min-width: 24px;
    min-height: 24px;
    margin-block: -0.15em;
    margin-inline-start: -0.45em;
    padding: 0.1em;
    color: var(--_color-muted);
    cursor: grab;
    touch-action: none;
  }
  .title {
    flex: 1 1 8em;
    min-width: 0;
    padding: 0;
    border: 0;
    background: none;
    font-weight: 600;
    text-align: start;
    overflow-wrap: break-word;
    cursor: pointer;
  }
  .title:hover {
    text-decoration: underline;
  }
  .meta {
    display: flex;
    flex-wrap: wrap;
    gap: 0.15em 0.9em;
    margin: 0;
    padding: 0;
    list-style: none;
    color: var(--_color-muted);
    font-size: 0.92em;
  }
  .meta li {
    display: inline-flex;
    align-items: center;
    gap: 0.3em;
    min-width: 0;
    overflow-wrap: break-word;
  }
  .icon {
    flex: none;
    width: 1em;
    height: 1em;
    fill: none;
    stroke: currentColor;
    stroke-width: 1.5;
    stroke-linecap: round;
    stroke-linejoin: round;
  }
  .grip .icon {
    width: 1.1em;
    height: 1.1em;
    fill: currentColor;
    stroke: none;
  }
  .overdue {
    border-inline-start-width: 8px;
    border-inline-start-style: double;
    border-inline-start-color: var(--_color-warning);
  }
  .overdue .when {
    color: var(--_color-warning);
    font-weight: 700;
  }
  .overdue.critical {
    border-inline-start-color: var(--_color-critical);
  }
  .overdue.critical .when {
    color: var(--_color-critical);
  }
  .done .title {
    text-decoration: line-through;
    font-weight: 400;
    color: var(--_color-muted);
  }
  .done {
    border-style: dashed;
    background: transparent;
  }
  .state {
    display: inline-flex;
    align-items: center;
    gap: 0.3em;
    margin: 0;
    font-size: 0.92em;
    font-weight: 600;
  }
  .pending {
    border-style: dashed;
    border-color: var(--_color-accent);
  }
  .pending .state {
    color: var(--_color-accent);
  }
  .spin {
    animation: spin 1.6s linear infinite;
  }
  @keyframes spin {
    to {
      transform: rotate(1turn);
    }
  }
  .move {
    align-self: flex-start;
    margin-inline-start: auto;
    font-size: 0.85em;
    white-space: nowrap;
  }
  .move[aria-disabled='true'] {
    opacity: 0.8;
    cursor: not-allowed;
  }
  .grabbed {
    box-shadow: 0 6px 18px rgb(0 0 0 / 0.28);
    outline: 2px dashed var(--_color-accent);
    outline-offset: 2px;
  }
  .dragging {
    border-style: dashed;
    background: transparent;
  }
  .ghost {
    position: absolute;
    top: 0;
    left: 0;
    z-index: 10;
    padding: 0.6em 0.75em;
    border: 2px dashed var(--_color-accent);
    border-radius: var(--_radius);
    background: var(--_card-bg);
    box-shadow: 0 8px 22px rgb(0 0 0 / 0.3);
    font-weight: 600;
    pointer-events: none;
    cursor: grabbing;
  }
  .board.is-dragging .task:not(.dragging) {
    pointer-events: none;
  }
  .menu {
    display: grid;
    gap: 2px;
    padding: 4px;
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
    background: var(--_color-bg);
    box-shadow: 0 4px 14px rgb(0 0 0 / 0.18);
  }
  .menu [role='menuitem'] {
    display: flex;
    flex-wrap: wrap;
    gap: 0 0.5em;
    padding: 0.35em 0.6em;
    border: 0;
    border-radius: calc(var(--_radius) * 0.6);
    background: none;
    text-align: start;
    cursor: pointer;
  }
  .menu [role='menuitem']:hover,
  .menu [role='menuitem']:focus {
    background: var(--_color-track);
  }
  .menu-name {
    font-weight: 600;
  }
  .menu-hint {
    color: var(--_color-muted);
  }
  .plan {
    width: min(38em, calc(100vw - 2em));
    max-height: calc(100vh - 2em);
    padding: calc(var(--_space) * 2);
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
    background: var(--_color-bg);
    color: var(--_color-text);
  }
  .plan::backdrop {
    background: rgb(0 0 0 / 0.45);
  }
  .plan-title {
    margin: 0 0 0.4em;
    font-size: 1.25em;
    overflow-wrap: break-word;
  }
  .plan-quadrant {
    margin: 0 0 1em;
    color: var(--_color-muted);
  }
  .plan dl {
    display: grid;
    gap: 0.5em;
    margin: 0 0 1em;
  }
  .plan-row {
    display: grid;
    grid-template-columns: minmax(6em, 9em) minmax(0, 1fr);
    gap: 0.75em;
  }
  .plan dt {
    font-weight: 600;
    color: var(--_color-muted);
  }
  .plan dd {
    margin: 0;
    overflow-wrap: break-word;
  }
  .plan form {
    display: flex;
    justify-content: flex-end;
  }
  @container (max-width: 420px) {
    .plan-row {
      grid-template-columns: minmax(0, 1fr);
      gap: 0;
    }
  }
  @media (forced-colors: active) {
    .quadrant,
    .task {
      border-color: CanvasText;
    }
    .quadrant.drop-target,
    .grabbed,
    .dragging {
      outline-color: Highlight;
    }
  }
`;
