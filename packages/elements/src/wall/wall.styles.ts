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
 * The frame here (with the tv theme as default); then, in that cascade order:
 * header, board-area, footer and adapt .styles.ts.
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
`;
