import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { fitScale } from './layout.js';

/** Least a board is scaled down to fit the screen (0.5: text stays readable; taller boards scroll instead). */
export const MIN_FIT = 0.5;

/**
 * Keeps the shown board on screen: when its content is taller than the
 * board area, {@link scale} says how far to shrink it (a transform, so the
 * widgets' own layout never changes and nothing loops); 0 when that would
 * make it too small to read, and it should scroll instead (a phone). One ResizeObserver
 * on the board area and the shown board; disconnected with the host.
 */
export class FitController implements ReactiveController {
  /** Scale of the shown board: 1 when it fits, 0 when it scrolls. */
  scale = 1;
  private observer: ResizeObserver | undefined;
  private viewport: HTMLElement | undefined;
  private board: HTMLElement | undefined;
  private readonly host: ReactiveControllerHost;

  constructor(host: ReactiveControllerHost) {
    this.host = host;
    host.addController(this);
  }

  /** Watches the board area and the board shown in it. */
  watch(viewport: HTMLElement | null, board: Element | undefined): void {
    const b = board instanceof HTMLElement ? board : undefined;
    const v = viewport ?? undefined;
    if (v === this.viewport && b === this.board) return;
    if (this.observer) {
      if (this.viewport && this.viewport !== v) this.observer.unobserve(this.viewport);
      if (this.board && this.board !== b) this.observer.unobserve(this.board);
      if (v && v !== this.viewport) this.observer.observe(v);
      if (b && b !== this.board) this.observer.observe(b);
    }
    this.viewport = v;
    this.board = b;
  }

  hostConnected(): void {
    this.observer = new ResizeObserver(() => this.measure());
    if (this.viewport) this.observer.observe(this.viewport);
    if (this.board) this.observer.observe(this.board);
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = undefined;
  }

  private measure(): void {
    // offsetHeight ignores the transform: scaling never feeds back into the measure.
    const scale = this.viewport && this.board ? fitScale(this.viewport.clientHeight, this.board.offsetHeight, MIN_FIT) : 1;
    if (scale !== this.scale) {
      this.scale = scale;
      this.host.requestUpdate();
    }
  }
}
