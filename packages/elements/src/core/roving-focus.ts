import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Roving tabindex for composite widgets (APG tree, grid, listbox): exactly
 * one item is in the tab order (`tabindex="0"`), the rest `-1`. The widget
 * maps keys to the next item's key itself (tree and grid move differently)
 * and calls {@link focus}; this controller remembers the active key and
 * moves DOM focus to `[data-key="…"]` in the host's shadow root after the
 * next render (so it works when the item is only now being rendered, e.g.
 * in a virtualised list).
 */
export class RovingFocusController implements ReactiveController {
  /** The item in the tab order (the first item when unset). */
  activeKey: string | undefined;
  private pendingFocus = false;
  private readonly host: ReactiveControllerHost & HTMLElement;

  constructor(host: ReactiveControllerHost & HTMLElement) {
    this.host = host;
    host.addController(this);
  }

  /** `0` for the active item (or for `fallbackKey` when none is active), `-1` otherwise. */
  tabIndexFor(key: string, fallbackKey?: string): 0 | -1 {
    return key === (this.activeKey ?? fallbackKey) ? 0 : -1;
  }

  /** Makes `key` active and focuses it after the next render. */
  focus(key: string): void {
    this.activeKey = key;
    this.pendingFocus = true;
    this.host.requestUpdate();
  }

  /** Makes `key` active without moving focus (e.g. on pointer click, where focus is already there). */
  setActive(key: string): void {
    if (this.activeKey === key) return;
    this.activeKey = key;
    this.host.requestUpdate();
  }

  hostUpdated(): void {
    if (!this.pendingFocus || this.activeKey === undefined) return;
    const root = this.host.shadowRoot;
    const target = root?.querySelector<HTMLElement>(`[data-key="${CSS.escape(this.activeKey)}"]`);
    if (target) {
      this.pendingFocus = false;
      target.focus();
    }
  }
}
