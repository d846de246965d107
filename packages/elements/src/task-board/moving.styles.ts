import { css } from 'lit';

/** A move under way: the grabbed and dragged cards, the ghost that follows the pointer, and the "Move to…" menu. */
export const movingStyles = css`
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
`;
