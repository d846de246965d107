import '@quota/elements';
import { FunnelDataSchema, sampleData, type FunnelData } from '@quota/domain';
import '../src/nav.js';
import { renderApi } from '../src/api-tables.js';
import { renderSchema } from '../src/schema-table.js';

const sample = sampleData(7);

function funnel(data: FunnelData, setup?: (el: HTMLElementTagNameMap['quota-funnel']) => void) {
  const provider = document.createElement('quota-provider');
  provider.setAttribute('locale', 'en-US');
  const el = document.createElement('quota-funnel');
  el.data = data;
  setup?.(el);
  provider.append(el);
  return { provider, el };
}

// The main example, with its attributes as controls.
const main = funnel(sample.funnel);
document.querySelector('#example')!.append(main.provider);
const measure = document.querySelector<HTMLSelectElement>('#measure')!;
const orientation = document.querySelector<HTMLSelectElement>('#orientation')!;
const cumulative = document.querySelector<HTMLInputElement>('#cumulative')!;
const selected = document.querySelector('#selected')!;
measure.addEventListener('change', () => (main.el.measure = measure.value as 'count' | 'amount'));
orientation.addEventListener('change', () => (main.el.orientation = orientation.value as 'vertical' | 'horizontal'));
cumulative.addEventListener('change', () => (main.el.cumulative = cumulative.checked));
main.el.addEventListener('quota-select', (e) => (selected.textContent = `quota-select: ${e.detail.id}`));

// No benchmarks: the lowest conversion is the bottleneck.
document.querySelector('#no-benchmarks')!.append(funnel({ ...sample.funnel, label: 'No benchmarks', benchmarks: [] }).provider);
// A phone-width tile: stacked bars.
document.querySelector('#phone')!.append(funnel({ ...sample.funnel, label: 'On a phone' }).provider);
// Horizontal, by amount, cumulative.
document.querySelector('#horizontal')!.append(
  funnel(sample.funnel, (el) => {
    el.orientation = 'horizontal';
    el.measure = 'amount';
    el.cumulative = true;
  }).provider,
);

renderSchema(FunnelDataSchema, document.querySelector('#schema')!);
renderApi('quota-funnel', document.querySelector('#api')!);
