import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { DataController } from '../core/data-controller.js';
import { QuotaDataElement } from '../core/data-element.js';
import type { ResolvedSettings } from '../core/settings.js';
import { QuotaElement } from '../core/quota-element.js';
import { RovingFocusController } from '../core/roving-focus.js';
import { QuotaSelectEvent } from '../events/quota-select.js';
import { paceText } from './cells.js';
import { Expansion } from './expansion.js';
import { TargetTreeInputSchema, type TargetTreeInput } from './input.js';
import { treeKeyAction, type TreeAction } from './keys.js';
import { GRAPH_LIMIT } from './layout.js';
import { renderGraph } from './render-graph.js';
import { renderList } from './render-list.js';
import type { RowContext } from './render-row.js';
import { renderAttentionToggle, renderBreadcrumb } from './render-toolbar.js';
import { targetTreeStrings } from './strings.js';
import { TreeMemo } from './tree-memo.js';
import { columnStyles } from './columns.styles.js';
import { forcedColorStyles } from './forced-colors.styles.js';
import { graphStyles } from './graph.styles.js';
import { markStyles } from './marks.styles.js';
import { rowStyles } from './row.styles.js';
import { targetTreeStyles } from './target-tree.styles.js';
import { foldName, TypeAhead } from './typeahead.js';
import { targetTreeView, type TargetTreeView } from './view.js';
import { VirtualFocus } from './virtual-focus.js';

/**
 * The target decomposition (目标分解) as a tree: per node the target,
 * actual, attainment with tier and pace status, gap, forecast and
 * highlights (behind pace, target mismatch over/under-allocated by how
 * much, …), and which dimension its children split by. Two layouts: an
 * indented list, virtualised (thousands of nodes), and a tidy node-link tree
 * for small trees. Drill-down with a breadcrumb back, expand/collapse, and
 * an attention mode that opens every path to a highlighted node. An APG
 * tree: arrows, Home/End, Enter/Space, type-ahead (a space typed inside a
 * search is part of it), `*`.
 * Data: a `TargetNode` tree (rolled up here with `rollupTargets`) or
 * `rollupTargets` output computed elsewhere (recognised by its shape, drawn as is).
 *
 * @summary Target decomposition tree with drill-down and highlights.
 * @csspart error - Notice listing what is wrong with the data (`role="alert"`).
 * @csspart stale - Notice that the data shown is old, with its age.
 * @csspart empty - Shown before any data arrives.
 * @csspart node - Each node (list row or tree box); also `node-flagged`, `node-selected`, `node-dimmed`.
 * @csspart toggle - The expand/collapse glyph of a node.
 * @csspart name - A node's name.
 * @csspart split - The dimension a node's children split by ("by region").
 * @csspart drill - The drill-into glyph of a parent node.
 * @csspart attainment - A node's attainment (bar, percent and tier).
 * @csspart tier - The tier in words with its shape.
 * @csspart pace - The pace status (behind or on pace, with the expected share).
 * @csspart highlight - Each highlight badge (also `highlight-<code>`, e.g. `highlight-target-mismatch`).
 * @csspart below - On a closed node: how many nodes below it need attention.
 * @csspart breadcrumb - The drill-down path back up (a `nav` landmark).
 * @csspart crumb - Each button of the breadcrumb.
 * @csspart attention-toggle - The "show what needs attention" switch.
 * @csspart header - The column headings of the list (wide layouts).
 * @csspart notice - Why the node-link tree fell back to the list.
 * @csspart link - Each link of the node-link tree.
 * @cssprop --target-tree-max-height - Height at which the list scrolls inside itself (default min(75vh, 40em)).
 * @cssprop --target-tree-indent - Indentation per level in the list (default 1.25em).
 * @cssprop --target-tree-link-color - Colour of the node-link tree's links.
 * @fires quota-select - A node was picked (click, Enter or Space): `detail` `{ widget: 'target-tree', id }`.
 * @fires quota-load - Good data arrived.
 * @fires quota-error - Data was bad or could not be loaded; the last good data stays, marked stale.
 */
@customElement('quota-target-tree')
export class QuotaTargetTree extends QuotaDataElement<TargetTreeInput, TargetTreeView> {
  static override styles = [
    ...(QuotaElement.styles as never[]),
    targetTreeStyles,
    rowStyles,
    markStyles,
    columnStyles,
    graphStyles,
    forcedColorStyles,
  ];

  /** `list` (default): indented rows, virtualised. `tree`: node-link diagram, for up to 150 open nodes that fit the width; otherwise the list, with a note saying why. */
  @property({ reflect: true }) layout: 'list' | 'tree' = 'list';

  /** Attention mode: opens every path to a node with highlights and dims the rest. Turning it off restores what was open. */
  @property({ type: Boolean, reflect: true }) attention = false;

  /** Id of the node drilled into: only its subtree is shown, with a breadcrumb back up. Unset: the whole tree. */
  @property() drill?: string;

  /** Id of the selected node (`aria-selected`); set by the user's Enter, Space or click too. */
  @property() selected?: string;

  /** Levels open when the first data arrives (default 1: the root and its children show; closed nodes say how many below them need attention). Changing it reopens to that depth. */
  @property({ type: Number, attribute: 'expand-depth' }) expandDepth = 1;

  /** Accessible name of the tree (default "Target decomposition" in the locale). */
  @property() label?: string;

  protected readonly loader = new DataController(this, TargetTreeInputSchema);
  private readonly roving = new RovingFocusController(this);
  private readonly expansion = new Expansion();
  private readonly memo = new TreeMemo();
  private readonly typeAhead = new TypeAhead();
  private rows: number[] = [];
  // Rows by id with a scan, not the id map: the first view builds no map (see IdLookup).
  private readonly virtual = new VirtualFocus(this, () => this.rows, (key) => {
    const nodes = this.view?.index.nodes;
    return nodes ? this.rows.findIndex((i) => nodes[i]!.id === key) : -1;
  });

  protected buildView(data: TargetTreeInput, settings: ResolvedSettings): TargetTreeView {
    return targetTreeView(data, settings);
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('expandDepth') && changed.get('expandDepth') !== undefined) this.expansion.reset();
  }

  protected renderView(v: TargetTreeView): TemplateResult {
    const t = v.index;
    this.expansion.sync(t, Math.max(0, this.expandDepth), this.attention);
    const root = this.drill ? (t.byId.get(this.drill) ?? 0) : 0;
    const rows = (this.rows = this.memo.rows(t, root, this.expansion));
    const s = targetTreeStrings(this.settings.locale);
    const f = this.formats(this.settings.currency);
    const active = this.roving.activeKey === undefined ? undefined : t.byId.get(this.roving.activeKey);
    const tabKey = active !== undefined && this.memo.shown(t, root, this.expansion.open, active) ? t.nodes[active]!.id : t.nodes[root]!.id;
    this.virtual.tabKey = tabKey;
    const c: RowContext = { t, root, open: this.expansion.open, tabKey, selected: this.selected, attention: this.attention, f, s };
    const label = this.label ?? s.tree;
    let notice: string | undefined;
    let graph: TemplateResult | undefined;
    if (this.layout === 'tree') {
      if (rows.length > GRAPH_LIMIT) notice = s.tooMany(f.number(rows.length), f.number(GRAPH_LIMIT));
      else {
        const g = this.memo.graph(t, root, this.expansion, (i) => paceText(c, t.nodes[i]!));
        const fontPx = parseFloat(getComputedStyle(this).fontSize) || 14;
        if ((this.width.value ?? Infinity) < g.width * fontPx) notice = s.tooWide;
        else graph = renderGraph(c, g, { label, describedBy: 'keys' });
      }
    }
    return html`<div class="toolbar" @click=${this.onToolbarClick}>
        ${renderBreadcrumb(t, root, s)} ${renderAttentionToggle(this.attention, this.memo.flaggedIn(t, root), s, f)}
      </div>
      ${notice ? html`<p part="notice" class="notice" role="status">${notice}</p>` : nothing}
      <p id="keys" class="visually-hidden">${s.keys}</p>
      <div class="body" @keydown=${this.onKeyDown} @click=${this.onClick} @focusin=${this.onFocusIn}>
        ${graph ??
        renderList(c, rows, { label, describedBy: 'keys', tabRowRendered: this.virtual.rendered(tabKey), onRange: this.virtual.onRange, onListFocus: this.onListFocus })}
      </div>`;
  }

  /** The list itself took focus (its active row was scrolled away): hand focus to that row. */
  private readonly onListFocus = (e: FocusEvent) => {
    if (e.target === e.currentTarget) this.focusKey(this.virtual.tabKey);
  };

  private focusKey(key: string | undefined): void {
    if (key === undefined) return;
    this.virtual.focus(key);
    this.roving.focus(key);
  }

  private readonly onFocusIn = (e: FocusEvent) => {
    const key = (e.target as HTMLElement).closest?.<HTMLElement>('[data-key]')?.dataset.key;
    if (key !== undefined) this.roving.setActive(key);
  };

  private readonly onKeyDown = (e: KeyboardEvent) => {
    const v = this.view;
    const key = (e.target as HTMLElement).closest?.<HTMLElement>('[data-key]')?.dataset.key;
    if (!v || key === undefined) return;
    const t = v.index;
    const node = t.byId.get(key) ?? 0;
    const row = this.rows.indexOf(node);
    const now = performance.now();
    const typing = this.typeAhead.typing(now);
    const action = treeKeyAction(e, t, this.rows, row, this.expansion.open, typing);
    if (action) {
      e.preventDefault();
      this.act(action);
    } else if (!e.ctrlKey && !e.metaKey && !e.altKey && !e.isComposing && this.typeAhead.takes(e.key, now)) {
      e.preventDefault();
      const locale = this.settings.locale;
      const prefix = this.typeAhead.type(e.key, now, locale);
      const found = TypeAhead.find(prefix, this.rows.length, row, (r) => this.memo.folded(t, this.rows[r]!, (name) => foldName(name, locale)));
      if (found >= 0) this.focusKey(t.nodes[this.rows[found]!]!.id);
    }
  };

  private act(a: TreeAction): void {
    const t = this.view!.index;
    const id = (i: number) => t.nodes[i]!.id;
    switch (a.kind) {
      case 'focus':
        return this.focusKey(id(a.node));
      case 'open':
      case 'close':
        this.expansion.set(a.node, a.kind === 'open');
        return this.requestUpdate();
      case 'open-siblings':
        this.expansion.openSiblings(a.node);
        return this.requestUpdate();
      case 'select':
        return this.select(id(a.node));
      case 'drill':
        this.drillTo(a.node);
        return this.focusKey(id(a.node));
      case 'drill-up': {
        const root = t.byId.get(this.drill ?? '') ?? 0;
        if (root === 0) return;
        this.drillTo(t.parent[root]!);
        return this.focusKey(id(root));
      }
    }
  }

  private drillTo(node: number): void {
    const t = this.view!.index;
    this.expansion.set(node, true);
    this.drill = node === 0 ? undefined : t.nodes[node]!.id;
  }

  private select(id: string): void {
    this.selected = id;
    this.roving.setActive(id);
    this.dispatchEvent(new QuotaSelectEvent({ widget: 'target-tree', id }));
  }

  private readonly onClick = (e: MouseEvent) => {
    const target = e.target as Element;
    const key = target.closest<HTMLElement>('[data-key]')?.dataset.key;
    const t = this.view?.index;
    const node = t?.byId.get(key ?? '');
    if (!t || node === undefined) return;
    if (target.closest('.toggle')) {
      const open = this.expansion.open[node] !== 1;
      this.expansion.set(node, open);
      this.roving.setActive(t.nodes[node]!.id);
      this.requestUpdate();
    } else if (target.closest('.drill')) {
      this.drillTo(node);
      this.focusKey(t.nodes[node]!.id);
    } else this.select(t.nodes[node]!.id);
  };

  private readonly onToolbarClick = (e: MouseEvent) => {
    const target = e.target as Element;
    const crumb = target.closest<HTMLElement>('[data-crumb]')?.dataset.crumb;
    const node = this.view?.index.byId.get(crumb ?? '');
    if (node !== undefined) {
      this.drillTo(node);
      this.focusKey(crumb);
    } else if (target.closest('[data-attention]')) this.attention = !this.attention;
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'quota-target-tree': QuotaTargetTree;
  }
}
