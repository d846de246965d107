// The board area of the wall: the slot showing the current board (scaled to
// fit or scrolling), the countdown to the next board, and the live region
// that names the board shown. A pure render function.
import { html, nothing, type TemplateResult } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import { styleProps } from '../core/style-props.js';
import type { WallStrings } from './strings.js';

export interface BoardArea {
  /** A board was shown before: the next one fades in (the first is there at once). */
  fade: boolean;
  /** The fit: 1 as it is, 0 scrolls (too tall to shrink), else the scale it is shrunk to. */
  scale: number;
  /** The board shown, its name and position (“Attainment, board 2 of 3”). */
  label: string;
  rotating: boolean;
  /** Milliseconds the board shown has before the next, while rotating. */
  period: number | undefined;
  /** The rotation's turn: a new turn restarts the countdown. */
  cycle: number;
}

/** The focusable board group with the boards' slot, the countdown bar and the live region. */
export function renderBoardArea(a: BoardArea, s: WallStrings, onSlotChange: (event: Event) => void): TemplateResult {
  return html`<div
        part="board"
        class="viewport ${a.fade ? 'fade' : ''} ${a.scale === 0 ? 'scroll' : ''}"
        role="group"
        aria-roledescription=${s.slide}
        aria-label=${a.label}
        tabindex="0"
        ${styleProps({ '--_fit': a.scale === 1 || a.scale === 0 ? undefined : String(a.scale) })}
      >
        <slot class="boards" @slotchange=${onSlotChange}></slot>
      </div>
      <div class="progress-track" aria-hidden="true">
        ${a.rotating && a.period !== undefined
          ? keyed(a.cycle, html`<div part="progress" class="progress" ${styleProps({ 'animation-duration': `${a.period}ms` })}></div>`)
          : nothing}
      </div>
      <div class="visually-hidden" aria-live=${a.rotating ? 'off' : 'polite'} aria-atomic="true">${a.label}</div>`;
}
