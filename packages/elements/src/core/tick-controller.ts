import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Re-renders its host every `interval` ms while `active()` holds: for text
 * that ages (a stale badge's "5 minutes ago", a wall clock). The timer runs
 * only while connected.
 */
export class TickController implements ReactiveController {
  private timer: ReturnType<typeof setInterval> | undefined;
  private readonly host: ReactiveControllerHost;
  private readonly interval: number;
  private readonly active: () => boolean;

  constructor(host: ReactiveControllerHost, interval: number, active: () => boolean = () => true) {
    this.host = host;
    this.interval = interval;
    this.active = active;
    host.addController(this);
  }

  hostConnected(): void {
    this.timer = setInterval(() => {
      if (this.active()) this.host.requestUpdate();
    }, this.interval);
  }

  hostDisconnected(): void {
    clearInterval(this.timer);
    this.timer = undefined;
  }
}
