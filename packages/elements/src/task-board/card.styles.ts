import { css } from 'lit';

/** A task card: grip, title, meta line and icons; overdue, done and pending states; the "Move to…" button. */
export const cardStyles = css`
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
`;
