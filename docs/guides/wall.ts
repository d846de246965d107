import { html, render } from 'lit';
import { sampleData } from '@quota/domain';
import '@quota/elements';
import '../src/nav.js';
import { renderApi } from '../src/api-tables.js';

const sample = sampleData(7);
const example = document.querySelector<HTMLElement>('#example')!;
const funnel = customElements.get('quota-funnel') !== undefined;

render(
  html`<quota-provider locale="en-US" currency="CNY">
    <quota-wall interval="8" style="--wall-height: 480px">
      <span slot="title">East sales</span>
      <section data-board="attainment" aria-label="Attainment">
        <quota-gauge id="company" .data=${sample.gauge}></quota-gauge>
        <quota-gauge compact .data=${{ ...sample.gauge, pipeline: undefined }}></quota-gauge>
      </section>
      <section data-board="leaders" aria-label="Leaderboard" style="grid-template-columns: minmax(0, 1fr)">
        <quota-leaderboard .data=${sample.leaderboard}></quota-leaderboard>
      </section>
      ${funnel
        ? html`<section data-board="pipeline" aria-label="Pipeline" style="grid-template-columns: minmax(0, 1fr)">
            <quota-funnel .data=${sample.funnel}></quota-funnel>
          </section>`
        : ''}
    </quota-wall>
  </quota-provider>`,
  example,
);

// Break and mend the first board's data, as an outage would (bad data keeps the last good data, marked stale).
const company = () => document.querySelector('#company') as HTMLElement & { data: unknown };
render(
  html`<button type="button" @click=${() => (company().data = { ...sample.gauge, actual: 'offline' })}>Break the attainment data</button>
    <button type="button" @click=${() => (company().data = { ...sample.gauge, actual: sample.gauge.actual * 1.02 })}>Send good data</button>`,
  document.querySelector('#demo-actions')!,
);

renderApi('quota-wall', document.querySelector('#api')!);
