// Framework typings generated from custom-elements.json (run after the
// analyzer: `pnpm manifest`, and by build.mjs):
// - generated/jsx.d.ts: React 19 `JSX.IntrinsicElements` for every
//   `<quota-*>` tag (properties, `on<event-name>` listeners, HTML attributes);
// - generated/vue.d.ts: Vue 3 `GlobalComponents` (props and `onQuotaX`
//   listeners, which templates write as `@quota-x`).
// Types come from the element classes (`Pick<QuotaGauge, 'data' | …>`) and
// events from `GlobalEventHandlersEventMap`, so they never drift from the
// source; the manifest says which members are public and which events fire.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const manifest = JSON.parse(readFileSync(join(here, 'custom-elements.json'), 'utf8'));
const out = join(here, 'generated');

/** Every element of the manifest: tag, class, public settable properties, attributes named unlike their property, events. */
export function elementsOf(m) {
  const elements = [];
  for (const mod of m.modules) {
    for (const d of mod.declarations ?? []) {
      if (!d.tagName || !d.customElement) continue;
      const props = (d.members ?? [])
        .filter((f) => f.kind === 'field' && !f.static && !f.readonly && (f.privacy ?? 'public') === 'public' && !f.name.startsWith('_'))
        .map((f) => ({ name: f.name, description: f.description ?? '' }));
      const kebab = (d.attributes ?? [])
        .filter((a) => a.fieldName && a.name !== a.fieldName && props.some((p) => p.name === a.fieldName))
        .map((a) => ({ name: a.name, field: a.fieldName, description: a.description ?? '' }));
      const events = [...new Map((d.events ?? []).filter((e) => e.name).map((e) => [e.name, e.description ?? ''])).entries()];
      elements.push({ tag: d.tagName, className: d.name, summary: d.summary ?? '', props, kebab, events });
    }
  }
  return elements.sort((a, b) => a.tag.localeCompare(b.tag));
}

const camel = (name) => name.replace(/-(\w)/g, (_, c) => c.toUpperCase());
const pascal = (name) => camel(name).replace(/^\w/, (c) => c.toUpperCase());
const doc = (text, indent) => (text ? `${indent}/** ${text.replace(/\*\//g, '*\\/').replace(/\s*\n\s*/g, ' ')} */\n` : '');
const union = (names) => (names.length ? names.map((n) => `'${n}'`).join(' | ') : 'never');

const header = `// Generated from custom-elements.json by framework-types.mjs: do not edit.
`;

export function jsxTypes(elements) {
  const imports = elements.map((e) => e.className).join(', ');
  const body = elements
    .map((e) => {
      const events = e.events.map(([name, description]) => `${doc(description, '    ')}    'on${name}'?: (event: QuotaEventOf<'${name}'>) => void;\n`).join('');
      const kebab = e.kebab.map((a) => `${doc(`${a.description} (attribute form of \`${a.field}\`)`, '    ')}    '${a.name}'?: string;\n`).join('');
      return `${doc(`\`<${e.tag}>\`: ${e.summary}`, '  ')}  '${e.tag}': QuotaJsxProps<${e.className}, ${union(e.props.map((p) => p.name))}> & {\n${events}${kebab}  };\n`;
    })
    .join('');
  return `${header}// React 19 sets a custom element's properties (so \`data={object}\` works)
// and listens to \`on<event-name>\` props: <quota-funnel onquota-select={(e) => e.detail.id} />.
// Use: /// <reference types="@quota/elements/jsx" /> (or "types": ["@quota/elements/jsx"] in tsconfig).
import type * as React from 'react';
import type { ${imports} } from '@quota/elements';

type QuotaEventOf<N extends string> = N extends keyof GlobalEventHandlersEventMap ? GlobalEventHandlersEventMap[N] : CustomEvent;

/** The element's public properties (all optional), React's HTML attributes, \`ref\` and \`key\`. */
type QuotaJsxProps<E extends HTMLElement, K extends keyof E> = Partial<Pick<E, K>> &
  Omit<React.HTMLAttributes<E>, K> &
  React.RefAttributes<E> & { key?: React.Key | null; class?: string };

export interface QuotaIntrinsicElements {
${body}}

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements extends QuotaIntrinsicElements {}
  }
}
`;
}

export function vueTypes(elements) {
  const imports = elements.map((e) => e.className).join(', ');
  const body = elements
    .map((e) => {
      const events = e.events.map(([name, description]) => `${doc(`\`@${name}\`: ${description}`, '    ')}    on${pascal(name)}?: (event: QuotaEventOf<'${name}'>) => void;\n`).join('');
      return `${doc(`\`<${e.tag}>\`: ${e.summary}`, '  ')}  '${e.tag}': DefineComponent<Partial<Pick<${e.className}, ${union(e.props.map((p) => p.name))}>> & {\n${events}  }>;\n`;
    })
    .join('');
  return `${header}// Vue 3 template type checking (Volar / vue-tsc) for every <quota-*> tag.
// Tell Vue's compiler they are custom elements: compilerOptions.isCustomElement = (tag) => tag.startsWith('quota-').
// Use: /// <reference types="@quota/elements/vue" /> (or "types": ["@quota/elements/vue"] in tsconfig).
import type { DefineComponent } from 'vue';
import type { ${imports} } from '@quota/elements';

type QuotaEventOf<N extends string> = N extends keyof GlobalEventHandlersEventMap ? GlobalEventHandlersEventMap[N] : CustomEvent;

export interface QuotaGlobalComponents {
${body}}

declare module 'vue' {
  interface GlobalComponents extends QuotaGlobalComponents {}
}
`;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const elements = elementsOf(manifest);
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, 'jsx.d.ts'), jsxTypes(elements));
  writeFileSync(join(out, 'vue.d.ts'), vueTypes(elements));
}
