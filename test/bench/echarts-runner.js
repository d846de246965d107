// Runs in the benchmark page (plain JS: no build step between it and the browser).
// window.runBench(cases) → [{ name, quota, echarts }] medians in ms.
window.runBench = async (cases) => {
  const w = window;
  const stage = document.querySelector('#stage');
  const median = (xs) => xs.sort((a, b) => a - b)[xs.length >> 1];
  const out = [];
  for (const c of cases) {
    const box = () => {
      const div = document.createElement('div');
      div.style.width = '600px';
      div.style.height = `${c.height}px`;
      stage.append(div);
      return div;
    };
    const runQuota = async () => {
      const div = box();
      // New data each run, as when a host fetches it: nothing is remembered from the run before.
      const data = structuredClone(c.data);
      const t0 = performance.now();
      const el = document.createElement(c.tag);
      for (const [name, value] of Object.entries(c.attrs ?? {})) el.setAttribute(name, value);
      el.data = data;
      div.append(el);
      await el.updateComplete;
      // A virtualised list draws its rows a task later: wait until some are there.
      for (let n = 0; n < 50 && !el.shadowRoot.querySelector('[role="row"] [role="cell"], [role="treeitem"]') && c.tag !== 'quota-gauge' && c.tag !== 'quota-funnel'; n++) {
        await new Promise((r) => setTimeout(r, 0));
      }
      el.shadowRoot.lastElementChild?.getBoundingClientRect();
      document.body.offsetHeight;
      const t = performance.now() - t0;
      div.remove();
      return t;
    };
    const runECharts = () => {
      const div = box();
      const option = structuredClone(c.echarts);
      const t0 = performance.now();
      const chart = w.echarts.init(div);
      chart.setOption(option);
      chart.getZr().flush();
      const t = performance.now() - t0;
      chart.dispose();
      div.remove();
      return t;
    };
    const defined = customElements.get(c.tag) !== undefined;
    const q = [];
    const e = [];
    for (let i = 0; i < 35; i++) {
      // Alternate, so both see the same machine state; the first 5 runs warm up.
      if (defined) {
        const tq = await runQuota();
        if (i >= 5) q.push(tq);
      }
      const te = runECharts();
      if (i >= 5) e.push(te);
      w.gc?.();
      await new Promise((r) => setTimeout(r, 0));
    }
    out.push({ name: c.name, quota: defined ? median(q) : null, echarts: median(e) });
  }
  return out;
};
