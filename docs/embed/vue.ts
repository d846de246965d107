// A Vue 3 app with the Quota widgets, rendered with h(): Vue's runtime-only
// build compiles no templates at run time, so the page needs no eval and
// works under a strict CSP. Vue sets `data` as a property (the element
// defines it) and `onQuotaSelect` listens to `quota-select`.
// `quota()` below types each tag's props and listeners with the typings
// generated from custom-elements.json (@quota/elements/vue).
import '@quota/elements';
import type { QuotaGlobalComponents } from '@quota/elements/vue';
import { sampleData, type SampleData } from '@quota/domain';
import { computed, createApp, defineComponent, h, ref, type VNode } from 'vue';
import type { QuotaTaskMoveEvent } from '@quota/elements';
import { advance, liveSample, startLive, withMove } from '../src/live-data.js';
import '../src/nav.js';

type Tag = keyof QuotaGlobalComponents;
type PropsOf<T extends Tag> = InstanceType<QuotaGlobalComponents[T]>['$props'];

/** h() for a Quota tag, with the props and `onQuota…` listeners its manifest entry declares. */
function quota<T extends Tag>(tag: T, props: PropsOf<T>, children?: VNode[]): VNode {
  return h(tag, props as Record<string, unknown>, children);
}

type Locale = 'en-US' | 'zh-CN';
const bases = new Map<Locale, SampleData>();
const base = (locale: Locale): SampleData => {
  let b = bases.get(locale);
  if (!b) bases.set(locale, (b = sampleData(7, { locale })));
  return b;
};

const App = defineComponent({
  setup() {
    const locale = ref<Locale>('en-US');
    const live = ref(startLive(base('en-US')));
    const log = ref('');
    const sample = computed(() => liveSample(live.value, base(locale.value)));
    const picked = (e: { detail: { widget: string; id: string } }) => (log.value = `@quota-select: ${e.detail.widget} ${e.detail.id}`);
    // The host owns persistence: hold the move until "saved", then keep it in the state.
    const saveMove = (e: QuotaTaskMoveEvent) => {
      const { taskId, urgent, important, to } = e.detail;
      const save = async () => {
        await new Promise((resolve) => setTimeout(resolve, 100)); // a real app: await fetch(…)
        live.value = withMove(live.value, taskId, { urgent, important });
        log.value = `@quota-task-move: ${taskId} → ${to}`;
      };
      e.detail.waitUntil(save());
    };
    const card = (title: string, content: VNode, wide = false) => h('section', { class: wide ? 'wide' : undefined }, [h('h2', title), content]);

    return () =>
      h('div', [
        h('div', { class: 'controls' }, [
          h('button', { type: 'button', onClick: () => (locale.value = locale.value === 'en-US' ? 'zh-CN' : 'en-US') }, locale.value === 'en-US' ? 'Switch to 中文' : 'Switch to English'),
          h('button', { type: 'button', onClick: () => (live.value = advance(live.value, base('en-US'))) }, `Next day (${sample.value.asOf})`),
          h('p', { class: 'event-log', role: 'status', 'data-testid': 'log' }, log.value),
        ]),
        quota('quota-provider', { locale: locale.value, currency: 'CNY', asOf: sample.value.asOf }, [
          h('div', { class: 'grid' }, [
            card('Attainment', quota('quota-gauge', { data: sample.value.gauge, onQuotaError: (e) => (log.value = `@quota-error: ${e.detail.message}`) })),
            card('Funnel', quota('quota-funnel', { data: sample.value.funnel, onQuotaSelect: picked })),
            card('Target tree', quota('quota-target-tree', { data: sample.value.targetTree, expandDepth: 1, onQuotaSelect: picked }), true),
            card('Leaderboard', h('div', { class: 'scroll' }, [quota('quota-leaderboard', { data: sample.value.leaderboard, kpis: true, onQuotaSelect: picked })]), true),
            card('Action plan', quota('quota-task-board', { data: sample.value.tasks, onQuotaTaskMove: saveMove }), true),
          ]),
        ]),
      ]);
  },
});

createApp(App).mount('#app');
