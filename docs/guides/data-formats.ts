import {
  FunnelDataSchema, GaugeDataSchema, LeaderboardDataSchema, SettingsSchema, TargetNodeSchema, TargetNodeShape, TaskBoardDataSchema,
  sampleData, validate,
} from '@quota/domain';
import { html, render } from 'lit';
import * as z from 'zod/mini';
import '../src/nav.js';
import { renderSchema } from '../src/schema-table.js';

const sample = sampleData(7);
const tree = sample.targetTree;
const region = tree.children![0]!;
const team = region.children![0]!;

interface Format {
  id: string;
  title: string;
  /** Where it goes: a tag or a domain function. */
  usedBy: string;
  description: string;
  /** The schema shown as a table and as JSON Schema. */
  schema: z.ZodMiniType;
  /** The schema that validates (with the rules JSON Schema can't say). */
  check: z.ZodMiniType;
  example: unknown;
}

// Examples are cut-down copies of sampleData(7): the real shapes, short.
const FORMATS: Format[] = [
  {
    id: 'gauge-data',
    title: 'Gauge',
    usedBy: '<quota-gauge>',
    description:
      'One target and its actual. With a period, pace at asOf and a forecast: the host’s, or pipeline-weighted from open deals, seasonal from history, run-rate otherwise.',
    schema: GaugeDataSchema,
    check: GaugeDataSchema,
    example: { ...sample.gauge, pipeline: sample.gauge.pipeline!.slice(0, 2), history: sample.gauge.history!.slice(0, 2) },
  },
  {
    id: 'funnel-data',
    title: 'Funnel',
    usedBy: '<quota-funnel>, funnelMetrics()',
    description: 'Stages top first (two or more), benchmarks over spans of stages (from → to, not necessarily adjacent), and lost deals by reason.',
    schema: FunnelDataSchema,
    check: FunnelDataSchema,
    example: sample.funnel,
  },
  {
    id: 'target-node',
    title: 'Target tree',
    usedBy: '<quota-target-tree>, rollupTargets()',
    description:
      'A target decomposition: each node names the dimension its children split by; a parent’s target and actual may be left out (the sum of its children, plus its reserve). Ids are unique in the tree.',
    schema: TargetNodeShape,
    check: TargetNodeSchema,
    example: { ...tree, children: [{ ...region, children: [{ ...team, children: team.children!.slice(0, 2) }] }] },
  },
  {
    id: 'task-board-data',
    title: 'Task board',
    usedBy: '<quota-task-board>, classifyTasks()',
    description:
      'Tasks with their 5W2H plan. Urgency comes from the due date (within 3 days, or overdue) unless set by hand; importance from the flag or from serving a target.',
    schema: TaskBoardDataSchema,
    check: TaskBoardDataSchema,
    example: { ...sample.tasks, tasks: sample.tasks.tasks.slice(0, 2), targets: sample.tasks.targets!.slice(0, 2) },
  },
  {
    id: 'leaderboard-data',
    title: 'Leaderboard',
    usedBy: '<quota-leaderboard>, rankLeaderboard()',
    description:
      'Reps with target and actual, their previous rank (null: new), tenure for the newcomer badge, process KPIs, quality facts and history (for the outlier check).',
    schema: LeaderboardDataSchema,
    check: LeaderboardDataSchema,
    example: { ...sample.leaderboard, entries: sample.leaderboard.entries.slice(0, 2) },
  },
  {
    id: 'settings',
    title: 'Settings',
    usedBy: '<quota-provider> (and each widget’s own attributes)',
    description: 'Settings many widgets share: locale, currency, as-of date, working-day calendar, theme, tiers, funnel benchmarks and quality rules.',
    schema: SettingsSchema,
    check: SettingsSchema,
    example: {
      locale: 'zh-CN',
      currency: 'CNY',
      asOf: '2025-02-14',
      theme: 'light',
      calendar: { workdays: true, holidays: ['2025-01-28', '2025-01-29'], extraWorkdays: ['2025-01-26'] },
      benchmarks: [{ from: 'opportunity', to: 'proposal', rate: 0.6 }],
    },
  },
];

const json = (value: unknown) => JSON.stringify(value, null, 2);

render(
  FORMATS.map((f, i) => html`${i ? ' · ' : ''}<a href="#${f.id}">${f.title}</a>`),
  document.querySelector<HTMLElement>('#toc')!,
);

const formats = document.querySelector<HTMLElement>('#formats')!;
render(
  FORMATS.map(
    (f) => html`<section aria-labelledby="${f.id}">
      <h2 id=${f.id}>${f.title}</h2>
      <p>${f.description}</p>
      <p>Used by <code>${f.usedBy}</code>. JSON Schema: <code>@quota/domain/json-schema/${f.id}.schema.json</code>.</p>
      <div class="schema" data-format=${f.id}></div>
      <details>
        <summary>Example (from <code>sampleData(7)</code>)</summary>
        <pre tabindex="0" aria-label="Example of ${f.title}"><code>${json(f.example)}</code></pre>
      </details>
      <details>
        <summary>JSON Schema</summary>
        <pre tabindex="0" aria-label="JSON Schema of ${f.title}"><code>${json(z.toJSONSchema(f.schema, { io: 'input', unrepresentable: 'any' }))}</code></pre>
      </details>
    </section>`,
  ),
  formats,
);
for (const f of FORMATS) renderSchema(f.schema, formats.querySelector<HTMLElement>(`[data-format="${f.id}"]`)!);

// The checker: paste JSON, validate it with the widget's own schema.
const checker = { format: FORMATS[1]!.id, text: json(FORMATS[1]!.example), result: null as null | { ok: boolean; lines: string[] } };
function drawChecker(): void {
  render(
    html`<form class="checker" @submit=${(e: Event) => (e.preventDefault(), check())}>
      <div class="row">
        <label for="checker-format">Format</label>
        <select
          id="checker-format"
          @change=${(e: Event) => {
            checker.format = (e.target as HTMLSelectElement).value;
            checker.text = json(FORMATS.find((f) => f.id === checker.format)!.example);
            checker.result = null;
            drawChecker();
          }}
        >
          ${FORMATS.map((f) => html`<option value=${f.id} ?selected=${f.id === checker.format}>${f.title}</option>`)}
        </select>
        <button type="submit">Check</button>
      </div>
      <label for="checker-json">JSON</label>
      <textarea id="checker-json" spellcheck="false" .value=${checker.text} @input=${(e: Event) => (checker.text = (e.target as HTMLTextAreaElement).value)}></textarea>
      <div role="status">
        ${checker.result
          ? html`<div class="result ${checker.result.ok ? 'good' : 'bad'}">
              ${checker.result.ok ? html`<strong>Valid.</strong>` : html`<strong>Not valid:</strong>`}
              <ul>${checker.result.lines.map((l) => html`<li>${l}</li>`)}</ul>
            </div>`
          : ''}
      </div>
    </form>`,
    document.querySelector<HTMLElement>('#checker')!,
  );
}
function check(): void {
  const format = FORMATS.find((f) => f.id === checker.format)!;
  let value: unknown;
  try {
    value = JSON.parse(checker.text);
  } catch (error) {
    checker.result = { ok: false, lines: [`not JSON: ${(error as Error).message}`] };
    drawChecker();
    return;
  }
  const result = validate(format.check, value);
  checker.result = result.ok
    ? { ok: true, lines: [`${format.usedBy} will draw it.`] }
    : { ok: false, lines: result.issues.map((i) => `${i.path || '(root)'}: ${i.message}`) };
  drawChecker();
}
drawChecker();
