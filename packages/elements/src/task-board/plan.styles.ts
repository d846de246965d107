import { css } from 'lit';

/** The dialog with a task's 5W2H plan (one column in a narrow board). */
export const planStyles = css`
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
`;
