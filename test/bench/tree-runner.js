// Runs in the target-tree benchmark page (plain JS: no build step between it and the browser).
// window.treeBench.mount(input) / .open(how) → { ms, rows }: in-page time until the rows are in the DOM and laid out.
const stage = () => document.querySelector('#stage');
const rows = (el) => el.shadowRoot?.querySelectorAll('[role="treeitem"]') ?? [];

/** The virtualiser renders in microtasks after the element's update: poll those (not frames, which would add idle time). */
async function until(ok) {
  for (let i = 0; i < 10_000 && !ok(); i++) await Promise.resolve();
  if (!ok()) await new Promise((r) => requestAnimationFrame(r));
}

window.treeBench = {
  /** Creates a <quota-target-tree> with window[input] as data (and `depth` levels open, else its default) and waits for its first rows. */
  async mount(input, asOf, depth) {
    const t0 = performance.now();
    const el = document.createElement('quota-target-tree');
    el.setAttribute('as-of', asOf);
    if (depth) el.setAttribute('expand-depth', String(depth));
    el.data = window[input];
    stage().append(el);
    await el.updateComplete;
    await until(() => rows(el).length > 0);
    rows(el)[0].getBoundingClientRect();
    return { ms: performance.now() - t0, rows: rows(el).length };
  },
  /** Opens the first closed node shown at `level` (2: a region, 3: a team): by a click on its toggle, or it and its siblings with `*`. */
  async open(how, level) {
    const el = stage().querySelector('quota-target-tree');
    const team = [...rows(el)].find((r) => r.getAttribute('aria-level') === String(level) && r.getAttribute('aria-expanded') === 'false');
    const id = team.dataset.key;
    const opened = () => el.shadowRoot.querySelector(`[data-key="${CSS.escape(id)}"]`)?.getAttribute('aria-expanded') === 'true';
    if (how === 'keys') team.focus();
    const t0 = performance.now();
    if (how === 'click') team.querySelector('[part="toggle"]').click();
    else team.dispatchEvent(new KeyboardEvent('keydown', { key: '*', bubbles: true, composed: true }));
    await until(opened);
    rows(el)[0].getBoundingClientRect();
    return { ms: performance.now() - t0, rows: rows(el).length };
  },
  /** What the element does before drawing, each timed alone: median ms of 9 runs. */
  phases(asOf) {
    const b = window.quotaBench;
    const time = (fn) => {
      const xs = [];
      for (let i = 0; i < 9; i++) {
        const t0 = performance.now();
        fn();
        xs.push(performance.now() - t0);
      }
      return xs.sort((x, y) => x - y)[4];
    };
    return {
      'validate TargetNodeSchema': time(() => b.validate(b.TargetNodeSchema, window.org)),
      rollupTargets: time(() => b.rollupTargets(window.org, { asOf })),
      'validate RolledTreeSchema': time(() => b.validate(b.RolledTreeSchema, window.rolled)),
    };
  },
  /** Waits until the next frame is done (style, layout, paint). */
  frame() {
    return new Promise((r) => requestAnimationFrame(() => setTimeout(r, 30)));
  },
  /** Removes the tree of the last run and collects garbage (outside any timing), and lets the frame after it pass. */
  async clean() {
    stage().replaceChildren();
    window.gc?.();
    await this.frame();
  },
};
