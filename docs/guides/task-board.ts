import '@quota/elements';
import { sampleData, TaskBoardDataSchema } from '@quota/domain';
import '../src/nav.js';
import { renderApi } from '../src/api-tables.js';
import { renderSchema } from '../src/schema-table.js';

const example = document.querySelector<HTMLElement>('#example')!;
const provider = document.createElement('quota-provider');
provider.setAttribute('locale', 'en-US');
provider.setAttribute('currency', 'CNY');
const board = document.createElement('quota-task-board');
board.data = sampleData(7).tasks;
provider.append(board);
example.append(provider);

const refuse = document.querySelector<HTMLInputElement>('#refuse')!;
const slow = document.querySelector<HTMLInputElement>('#slow')!;
const last = document.querySelector<HTMLElement>('#last')!;
board.addEventListener('quota-task-move', (event) => {
  const { taskId, from, to } = event.detail;
  if (refuse.checked) {
    event.preventDefault();
    last.textContent = `Refused ${taskId}: ${from} → ${to}`;
  } else if (slow.checked) {
    event.detail.waitUntil(new Promise((resolve) => setTimeout(resolve, 2000)));
    last.textContent = `Saving ${taskId}: ${from} → ${to}…`;
  } else last.textContent = `Moved ${taskId}: ${from} → ${to}`;
});
document.querySelector<HTMLInputElement>('#readonly')!.addEventListener('change', (event) => {
  board.readOnly = (event.target as HTMLInputElement).checked;
});

renderSchema(TaskBoardDataSchema, document.querySelector('#schema')!);
renderApi('quota-task-board', document.querySelector('#api')!);
