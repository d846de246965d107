// Shared by the task board's element tests.
import { sampleData, type TaskBoardData } from '@quota/domain';
import { shadow } from './helpers.js';

export const tasks = (): TaskBoardData => structuredClone(sampleData(7).tasks);
export const card = (el: Element, id: string) => shadow(el).querySelector<HTMLElement>(`[role="gridcell"][data-key="${id}"]`);
export const quadrantOf = (el: Element, id: string) => card(el, id)?.closest<HTMLElement>('[role="row"]')?.dataset.quadrant;
export const idsIn = (el: Element, q: string) =>
  [...shadow(el).querySelectorAll<HTMLElement>(`[data-quadrant="${q}"] [role="gridcell"]`)].map((c) => c.dataset.key);
export const header = (el: Element, q: string) => shadow(el).querySelector<HTMLElement>(`[data-quadrant="${q}"] [role="rowheader"]`)!;
export const announced = (el: Element) => shadow(el).querySelector('[part="announcer"]')!.textContent!.trim();
export const focusedKey = (el: Element) => (shadow(el).activeElement as HTMLElement | null)?.dataset.key;
