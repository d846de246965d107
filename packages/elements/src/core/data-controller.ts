import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { validate, type InputIssue } from '@quota/domain';
import type * as z from 'zod/mini';
import { QuotaErrorEvent, type DataSource, type QuotaErrorDetail } from '../events/quota-error.js';
import { QuotaLoadEvent } from '../events/quota-load.js';
import { validateRemembered } from './validated.js';

/** What a data widget exposes for the controller to read. */
export interface DataHost extends ReactiveControllerHost, HTMLElement {
  data?: unknown;
  src?: string | undefined;
  refresh?: number | undefined;
  /** Seconds a fetch of `src` may take before it counts as failed. */
  timeout?: number | undefined;
}

export interface DataProblem {
  kind: 'invalid' | 'parse' | 'fetch';
  message: string;
  issues: InputIssue[];
  source: DataSource;
  at: number;
}

export interface RetryOptions {
  /** First retry after a failed load, in ms; each further one waits twice as long. */
  baseDelay: number;
  /** Longest wait between retries, in ms. */
  maxDelay: number;
  /** How long a fetch may take before it is given up as failed, in ms (the host's `timeout` attribute, in seconds, wins). */
  timeout: number;
}

export const DEFAULT_RETRY: RetryOptions = { baseDelay: 2_000, maxDelay: 300_000, timeout: 30_000 };

const INLINE = ':scope > script[type="application/json"]';

/**
 * Loads a widget's data from one of three sources, in this order of
 * precedence: the `data` property, the `src` attribute (fetched as JSON,
 * again every `refresh` seconds), or an inline
 * `<script type="application/json">` child. Every value is parsed with the
 * widget's schema; good data replaces `value` and fires `quota-load`. Bad
 * data or a failed fetch never replaces it: `problem` says what went wrong
 * (with field paths), `stale` turns true while old data stays on screen, a
 * `quota-error` fires, and failed fetches are retried with exponential
 * back-off. A fetch that takes longer than the timeout counts as failed, so
 * a hung request never stops the polling. Nothing here throws into the page. Timers, the fetch and the
 * observer all stop on disconnect.
 */
export class DataController<T> implements ReactiveController {
  /** The last good data. */
  value: T | undefined;
  /** When the last good data arrived (ms since the epoch). */
  receivedAt: number | undefined;
  /** What went wrong with the latest attempt, if anything. */
  problem: DataProblem | undefined;
  /** A fetch is under way. */
  loading = false;

  private readonly host: DataHost;
  private readonly schema: z.ZodMiniType<T>;
  private readonly retry: RetryOptions;
  private seenData: unknown;
  private seenSrc: string | undefined;
  private seenRefresh: number | undefined;
  private failureCount = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private abort: AbortController | undefined;
  private observer: MutationObserver | undefined;
  private inlineText: string | undefined;
  private pending: Event[] = [];
  private connected = false;

  constructor(host: DataHost, schema: z.ZodMiniType<T>, retry: Partial<RetryOptions> = {}) {
    this.host = host;
    this.schema = schema;
    this.retry = { ...DEFAULT_RETRY, ...retry };
    host.addController(this);
  }

  /** Loads of `src` that failed in a row (reset by a good load, {@link reload} or a new `src`). */
  get failures(): number {
    return this.failureCount;
  }

  /** True while the last good data is shown although newer data failed. */
  get stale(): boolean {
    return this.value !== undefined && this.problem !== undefined;
  }

  /** The active source: `data` wins over `src`, which wins over inline JSON. */
  get source(): DataSource | undefined {
    if (this.host.data !== undefined) return 'data';
    if (this.host.src) return 'src';
    return this.host.querySelector(INLINE) ? 'inline' : undefined;
  }

  hostConnected(): void {
    this.connected = true;
    this.observer = new MutationObserver(() => this.readInline());
    this.observer.observe(this.host, { childList: true, subtree: true, characterData: true });
    // Re-arm on reconnection: the source may be unchanged but timers stopped.
    this.seenSrc = undefined;
    this.host.requestUpdate();
  }

  hostDisconnected(): void {
    this.connected = false;
    this.observer?.disconnect();
    this.observer = undefined;
    this.stop();
  }

  hostUpdate(): void {
    const { data, src, refresh } = this.host;
    if (data !== this.seenData) {
      this.seenData = data;
      if (data !== undefined) {
        this.stop();
        this.accept(data, 'data');
      } else {
        // Back to src or inline JSON: read them afresh.
        this.seenSrc = undefined;
        this.inlineText = undefined;
      }
    }
    if (data !== undefined) return;
    if (src !== this.seenSrc) {
      this.seenSrc = src;
      this.seenRefresh = refresh;
      this.failureCount = 0;
      if (src && this.connected) void this.load();
      else this.stop();
    } else if (refresh !== this.seenRefresh) {
      this.seenRefresh = refresh;
      // A retry after a failure keeps its back-off; a fetch under way schedules the next one when it settles.
      if (src && this.connected && !this.loading && this.failureCount === 0) this.schedule(this.pollDelay());
    }
    if (!src) this.readInline(false);
  }

  hostUpdated(): void {
    // Events go out after the render, so listeners see the widget as it now is.
    const events = this.pending;
    this.pending = [];
    for (const event of events) this.host.dispatchEvent(event);
  }

  /** Fetches `src` again now (resets the back-off). */
  reload(): void {
    this.failureCount = 0;
    if (this.host.src && this.host.data === undefined) void this.load();
  }

  private readInline(requestUpdate = true): void {
    if (this.host.data !== undefined || this.host.src) return;
    const script = this.host.querySelector(INLINE);
    const text = script?.textContent ?? undefined;
    if (text === this.inlineText) return;
    this.inlineText = text;
    if (text === undefined) return;
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch (error) {
      this.fail({ kind: 'parse', message: (error as Error).message, issues: [], source: 'inline', at: Date.now() });
      if (requestUpdate) this.host.requestUpdate();
      return;
    }
    this.accept(parsed, 'inline');
    if (requestUpdate) this.host.requestUpdate();
  }

  private async load(): Promise<void> {
    const src = this.host.src;
    if (!src) return;
    this.abort?.abort();
    clearTimeout(this.timer);
    const abort = (this.abort = new AbortController());
    this.loading = true;
    this.host.requestUpdate();
    const timeout = this.timeoutMs();
    // The request's own controller: aborted by a newer load or a disconnect (`abort`), or when no answer came within
    // `timeout`. (A timer rather than AbortSignal.any/timeout, which older TV and kiosk browsers lack.)
    const request = new AbortController();
    const forward = () => request.abort();
    abort.signal.addEventListener('abort', forward, { once: true });
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      request.abort();
    }, timeout);
    let problem: DataProblem | undefined;
    try {
      const response = await fetch(src, { signal: request.signal, headers: { accept: 'application/json' } });
      if (!response.ok) {
        problem = { kind: 'fetch', message: `${response.status} ${response.statusText}`.trim(), issues: [], source: 'src', at: Date.now() };
      } else {
        let parsed: unknown;
        try {
          parsed = await response.json();
        } catch (error) {
          if (abort.signal.aborted) return;
          problem = timedOut
            ? this.timedOut(timeout)
            : { kind: 'parse', message: (error as Error).message, issues: [], source: 'src', at: Date.now() };
        }
        if (!problem && !abort.signal.aborted) problem = this.accept(parsed, 'src');
      }
    } catch (error) {
      if (abort.signal.aborted) return;
      problem = timedOut
        ? this.timedOut(timeout)
        : { kind: 'fetch', message: (error as Error).message || String(error), issues: [], source: 'src', at: Date.now() };
    } finally {
      clearTimeout(timer);
      abort.signal.removeEventListener('abort', forward);
    }
    if (abort.signal.aborted || src !== this.host.src) return;
    this.loading = false;
    if (problem) {
      if (problem.kind !== 'invalid') this.fail(problem);
      this.failureCount++;
      const backoff = Math.min(this.retry.maxDelay, this.retry.baseDelay * 2 ** (this.failureCount - 1));
      this.schedule(backoff * (0.8 + Math.random() * 0.4));
    } else {
      this.failureCount = 0;
      this.schedule(this.pollDelay());
    }
    this.host.requestUpdate();
  }

  private timeoutMs(): number {
    const seconds = this.host.timeout;
    return seconds !== undefined && Number.isFinite(seconds) && seconds > 0 ? seconds * 1000 : this.retry.timeout;
  }

  private timedOut(timeout: number): DataProblem {
    return { kind: 'fetch', message: `no answer within ${timeout / 1000} s`, issues: [], source: 'src', at: Date.now() };
  }

  private pollDelay(): number | undefined {
    const refresh = this.host.refresh;
    return refresh && refresh > 0 ? refresh * 1000 : undefined;
  }

  private schedule(delay: number | undefined): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    if (delay !== undefined && this.connected) this.timer = setTimeout(() => void this.load(), delay);
  }

  private stop(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.abort?.abort();
    this.abort = undefined;
    this.loading = false;
  }

  /** Validates and takes `input`; returns the problem when it is bad. */
  private accept(input: unknown, source: DataSource): DataProblem | undefined {
    // Parsed JSON (src, inline) is a new object each time: only a `data` object may come again and be remembered.
    const result = source === 'data' ? validateRemembered(this.schema, input) : validate(this.schema, input);
    if (!result.ok) {
      const problem: DataProblem = { kind: 'invalid', message: 'invalid data', issues: result.issues, source, at: Date.now() };
      this.fail(problem);
      return problem;
    }
    this.value = result.data;
    this.receivedAt = Date.now();
    this.problem = undefined;
    this.pending.push(new QuotaLoadEvent({ source, receivedAt: this.receivedAt }));
    return undefined;
  }

  private fail(problem: DataProblem): void {
    this.problem = problem;
    const detail: QuotaErrorDetail = {
      kind: problem.kind,
      message: problem.message,
      issues: problem.issues,
      source: problem.source,
      stale: this.value !== undefined,
    };
    this.pending.push(new QuotaErrorEvent(detail));
  }
}
