import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** The longest wait between checks: catches clock changes and a machine waking from sleep. */
const MAX_WAIT = 60 * 60_000;

/**
 * Re-renders its host when the local date changes (just after midnight, and
 * at least hourly while `active()` holds), so a board left running for weeks
 * moves its default as-of date along. The timer runs only while connected.
 */
export class DayController implements ReactiveController {
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly host: ReactiveControllerHost;
  private readonly active: () => boolean;

  constructor(host: ReactiveControllerHost, active: () => boolean = () => true) {
    this.host = host;
    this.active = active;
    host.addController(this);
  }

  hostConnected(): void {
    this.schedule();
  }

  hostDisconnected(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  private schedule(): void {
    clearTimeout(this.timer);
    const now = new Date();
    const midnight = new Date(now.getFullYear(), now.getMonth(), now.getDate() + 1).getTime();
    // A little past midnight, so the new date is surely in effect when the host renders.
    const wait = Math.min(MAX_WAIT, Math.max(0, midnight - now.getTime()) + 50);
    this.timer = setTimeout(() => {
      if (this.active()) this.host.requestUpdate();
      this.schedule();
    }, wait);
  }
}
