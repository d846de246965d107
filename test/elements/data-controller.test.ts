import { html, nothing, type PropertyValues } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import * as z from 'zod/mini';
import { expect } from 'chai';
import { QuotaDataElement } from '../../packages/elements/src/core/data-element.js';
import { DataController } from '../../packages/elements/src/core/data-controller.js';
import type { ResolvedSettings } from '../../packages/elements/src/core/settings.js';
import type { QuotaErrorEvent } from '../../packages/elements/src/events/quota-error.js';
import type { QuotaLoadEvent } from '../../packages/elements/src/events/quota-load.js';
import { cleanup, endpointHits, expectAxeClean, fixture, recordEvents, setEndpoint, settle, shadow, waitUntil } from './helpers.js';

const Score = z.object({ name: z.string(), score: z.number().check(z.minimum(0)) });
type Score = z.infer<typeof Score>;

@customElement('test-score')
class TestScore extends QuotaDataElement<Score, string> {
  protected readonly loader = new DataController(this, Score, { baseDelay: 50, maxDelay: 200 });
  /** While true, drawing throws (the view model itself is fine). */
  @property({ type: Boolean }) fragile = false;
  /** The width the widget knew after each update. */
  widths: (number | undefined)[] = [];
  get failures(): number {
    return this.loader.failures;
  }
  protected buildView(data: Score) {
    if (data.name === 'boom') throw new Error('cannot draw boom');
    return `${data.name}: ${data.score}`;
  }
  protected renderView(view: string) {
    if (this.fragile) throw new Error('cannot draw while fragile');
    return view ? html`<output>${view}</output>` : nothing;
  }
  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    this.widths.push(this.width.value);
  }
}

/** Shows the as-of date in effect. */
@customElement('test-as-of')
class TestAsOf extends QuotaDataElement<Score, string> {
  protected readonly loader = new DataController(this, Score);
  protected buildView(_data: Score, settings: ResolvedSettings) {
    return settings.asOf;
  }
  protected renderView(view: string) {
    return html`<output>${view}</output>`;
  }
}

/** A widget created with `listeners` attached before it connects, so none of its first events is missed. */
async function mountWith(props: Partial<TestScore>, listeners: Record<string, (el: TestScore, event: Event) => void>): Promise<TestScore> {
  const el = document.createElement('test-score') as TestScore;
  for (const [type, listener] of Object.entries(listeners)) el.addEventListener(type, (event) => listener(el, event));
  Object.assign(el, props);
  return fixture<TestScore>(html`${el}`);
}

const RealDate = Date;
/** Makes `new Date()` and `Date.now()` read `iso` (local time); the other Date calls work as usual. */
function setClock(iso: string): void {
  const now = new RealDate(iso).getTime();
  globalThis.Date = class extends RealDate {
    constructor(...args: ConstructorParameters<DateConstructor> | []) {
      if (args.length === 0) super(now);
      else super(...(args as ConstructorParameters<DateConstructor>));
    }
    static override now(): number {
      return now;
    }
  } as DateConstructor;
}

const text = (el: Element) => shadow(el).querySelector('output')?.textContent ?? null;
const part = (el: Element, name: string) => shadow(el).querySelector(`[part="${name}"]`);

describe('DataController (through a data widget)', () => {
  afterEach(cleanup);

  it('shows good data from the data property and fires quota-load', async () => {
    const el = await fixture<TestScore>(html`<test-score></test-score>`);
    const loads = recordEvents<QuotaLoadEvent>(el, 'quota-load');
    el.data = { name: 'Ann', score: 3 };
    await settle(el);
    expect(text(el)).to.equal('Ann: 3');
    expect(loads).to.have.length(1);
    expect(loads[0]!.detail.source).to.equal('data');
  });

  it('shows the field path of bad data in an alert and fires quota-error instead of throwing', async () => {
    const el = await fixture<TestScore>(html`<test-score></test-score>`);
    const errors = recordEvents<QuotaErrorEvent>(el, 'quota-error');
    el.data = { name: 'Ann', score: -1 };
    await settle(el);
    const error = part(el, 'error');
    expect(error?.getAttribute('role')).to.equal('alert');
    expect(error?.querySelector('code')?.textContent).to.equal('score');
    expect(errors[0]!.detail).to.deep.include({ kind: 'invalid', stale: false });
    expect(errors[0]!.detail.issues[0]!.path).to.equal('score');
    expect(text(el)).to.equal(null);
    await expectAxeClean(el);
  });

  it('keeps the last good data on screen, marked stale, when new data is bad', async () => {
    const el = await fixture<TestScore>(html`<test-score></test-score>`);
    el.data = { name: 'Ann', score: 3 };
    await settle(el);
    el.data = { name: 'Ann', score: 'x' };
    await settle(el);
    expect(text(el)).to.equal('Ann: 3');
    expect(part(el, 'stale')).to.exist;
    expect(part(el, 'error')).to.exist;
    el.data = { name: 'Bo', score: 4 };
    await settle(el);
    expect(text(el)).to.equal('Bo: 4');
    expect(part(el, 'stale')).to.equal(null);
    expect(part(el, 'error')).to.equal(null);
  });

  it('reads inline JSON and follows edits to it', async () => {
    const el = await fixture<TestScore>(html`<test-score><script type="application/json">{"name":"Cy","score":5}</script></test-score>`);
    expect(text(el)).to.equal('Cy: 5');
    el.querySelector('script')!.textContent = '{"name":"Cy","score":6}';
    await waitUntil(() => text(el) === 'Cy: 6', 'inline edit');
  });

  it('reports inline text that is not JSON', async () => {
    const el = await fixture<TestScore>(html`<test-score><script type="application/json">{name:</script></test-score>`);
    expect(part(el, 'error')?.textContent).to.contain('not valid JSON');
  });

  it('loads src, keeps the data through a failed refresh and recovers with back-off', async () => {
    const url = await setEndpoint('score-a', { body: { name: 'Di', score: 7 } });
    const el = await fixture<TestScore>(html`<test-score src=${url}></test-score>`);
    const errors = recordEvents<QuotaErrorEvent>(el, 'quota-error');
    await waitUntil(() => text(el) === 'Di: 7', 'first load');
    await setEndpoint('score-a', { status: 503, body: 'down' });
    el.reload();
    await waitUntil(() => part(el, 'stale') !== null, 'stale after failure');
    expect(text(el)).to.equal('Di: 7');
    expect(errors[0]!.detail).to.deep.include({ kind: 'fetch', stale: true, source: 'src' });
    await setEndpoint('score-a', { body: { name: 'Di', score: 8 } });
    await waitUntil(() => text(el) === 'Di: 8', 'recovery by retry');
    expect(part(el, 'stale')).to.equal(null);
  });

  it('polls src every refresh seconds and stops when disconnected', async () => {
    const url = await setEndpoint('score-b', { body: { name: 'Ed', score: 1 } });
    const el = await fixture<TestScore>(html`<test-score src=${url} refresh="0.05"></test-score>`);
    await waitUntil(() => text(el) === 'Ed: 1');
    await setEndpoint('score-b', { body: { name: 'Ed', score: 2 } });
    await waitUntil(() => text(el) === 'Ed: 2', 'polled update');
    el.remove();
    const hits = await endpointHits('score-b');
    await new Promise((r) => setTimeout(r, 200));
    expect(await endpointHits('score-b')).to.equal(hits);
  });

  it('shows a drawing failure as an inline error, not an exception', async () => {
    const el = await fixture<TestScore>(html`<test-score></test-score>`);
    const errors = recordEvents<QuotaErrorEvent>(el, 'quota-error');
    el.data = { name: 'boom', score: 1 };
    await settle(el);
    expect(part(el, 'error')?.textContent).to.contain('cannot draw boom');
    expect(errors[0]!.detail.kind).to.equal('render');
  });

  it('reports a render that throws with quota-error and clears the error when a later render draws', async () => {
    const el = await fixture<TestScore>(html`<test-score></test-score>`);
    const errors = recordEvents<QuotaErrorEvent>(el, 'quota-error');
    el.data = { name: 'Ann', score: 3 };
    await settle(el);
    el.fragile = true;
    await settle(el);
    expect(part(el, 'error')?.textContent).to.contain('cannot draw while fragile');
    expect(errors.map((e) => e.detail)).to.deep.equal([{ kind: 'render', message: 'cannot draw while fragile', issues: [], source: 'data', stale: false }]);
    el.requestUpdate();
    await settle(el);
    expect(errors, 'the same failure is reported once').to.have.length(1);
    el.fragile = false;
    await settle(el);
    expect(part(el, 'error')).to.equal(null);
    expect(text(el)).to.equal('Ann: 3');
    await expectAxeClean(el);
  });

  it('counts a fetch with no answer within timeout as failed: marked stale, retried with back-off until it answers', async () => {
    const url = await setEndpoint('score-hang', { body: { name: 'Fay', score: 1 } });
    const el = await fixture<TestScore>(html`<test-score src=${url} timeout="0.2"></test-score>`);
    const errors = recordEvents<QuotaErrorEvent>(el, 'quota-error');
    await waitUntil(() => text(el) === 'Fay: 1', 'first load');
    await setEndpoint('score-hang', { body: { name: 'Fay', score: 2 }, delay: 15_000 });
    el.reload();
    await waitUntil(() => part(el, 'stale') !== null, 'stale after the timeout');
    expect(text(el)).to.equal('Fay: 1');
    expect(errors[0]!.detail).to.deep.include({ kind: 'fetch', stale: true, source: 'src' });
    expect(errors[0]!.detail.message).to.contain('0.2 s');
    await setEndpoint('score-hang', { body: { name: 'Fay', score: 3 } });
    await waitUntil(() => text(el) === 'Fay: 3', 'recovery by retry');
    expect(part(el, 'stale')).to.equal(null);
  });

  it('times out a fetch in browsers without AbortSignal.any and AbortSignal.timeout (older TV and kiosk browsers)', async () => {
    const signal = AbortSignal as unknown as Record<'any' | 'timeout', unknown>;
    const saved = { any: signal.any, timeout: signal.timeout };
    delete signal.any;
    delete signal.timeout;
    try {
      const url = await setEndpoint('score-old', { body: { name: 'Gus', score: 1 }, delay: 15_000 });
      const el = await fixture<TestScore>(html`<test-score src=${url} timeout="0.2"></test-score>`);
      const errors = recordEvents<QuotaErrorEvent>(el, 'quota-error');
      await waitUntil(() => errors.length > 0, 'an error after the timeout');
      expect(errors[0]!.detail.message).to.contain('0.2 s');
      await setEndpoint('score-old', { body: { name: 'Gus', score: 2 } });
      await waitUntil(() => text(el) === 'Gus: 2', 'recovery by retry');
    } finally {
      Object.assign(signal, saved);
    }
  });

  it('keeps retrying a failed src when only refresh changes, even to 0', async () => {
    const url = await setEndpoint('score-c', { status: 503, body: 'down' });
    let changed = false;
    const el = await mountWith(
      { src: url, refresh: 60 },
      {
        'quota-error': (widget) => {
          if (changed) return;
          changed = true;
          widget.refresh = 0;
        },
      },
    );
    await waitUntil(() => changed, 'the first failure');
    await setEndpoint('score-c', { body: { name: 'Gil', score: 1 } });
    await waitUntil(() => text(el) === 'Gil: 1', 'recovery by the pending retry');
  });

  it('starts the back-off afresh when src changes', async () => {
    const a = await setEndpoint('score-d', { status: 503, body: 'down' });
    const b = await setEndpoint('score-e', { status: 503, body: 'down' });
    const failuresAtEachError: number[] = [];
    await mountWith(
      { src: a },
      {
        'quota-error': (widget) => {
          failuresAtEachError.push(widget.failures);
          if (failuresAtEachError.length === 3) widget.src = b;
        },
      },
    );
    await waitUntil(() => failuresAtEachError.length >= 4, 'the first failure of the new src');
    expect(failuresAtEachError.slice(0, 4)).to.deep.equal([1, 2, 3, 1]);
  });

  it('keeps the known width while the size observer re-arms (connect and reconnect), never 0', async () => {
    const box = await fixture<HTMLElement>(html`<div style="width: 400px"><test-score .data=${{ name: 'Ann', score: 3 }}></test-score></div>`);
    const el = box.querySelector('test-score') as TestScore;
    await waitUntil(() => el.widths.at(-1) === 400, 'the measured width');
    el.remove();
    box.append(el);
    await settle(el);
    await waitUntil(() => el.widths.at(-1) === 400, 'the width after reconnecting');
    expect(el.widths.filter((w) => w !== undefined)).to.not.include(0);
  });

  it('announces going stale once, in a live region with a steady sentence; the ticking age stays outside it', async () => {
    const el = await fixture<TestScore>(html`<test-score></test-score>`);
    el.data = { name: 'Ann', score: 3 };
    await settle(el);
    const live = () => [...shadow(el).querySelectorAll('[role="status"], [role="alert"], [role="log"], [aria-live]:not([aria-live="off"])')];
    const announcer = live().find((r) => r.getAttribute('role') === 'status');
    expect(announcer, 'a live region waiting before the data goes stale').to.exist;
    expect(announcer!.textContent!.trim()).to.equal('');
    el.data = { name: 'Ann', score: 'x' };
    await settle(el);
    const notice = part(el, 'stale')!;
    expect(notice.textContent).to.contain('last updated');
    expect(live().filter((r) => r.contains(notice) || notice.contains(r)), 'live regions around the age').to.deep.equal([]);
    const sentence = announcer!.textContent!.trim();
    expect(sentence).to.equal('The data is out of date; showing the last good data.');
    el.requestUpdate();
    await settle(el);
    expect(announcer!.isConnected && announcer!.textContent!.trim()).to.equal(sentence);
    await expectAxeClean(el);
  });

  it('moves the default as-of date on when the date changes, as on a wall left running past midnight', async () => {
    try {
      setClock('2025-03-10T23:59:59.900');
      const el = await fixture<TestAsOf>(html`<test-as-of .data=${{ name: 'Ann', score: 3 }}></test-as-of>`);
      expect(text(el)).to.equal('2025-03-10');
      setClock('2025-03-11T00:00:00.100');
      await waitUntil(() => text(el) === '2025-03-11', 'the next day');
      const pinned = await fixture<TestAsOf>(html`<test-as-of as-of="2025-03-01" .data=${{ name: 'Ann', score: 3 }}></test-as-of>`);
      pinned.requestUpdate();
      await settle(pinned);
      expect(text(pinned), 'an as-of date that was set stays').to.equal('2025-03-01');
    } finally {
      globalThis.Date = RealDate;
    }
  });
});
