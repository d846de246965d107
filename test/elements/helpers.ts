import { render, type TemplateResult } from 'lit';
import type { AxeResults, RunOptions } from 'axe-core';
import { expect } from 'chai';

declare global {
  // Loaded by the test page (web-test-runner.config.mjs).
  const axe: { run(context: Element, options?: RunOptions): Promise<AxeResults> };
}

const mounted: HTMLElement[] = [];

/** Renders `template` into a fresh container in the page and waits for the first element's first render. */
export async function fixture<T extends HTMLElement>(template: TemplateResult): Promise<T> {
  const container = document.createElement('div');
  document.body.append(container);
  mounted.push(container);
  render(template, container);
  const el = container.firstElementChild as T;
  await settle(el);
  return el;
}

/** Waits until `el` (a Lit element) and any Lit element in its light DOM have rendered. */
export async function settle(el: Element): Promise<void> {
  for (let i = 0; i < 3; i++) {
    const pending = [el, ...el.querySelectorAll('*')].map((e) => (e as { updateComplete?: Promise<unknown> }).updateComplete).filter(Boolean);
    await Promise.all(pending);
    await nextFrame();
  }
}

export function nextFrame(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => resolve()));
}

/** Removes every fixture (call in afterEach). */
export function cleanup(): void {
  for (const container of mounted.splice(0)) container.remove();
}

/** Collects the events of one type that reach `target`. */
export function recordEvents<E extends Event>(target: EventTarget, type: string): E[] {
  const seen: E[] = [];
  target.addEventListener(type, (e) => seen.push(e as E));
  return seen;
}

/** Waits until `predicate` holds (polling each frame), failing after `timeout` ms. */
export async function waitUntil(predicate: () => boolean, message = 'condition', timeout = 4000): Promise<void> {
  const start = performance.now();
  while (!predicate()) {
    if (performance.now() - start > timeout) throw new Error(`timed out waiting for ${message}`);
    await nextFrame();
  }
}

/** Runs axe on `el` (shadow roots included) and fails with the violations listed. */
export async function expectAxeClean(el: Element): Promise<void> {
  const results = await axe.run(el, { resultTypes: ['violations'] });
  const list = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join('; ')})`);
  expect(list, 'axe violations').to.deep.equal([]);
}

/** The element's shadow root, typed. */
export function shadow(el: Element): ShadowRoot {
  if (!el.shadowRoot) throw new Error(`${el.localName} has no shadow root`);
  return el.shadowRoot;
}

/** Sets what the test endpoint `/__fixture/<key>` answers (see scripts/fixture-endpoint.mjs). */
export async function setEndpoint(key: string, response: { status?: number; body: unknown; delay?: number }): Promise<string> {
  await fetch(`/__fixture/${key}`, { method: 'PUT', body: JSON.stringify(response) });
  return `/__fixture/${key}`;
}

/** How many times `/__fixture/<key>` has been fetched. */
export async function endpointHits(key: string): Promise<number> {
  const response = await fetch(`/__fixture/${key}?hits`);
  return ((await response.json()) as { hits: number }).hits;
}
