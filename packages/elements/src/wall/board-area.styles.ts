import { css } from 'lit';

/** The board area (board-area.ts): the boards stacked in one cell, the shown one faded in and fitted; the countdown bar. */
export const boardAreaStyles = css`
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
`;
