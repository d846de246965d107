import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { keyAction, type WallAction } from './layout.js';

export interface KeyOptions {
  /** Keys pressed at `origin` (where the event began) are the wall's, not a widget's. */
  owns(origin: EventTarget | undefined): boolean;
  /** Also take keys pressed while nothing on the page has focus. */
  pageKeys(): boolean;
  act(action: WallAction): void;
}

/**
 * The wall's keys: arrows, Page Up/Down, Home/End, Space and a remote's
 * media keys, on the wall's own controls and board area (keys pressed inside
 * a widget are the widget's), and with `pageKeys()` on the page's body (a
 * presenter clicker or a TV remote). Space on a button presses the button.
 * The document listener exists only while the host is connected.
 */
export class KeyController implements ReactiveController {
  private readonly host: ReactiveControllerHost & HTMLElement;
  private readonly options: KeyOptions;

  constructor(host: ReactiveControllerHost & HTMLElement, options: KeyOptions) {
    this.host = host;
    this.options = options;
    host.addController(this);
  }

  hostConnected(): void {
    this.host.addEventListener('keydown', this.onKeyDown);
    document.addEventListener('keydown', this.onPageKeyDown);
  }

  hostDisconnected(): void {
    this.host.removeEventListener('keydown', this.onKeyDown);
    document.removeEventListener('keydown', this.onPageKeyDown);
  }

  private readonly onKeyDown = (event: KeyboardEvent) => {
    const origin = event.composedPath()[0];
    if (this.options.owns(origin)) this.handle(event, origin);
  };

  private readonly onPageKeyDown = (event: KeyboardEvent) => {
    const t = event.target;
    if (this.options.pageKeys() && (t === document.body || t === document.documentElement || t === document)) this.handle(event, t);
  };

  private handle(event: KeyboardEvent, origin: EventTarget | undefined): void {
    if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
    const action = keyAction(event.key);
    if (!action || (action === 'toggle' && origin instanceof HTMLButtonElement)) return;
    event.preventDefault();
    this.options.act(action);
  }
}
