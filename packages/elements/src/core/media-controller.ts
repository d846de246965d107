import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Tracks a media query (e.g. `(prefers-reduced-motion: reduce)`) and re-renders its host when it flips. */
export class MediaQueryController implements ReactiveController {
  matches = false;
  private readonly host: ReactiveControllerHost;
  private readonly query: string;
  private list: MediaQueryList | undefined;
  private readonly onChange = (event: MediaQueryListEvent) => {
    this.matches = event.matches;
    this.host.requestUpdate();
  };

  constructor(host: ReactiveControllerHost, query: string) {
    this.host = host;
    this.query = query;
    host.addController(this);
  }

  hostConnected(): void {
    this.list = globalThis.matchMedia?.(this.query);
    this.matches = this.list?.matches ?? false;
    this.list?.addEventListener('change', this.onChange);
  }

  hostDisconnected(): void {
    this.list?.removeEventListener('change', this.onChange);
    this.list = undefined;
  }
}
