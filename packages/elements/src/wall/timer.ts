import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * One repeating timer whose period (ms, or undefined for off) is read from
 * the host at every update: it starts, stops or changes by itself when
 * the host's attributes or state change, and stops on disconnect. A chain of
 * timeouts, never more than one pending. {@link restart} starts the
 * countdown over (e.g. after the user stepped to another board).
 */
export class TimerController implements ReactiveController {
  /** How many countdowns have started (a key for an animation that shows the countdown). */
  cycle = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private armed: number | undefined;
  private connected = false;
  private readonly period: () => number | undefined;
  private readonly tick: () => void;

  constructor(host: ReactiveControllerHost, period: () => number | undefined, tick: () => void) {
    this.period = period;
    this.tick = tick;
    host.addController(this);
  }

  /** A countdown is under way. */
  get pending(): boolean {
    return this.timer !== undefined;
  }

  /** The period of the countdown under way (ms), if any. */
  get current(): number | undefined {
    return this.timer === undefined ? undefined : this.armed;
  }

  hostConnected(): void {
    this.connected = true;
    this.armed = undefined;
    this.sync();
  }

  // Before the render, so the render sees the countdown as it will run.
  hostUpdate(): void {
    this.sync();
  }

  hostDisconnected(): void {
    this.connected = false;
    clearTimeout(this.timer);
    this.timer = undefined;
    this.armed = undefined;
  }

  /** Starts the countdown over, if the timer is on. */
  restart(): void {
    if (this.armed !== undefined) this.start();
  }

  private sync(): void {
    const period = this.connected ? this.period() : undefined;
    if (period === this.armed && (period === undefined || this.timer !== undefined)) return;
    this.armed = period;
    this.start();
  }

  private start(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    if (this.armed === undefined || !this.connected) return;
    this.cycle++;
    this.timer = setTimeout(this.fire, this.armed);
  }

  private readonly fire = () => {
    this.timer = undefined;
    this.tick();
    // The tick may have restarted (or stopped) the countdown itself.
    if (this.timer === undefined && this.connected) this.start();
  };
}
