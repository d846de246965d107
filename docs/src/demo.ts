import '@quota/elements';
import { sampleData } from '@quota/domain';

const sample = sampleData(7, { locale: 'zh-CN' });
const board = document.querySelector('#board')!;
const provider = document.createElement('quota-provider');
provider.setAttribute('locale', 'zh-CN');
const gauge = document.createElement('quota-gauge');
gauge.data = sample.gauge;
const small = document.createElement('quota-gauge');
small.compact = true;
small.data = sample.gauge;
provider.append(gauge, small);
board.append(provider);
