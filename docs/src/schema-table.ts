import { html, nothing, render, type TemplateResult } from 'lit';
import * as z from 'zod/mini';

type Json = { [key: string]: unknown };

function typeOf(s: Json, defs: Json): string {
  if (typeof s.$ref === 'string') return typeOf(defs[s.$ref.split('/').pop()!] as Json, defs) === 'object' ? 'node' : 'ref';
  if (s.enum) return (s.enum as unknown[]).map((v) => JSON.stringify(v)).join(' | ');
  if (s.anyOf) return (s.anyOf as Json[]).map((x) => typeOf(x, defs)).join(' | ');
  if (s.type === 'array') return `${typeOf((s.items ?? {}) as Json, defs)}[]`;
  if (s.format === 'date') return 'date (YYYY-MM-DD)';
  return String(s.type ?? 'any');
}

function limits(s: Json): string {
  const out: string[] = [];
  if (s.minimum !== undefined) out.push(`≥ ${s.minimum}`);
  // A whole number's implicit bound (Number.MAX_SAFE_INTEGER) is no limit a reader needs.
  if (s.maximum !== undefined && s.maximum !== Number.MAX_SAFE_INTEGER) out.push(`≤ ${s.maximum}`);
  const atLeast = (n: unknown, one: string, many: string) => (n === 1 ? one : `at least ${String(n)} ${many}`);
  if (s.minItems !== undefined) out.push(atLeast(s.minItems, 'not empty', 'items'));
  if (s.minLength !== undefined) out.push(atLeast(s.minLength, 'not empty', 'characters'));
  return out.join(', ');
}

function rows(schema: Json, defs: Json, prefix: string, seen: Set<unknown>): TemplateResult[] {
  const s = typeof schema.$ref === 'string' ? (defs[schema.$ref.split('/').pop()!] as Json) : schema;
  if (seen.has(s)) return [];
  const props = (s.properties ?? {}) as Record<string, Json>;
  const required = new Set((s.required ?? []) as string[]);
  const out: TemplateResult[] = [];
  for (const [name, p] of Object.entries(props)) {
    const path = prefix ? `${prefix}.${name}` : name;
    out.push(html`<tr><td><code>${path}</code></td><td><code>${typeOf(p, defs)}</code></td><td>${required.has(name) ? 'yes' : ''}</td><td>${limits(p)}</td></tr>`);
    const inner = p.type === 'array' ? ((p.items ?? {}) as Json) : p;
    if (inner.type === 'object' || inner.$ref) {
      out.push(...rows(inner, defs, p.type === 'array' ? `${path}[]` : path, new Set([...seen, s])));
    }
  }
  return out;
}

/**
 * A table of every field of a data format, generated from the domain's zod
 * schema through its JSON Schema (the same one `pnpm build` writes to
 * packages/domain/dist/json-schema/).
 */
export function renderSchema(schema: z.ZodMiniType, into: HTMLElement): void {
  const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as Json;
  // A recursive schema (a tree's `children`) refers to its root as `#`.
  const defs = { ...((json.$defs ?? {}) as Json), '#': json } as Json;
  const body = rows(json, defs, '', new Set());
  render(
    html`<table>
      <caption>Fields</caption>
      <thead><tr><th scope="col">Field</th><th scope="col">Type</th><th scope="col">Required</th><th scope="col">Limits</th></tr></thead>
      <tbody>${body.length ? body : nothing}</tbody>
    </table>`,
    into,
  );
}
