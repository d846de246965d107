import '@quota/elements';
import { GaugeDataSchema, sampleData } from '@quota/domain';
import '../src/nav.js';
import { renderApi } from '../src/api-tables.js';
import { renderSchema } from '../src/schema-table.js';

const example = document.querySelector<HTMLElement>('#example')!;
const sample = sampleData(7);
const provider = document.createElement('quota-provider');
provider.setAttribute('locale', 'en-US');
const gauge = document.createElement('quota-gauge');
gauge.data = sample.gauge;
provider.append(gauge);
example.append(provider);

renderSchema(GaugeDataSchema, document.querySelector('#schema')!);
renderApi('quota-gauge', document.querySelector('#api')!);
