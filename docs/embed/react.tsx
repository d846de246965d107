// A React 19 app with the Quota widgets, two ways:
// 1. the tags themselves: React 19 sets their properties (data={object})
//    and listens to `on<event-name>` props; `@quota/elements/jsx` types them;
// 2. the @quota/react wrappers (React 18 and 19): `onQuotaSelect`-style
//    callbacks, each wrapper registering only its own element.
/// <reference types="@quota/elements/jsx" />
import '@quota/elements';
import { QuotaFunnel, QuotaGauge, QuotaLeaderboard, QuotaProvider, QuotaTaskBoard } from '@quota/react';
import type { QuotaTaskMoveEvent } from '@quota/elements';
import { sampleData, type SampleData } from '@quota/domain';
import { StrictMode, useMemo, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { advance, liveSample, startLive, withMove } from '../src/live-data.js';
import '../src/nav.js';

type Locale = 'en-US' | 'zh-CN';
const bases = new Map<Locale, SampleData>();
const base = (locale: Locale): SampleData => {
  let b = bases.get(locale);
  if (!b) bases.set(locale, (b = sampleData(7, { locale })));
  return b;
};

function App() {
  const [locale, setLocale] = useState<Locale>('en-US');
  const [live, setLive] = useState(() => startLive(base('en-US')));
  const [log, setLog] = useState('');
  const [loads, setLoads] = useState(0);
  const sample = useMemo(() => liveSample(live, base(locale)), [live, locale]);

  // The host owns persistence: hold the move until "saved", then keep it in the state.
  const saveMove = (e: QuotaTaskMoveEvent, via: string) => {
    const { taskId, urgent, important, to } = e.detail;
    const save = async () => {
      await new Promise((resolve) => setTimeout(resolve, 100)); // a real app: await fetch(…)
      setLive((s) => withMove(s, taskId, { urgent, important }));
      setLog(`${via}: ${taskId} → ${to}`);
    };
    e.detail.waitUntil(save());
  };

  return (
    <>
      <div className="controls">
        <button type="button" onClick={() => setLocale((l) => (l === 'en-US' ? 'zh-CN' : 'en-US'))}>
          {locale === 'en-US' ? 'Switch to 中文' : 'Switch to English'}
        </button>
        <button type="button" onClick={() => setLive((s) => advance(s, base('en-US')))}>
          Next day ({sample.asOf})
        </button>
        <p className="event-log" role="status" data-testid="log">
          {log}
        </p>
      </div>

      <h2>The tags, typed (React 19)</h2>
      <quota-provider locale={locale} currency="CNY" asOf={sample.asOf} id="direct">
        <div className="grid">
          <section>
            <h3>Attainment</h3>
            <quota-gauge data={sample.gauge} onquota-load={() => setLoads((n) => n + 1)} />
            <p className="event-log" data-testid="loads">
              quota-load events: {loads}
            </p>
          </section>
          <section>
            <h3>Leaderboard</h3>
            <div className="scroll">
              <quota-leaderboard data={sample.leaderboard} onquota-select={(e) => setLog(`onquota-select: ${e.detail.widget} ${e.detail.id}`)} />
            </div>
          </section>
          <section className="wide">
            <h3>Target tree</h3>
            <quota-target-tree data={sample.targetTree} expandDepth={1} onquota-select={(e) => setLog(`onquota-select: ${e.detail.widget} ${e.detail.id}`)} />
          </section>
        </div>
      </quota-provider>

      <h2>
        The <code>@quota/react</code> wrappers (React 18+)
      </h2>
      <QuotaProvider locale={locale} currency="CNY" asOf={sample.asOf} id="wrapped">
        <div className="grid">
          <section>
            <h3>Funnel</h3>
            <QuotaFunnel data={sample.funnel} onQuotaSelect={(e) => setLog(`onQuotaSelect: ${e.detail.widget} ${e.detail.id}`)} />
          </section>
          <section>
            <h3>Attainment (compact) and leaderboard with KPIs</h3>
            <QuotaGauge compact data={sample.gauge} onQuotaError={(e) => setLog(`onQuotaError: ${e.detail.message}`)} />
            <div className="scroll">
              <QuotaLeaderboard kpis data={sample.leaderboard} onQuotaSelect={(e) => setLog(`onQuotaSelect: ${e.detail.widget} ${e.detail.id}`)} />
            </div>
          </section>
          <section className="wide">
            <h3>Action plan</h3>
            <QuotaTaskBoard data={sample.tasks} onQuotaTaskMove={(e) => saveMove(e, 'onQuotaTaskMove')} />
          </section>
        </div>
      </QuotaProvider>
    </>
  );
}

createRoot(document.querySelector('#app')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
