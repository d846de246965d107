import '@quota/elements/provider.js';
import '@quota/elements/target-tree.js';
import { rollupTargets, sampleData, sampleOrg, TargetNodeShape } from '@quota/domain';
import '../src/nav.js';
import { renderApi } from '../src/api-tables.js';
import { renderSchema } from '../src/schema-table.js';

const sample = sampleData(7);

function tree(setup: (el: HTMLElementTagNameMap['quota-target-tree']) => void) {
  const provider = document.createElement('quota-provider');
  provider.setAttribute('locale', 'en-US');
  provider.setAttribute('currency', sample.currency);
  provider.setAttribute('as-of', sample.asOf);
  const el = document.createElement('quota-target-tree');
  setup(el);
  provider.append(el);
  return { provider, el };
}

// The main example, with its switches.
const main = tree((el) => {
  el.data = sample.targetTree;
  el.expandDepth = 2;
});
document.querySelector('#example')!.append(main.provider);
const layout = document.querySelector<HTMLSelectElement>('#layout')!;
const attention = document.querySelector<HTMLInputElement>('#attention')!;
const selected = document.querySelector('#selected')!;
layout.addEventListener('change', () => (main.el.layout = layout.value as 'list' | 'tree'));
attention.addEventListener('change', () => (main.el.attention = attention.checked));
main.el.addEventListener('quota-select', (e) => (selected.textContent = `quota-select: ${e.detail.id}`));

// Node-link tree, drilled into the region with the mismatched team.
const graph = tree((el) => {
  el.data = sample.targetTree;
  el.layout = 'tree';
  el.drill = 'east';
  el.expandDepth = 2;
});
document.querySelector('#graph')!.append(graph.provider);

// 10,000 reps, rolled up "on the server" (here: in the page) and passed as is.
const big = tree((el) => (el.data = rollupTargets(sampleOrg(7, 10_000), { asOf: sample.asOf })));
document.querySelector('#big')!.append(big.provider);

renderSchema(TargetNodeShape, document.querySelector('#schema')!);
renderApi('quota-target-tree', document.querySelector('#api')!);
