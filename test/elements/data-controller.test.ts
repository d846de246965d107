import { html, nothing } from 'lit';
import { customElement } from 'lit/decorators.js';
import * as z from 'zod/mini';
import { expect } from 'chai';
import { QuotaDataElement } from '../../packages/elements/src/core/data-element.js';
import { DataController } from '../../packages/elements/src/core/data-controller.js';
import type { QuotaErrorEvent } from '../../packages/elements/src/events/quota-error.js';
import type { QuotaLoadEvent } from '../../packages/elements/src/events/quota-load.js';
import { cleanup, endpointHits, expectAxeClean, fixture, recordEvents, setEndpoint, settle, shadow, waitUntil } from './helpers.js';

const Score = z.object({ name: z.string(), score: z.number().check(z.minimum(0)) });
type Score = z.infer<typeof Score>;

@customElement('test-score')
class TestScore extends QuotaDataElement<Score, string> {
  protected readonly loader = new DataController(this, Score, { baseDelay: 50, maxDelay: 200 });
  protected buildView(data: Score) {
    if (data.name === 'boom') throw new Error('cannot draw boom');
    return `${data.name}: ${data.score}`;
  }
  protected renderView(view: string) {
    return view ? html`<output>${view}</output>` : nothing;
  }
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
});
