import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { composedContains } from './freshness.js';

/**
 * Holds the rotation while someone uses the wall: the pointer over it or
 * focus inside it (WAI-ARIA APG carousel). A wall runs unattended for
 * weeks, so a hold ends by itself after `idleMs()` without any pointer or
 * key activity (a mouse parked on the screen, focus left on a button), and
 * when the user resumes explicitly ({@link release}) until the pointer and
 * focus have both left. Listeners live on the host only while connected.
 */
export class HoldController implements ReactiveController {
  /** The pointer is over the host. */
  hovering = false;
  /** Focus is inside the host (its shadow root included). */
  focused = false;
  private released = false;
  private lastActivity = 0;
  private idleTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly host: ReactiveControllerHost & HTMLElement;
  private readonly idleMs: () => number;

  constructor(host: ReactiveControllerHost & HTMLElement, idleMs: () => number) {
    this.host = host;
    this.idleMs = idleMs;
    host.addController(this);
  }

  /** Someone is using the wall (and has not resumed it by hand, and has not gone idle). */
  get held(): boolean {
    return (this.hovering || this.focused) && !this.released && !this.idle;
  }

  /** No pointer or key activity for the idle time (never, when the idle time is 0). */
  get idle(): boolean {
    const ms = this.idleMs();
    return ms > 0 && Date.now() - this.lastActivity >= ms;
  }

  /** The user resumed the rotation by hand: no hold until pointer and focus have left. */
  release(): void {
    this.released = true;
    this.host.requestUpdate();
  }

  hostConnected(): void {
    const h = this.host;
    h.addEventListener('pointerenter', this.onEnter);
    h.addEventListener('pointerleave', this.onLeave);
    h.addEventListener('pointermove', this.onActivity, { passive: true });
    h.addEventListener('pointerdown', this.onActivity, { passive: true });
    h.addEventListener('wheel', this.onActivity, { passive: true });
    h.addEventListener('keydown', this.onActivity);
    h.addEventListener('focusin', this.onFocusIn);
    h.addEventListener('focusout', this.onFocusOut);
  }

  hostDisconnected(): void {
    const h = this.host;
    h.removeEventListener('pointerenter', this.onEnter);
    h.removeEventListener('pointerleave', this.onLeave);
    h.removeEventListener('pointermove', this.onActivity);
    h.removeEventListener('pointerdown', this.onActivity);
    h.removeEventListener('wheel', this.onActivity);
    h.removeEventListener('keydown', this.onActivity);
    h.removeEventListener('focusin', this.onFocusIn);
    h.removeEventListener('focusout', this.onFocusOut);
    clearTimeout(this.idleTimer);
    this.idleTimer = undefined;
    this.hovering = this.focused = this.released = false;
  }

  private set(flag: 'hovering' | 'focused', value: boolean): void {
    if (this[flag] === value) return;
    this[flag] = value;
    if (!this.hovering && !this.focused) this.released = false;
    this.host.requestUpdate();
  }

  private readonly onEnter = () => {
    this.onActivity();
    this.set('hovering', true);
  };

  private readonly onLeave = () => this.set('hovering', false);

  private readonly onFocusIn = () => {
    this.onActivity();
    this.set('focused', true);
  };

  private readonly onFocusOut = (event: FocusEvent) => {
    const next = event.relatedTarget as Node | null;
    this.set('focused', !!next && composedContains(this.host, next));
  };

  /** Cheap on every pointer move: a timestamp, and one timer for when idleness begins. */
  private readonly onActivity = () => {
    const wasIdle = this.idle;
    this.lastActivity = Date.now();
    if (wasIdle) this.host.requestUpdate();
    if (this.idleTimer === undefined) this.armIdle(this.idleMs());
  };

  private armIdle(delay: number): void {
    if (delay <= 0) return;
    this.idleTimer = setTimeout(() => {
      this.idleTimer = undefined;
      const ms = this.idleMs();
      const left = this.lastActivity + ms - Date.now();
      if (ms > 0 && left > 0) this.armIdle(left);
      else if (this.hovering || this.focused) this.host.requestUpdate();
    }, delay);
  }
}
