import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Pages through a long list by itself (TV mode): one timer, restarted for
 * each page, that stops while the pointer is over the host, while focus is
 * inside it, while the user holds it, and on disconnect. Nothing accumulates
 * across pages: a wall can run it for weeks.
 */
export class PagerController implements ReactiveController {
  /** The page shown (0-based). */
  page = 0;
  /** How many pages there are. */
  pages = 1;
  /** The user paused paging (the pause button). */
  held = false;
  private hovered = false;
  private focused = false;
  private enabled = false;
  private seconds = 8;
  private connected = false;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly host: ReactiveControllerHost & HTMLElement;

  private readonly onEnter = () => this.setFlag('hovered', true);
  private readonly onLeave = () => this.setFlag('hovered', false);
  private readonly onFocusIn = () => this.setFlag('focused', true);
  private readonly onFocusOut = (e: FocusEvent) => {
    const next = e.relatedTarget as Node | null;
    this.setFlag('focused', !!next && (next === this.host || this.host.contains(next) || this.host.shadowRoot?.contains(next) === true));
  };

  constructor(host: ReactiveControllerHost & HTMLElement) {
    this.host = host;
    host.addController(this);
  }

  /** Paging stopped for now (pointer over it, focus inside, or held). */
  get paused(): boolean {
    return this.held || this.hovered || this.focused;
  }

  /** Whether a timer is pending (for tests and debugging). */
  get running(): boolean {
    return this.timer !== undefined;
  }

  /** Called on every update: whether paging is on, how many pages, seconds per page (≤ 0: only by hand). */
  configure(enabled: boolean, pages: number, seconds: number): void {
    const page = Math.min(this.page, Math.max(0, pages - 1));
    const changed = enabled !== this.enabled || pages !== this.pages || seconds !== this.seconds || page !== this.page;
    this.enabled = enabled;
    this.pages = Math.max(1, pages);
    this.seconds = seconds;
    this.page = enabled ? page : 0;
    if (changed) this.schedule();
  }

  /** Shows `page` (wrapping around) and restarts the countdown. */
  show(page: number): void {
    const next = ((page % this.pages) + this.pages) % this.pages;
    if (next !== this.page) {
      this.page = next;
      this.host.requestUpdate();
    }
    this.schedule();
  }

  /** Pauses or resumes paging by hand. */
  toggleHold(): void {
    this.held = !this.held;
    this.schedule();
    this.host.requestUpdate();
  }

  hostConnected(): void {
    this.connected = true;
    this.host.addEventListener('pointerenter', this.onEnter);
    this.host.addEventListener('pointerleave', this.onLeave);
    this.host.addEventListener('focusin', this.onFocusIn);
    this.host.addEventListener('focusout', this.onFocusOut);
    this.schedule();
  }

  hostDisconnected(): void {
    this.connected = false;
    this.host.removeEventListener('pointerenter', this.onEnter);
    this.host.removeEventListener('pointerleave', this.onLeave);
    this.host.removeEventListener('focusin', this.onFocusIn);
    this.host.removeEventListener('focusout', this.onFocusOut);
    this.hovered = false;
    this.focused = false;
    this.clear();
  }

  private setFlag(flag: 'hovered' | 'focused', value: boolean): void {
    if (this[flag] === value) return;
    this[flag] = value;
    this.schedule();
    this.host.requestUpdate();
  }

  private clear(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  private schedule(): void {
    this.clear();
    if (!this.connected || !this.enabled || this.pages < 2 || this.paused || !(this.seconds > 0)) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.show(this.page + 1);
    }, this.seconds * 1000);
  }
}
