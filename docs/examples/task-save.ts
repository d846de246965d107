import '@quota/elements';
import '../src/nav.js';

// The host side of a task move: save it, and tell the board how it went.
const board = document.querySelector('quota-task-board')!;
const delay = document.querySelector<HTMLSelectElement>('#delay')!;
const fail = document.querySelector<HTMLInputElement>('#fail')!;
const log = document.querySelector<HTMLOListElement>('#log')!;

function note(text: string): void {
  const li = document.createElement('li');
  li.textContent = `${new Date().toLocaleTimeString()} ${text}`;
  log.prepend(li);
}

/** PUTs the task's new flags; rejects with the server's reason when it says no. */
async function save(taskId: string, flags: { urgent: boolean; important: boolean }, query: URLSearchParams): Promise<void> {
  const response = await fetch(`/api/tasks/${encodeURIComponent(taskId)}?${query}`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(flags),
  });
  if (!response.ok) {
    const body = (await response.json().catch(() => ({}))) as { error?: string };
    note(`move ${taskId}: failed (${response.status})`);
    throw new Error(body.error ?? `${response.status} ${response.statusText}`);
  }
  note(`move ${taskId}: saved`);
}

board.addEventListener('quota-task-move', (event) => {
  const { taskId, from, to, urgent, important } = event.detail;
  const query = new URLSearchParams({ delay: delay.value });
  if (fail.checked) query.set('fail', '1');
  fail.checked = false;
  note(`move ${taskId}: ${from} → ${to}, saving…`);
  // The board shows the task as pending until this promise settles; if it rejects, the task goes back and the
  // board shows the error's message.
  event.detail.waitUntil(save(taskId, { urgent, important }, query));
});

board.addEventListener('quota-load', () => note('data refreshed from /api/tasks'));
board.addEventListener('quota-error', (event) => {
  if (event.detail.kind === 'fetch') document.querySelector<HTMLElement>('#offline')!.hidden = false;
});

document.querySelector('#reset')!.addEventListener('click', async () => {
  await fetch('/api/tasks/reset', { method: 'POST' });
  note('server tasks reset');
  board.reload();
});
