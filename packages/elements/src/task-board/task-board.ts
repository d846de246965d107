import { html, nothing, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { QUADRANTS, TaskBoardDataSchema, type Quadrant, type TaskBoardData } from '@quota/domain';
import { DataController } from '../core/data-controller.js';
import { QuotaDataElement } from '../core/data-element.js';
import { QuotaElement } from '../core/quota-element.js';
import { RovingFocusController } from '../core/roving-focus.js';
import type { ResolvedSettings } from '../core/settings.js';
import { QuotaSelectEvent } from '../events/quota-select.js';
import { filtersBar, noticeList, quadrantRow } from './board-parts.js';
import type { CardContext } from './card.js';
import { cardStyles } from './card.styles.js';
import { DragController, type DragHost } from './drag-controller.js';
import { forcedColorStyles } from './forced-colors.styles.js';
import { BoardKeys, headerKey, type Grab } from './keys.js';
import { boardShape, CARD_MIN_EM, READONLY_CARD_MIN_EM, type BoardShape } from './layout.js';
import { MoveController, type MoveHost } from './move-controller.js';
import { movingStyles } from './moving.styles.js';
import { planDialog } from './plan.js';
import { planStyles } from './plan.styles.js';
import { quadrantStyles } from './quadrant.styles.js';
import { taskBoardStrings, type TaskBoardStrings } from './strings.js';
import { taskBoardStyles } from './task-board.styles.js';
import { boardAsOf, compareTasks, dataQuadrants, taskBoardView, type QuadrantView, type TaskBoardView, type TaskCard } from './view.js';

/**
 * The four-quadrant task board (四象限法则, DOMAIN.md §6): do first, schedule,
 * delegate, drop, each with its task count and sum of "how much". A task's
 * quadrant comes from its own urgent/important flags or is derived from its
 * due date and the target it serves (`classifyTasks`). Cards show title, who,
 * when (relative, in the locale; overdue marked with text and a shape) and
 * the target served; opening one shows the whole 5W2H plan in a dialog.
 *
 * Tasks move between quadrants by pointer drag (mouse anywhere on a card,
 * touch and pen by its grip), by keyboard (Space picks up, arrows move,
 * Space drops, Escape cancels; every step announced) or with the "Move to…"
 * menu. Each move fires the cancelable `quota-task-move`; the task shows as
 * pending until the promise given to `detail.waitUntil()` settles, and goes
 * back with a visible message if the host refuses, the promise rejects or it
 * has not settled after `save-timeout` seconds.
 * Pending and confirmed moves stay applied over data refreshes until the
 * data shows them. An APG `grid`: quadrants are rows, tasks their cells.
 *
 * @summary Four-quadrant task board with 5W2H plans and safe moves.
 * @csspart error - Notice listing what is wrong with the data (`role="alert"`).
 * @csspart stale - Notice that the data shown is old, with its age.
 * @csspart empty - Shown before any data arrives.
 * @csspart filters - The owner and target filters (text only when `readonly`).
 * @csspart board - The grid holding the four quadrants.
 * @csspart quadrant - Each quadrant (also `quadrant-do`, `quadrant-schedule`, `quadrant-delegate`, `quadrant-drop`, and `drop-target` while a task is over it).
 * @csspart quadrant-header - A quadrant's name, meaning, count and sum.
 * @csspart task - Each task card (also `task-overdue`, `task-pending`, `task-done`, `task-grabbed`).
 * @csspart task-title - The card's title (a button that opens the plan).
 * @csspart task-state - "Saving…" or "Done" on a card.
 * @csspart grip - The drag handle on a card.
 * @csspart drag-ghost - The copy of a card that follows the pointer while dragging.
 * @csspart move-button - The card's "Move to…" button.
 * @csspart move-menu - The "Move to…" menu.
 * @csspart plan - The dialog with the task's 5W2H plan.
 * @csspart plan-close - The plan's close button.
 * @csspart notice - A message about a refused, failed or overridden move.
 * @csspart announcer - The visually hidden live region that announces moves.
 * @cssprop --task-board-gap - Space between quadrants and cards (default 0.75em).
 * @cssprop --task-board-quadrant-bg - Background of a quadrant.
 * @cssprop --task-board-card-bg - Background of a card.
 * @cssprop --task-board-max-height - Largest height of a quadrant's card area before it scrolls (default none).
 * @fires quota-task-move - A task is being moved: cancelable; `detail` `{ taskId, from, to, urgent, important, waitUntil(promise) }`.
 * @fires quota-select - A task's plan was opened; `detail` `{ widget: 'task-board', id }`.
 * @fires quota-load - Good data arrived.
 * @fires quota-error - Data was bad or could not be loaded; the last good data stays, marked stale.
 */
@customElement('quota-task-board')
export class QuotaTaskBoard extends QuotaDataElement<TaskBoardData, TaskBoardView> implements MoveHost, DragHost {
  static override styles = [
    ...(QuotaElement.styles as never[]),
    taskBoardStyles,
    quadrantStyles,
    cardStyles,
    movingStyles,
    planStyles,
    forcedColorStyles,
  ];

  /** For TV walls and read-only viewers: no moves, no menus, no filters controls (plans still open). */
  @property({ type: Boolean, reflect: true, attribute: 'readonly' }) readOnly = false;

  /** Hide done tasks (default: shown, dimmed, after the open ones). */
  @property({ type: Boolean, reflect: true, attribute: 'hide-done' }) hideDone = false;

  /** Show only the tasks of this owner (`who`); empty: everyone. The owner select sets it. */
  @property({ attribute: 'filter-owner' }) filterOwner?: string;

  /** Show only the tasks serving this target id; empty: all. The target select sets it. */
  @property({ attribute: 'filter-target' }) filterTarget?: string;

  /**
   * Seconds a move may wait for its `waitUntil()` promise (default 30; 0: no limit). After that the
   * task goes back with a message that the save did not finish, and it can be moved again; the
   * promise settling later changes nothing (if the save did land, the next data shows it).
   * Each move keeps the limit in effect when it was made.
   */
  @property({ type: Number, attribute: 'save-timeout' }) saveTimeout = 30;

  protected readonly loader = new DataController(this, TaskBoardDataSchema);
  /** @internal */
  readonly roving = new RovingFocusController(this);
  /** @internal */
  readonly moves = new MoveController(this);
  /** @internal */
  readonly drag = new DragController(this);
  private readonly keys = new BoardKeys(this);

  /** @internal The task picked up with the keyboard. */
  @state() grab: Grab | undefined;
  /** @internal The task whose "Move to…" menu is open. */
  @state() menuFor: string | undefined;
  @state() private planFor: string | undefined;
  /** @internal What the last render drew: the shape and each quadrant's task ids in order. */
  shape: BoardShape = { columns: 2, cardColumns: 1 };
  /** @internal */
  cells: string[][] = [[], [], [], []];
  private builtVersion = -1;
  private font = { width: -1, settings: undefined as unknown, px: 14 };
  private seen: { data: unknown; settings: unknown } = { data: undefined, settings: undefined };

  /** @internal */
  moveStrings(): TaskBoardStrings {
    return taskBoardStrings(this.settings.locale);
  }

  /** @internal */
  secondsText(seconds: number): string {
    return new Intl.NumberFormat(this.settings.locale, { style: 'unit', unit: 'second', unitDisplay: 'long', maximumFractionDigits: 1 }).format(seconds);
  }

  /** @internal */
  refocus(taskId: string): void {
    this.roving.focus(taskId);
  }

  /** @internal The task as shown (moves applied), shown or filtered out. */
  task(id: string): TaskCard | undefined {
    return this.view?.tasks.get(id);
  }

  /** @internal */
  canDrag(taskId: string): boolean {
    return !this.readOnly && !this.moves.isPending(taskId);
  }

  /** @internal */
  dropTask(taskId: string, to: number): void {
    const task = this.view?.tasks.get(taskId);
    const q = QUADRANTS[to];
    if (!task || !q) return;
    if (this.moveTask(task, q)) this.roving.focus(taskId);
  }

  /** @internal Moves a task (as shown now) to `to`; false when nothing moved. */
  moveTask(task: TaskCard, to: Quadrant): boolean {
    if (this.readOnly) return false;
    return this.moves.move(task, to);
  }

  /** @internal Opens the task's plan and tells the page which task was picked. */
  openPlan(taskId: string): void {
    this.menuFor = undefined;
    this.planFor = taskId;
    this.dispatchEvent(new QuotaSelectEvent({ widget: 'task-board', id: taskId }));
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('readOnly') && this.readOnly) {
      this.grab = undefined;
      this.menuFor = undefined;
    }
  }

  // Reconciles the moves with new data before the view is built from it.
  protected override update(changed: PropertyValues): void {
    const data = this.loader.value;
    if (data !== undefined && (data !== this.seen.data || this.settings !== this.seen.settings)) {
      this.seen = { data, settings: this.settings };
      this.moves.observe(dataQuadrants(data, boardAsOf(data, this.settings)));
    }
    super.update(changed);
  }

  protected override viewInputsChanged(changed: PropertyValues): boolean {
    return changed.has('hideDone') || changed.has('filterOwner') || changed.has('filterTarget') || this.moves.version !== this.builtVersion;
  }

  protected buildView(data: TaskBoardData, settings: ResolvedSettings): TaskBoardView {
    this.builtVersion = this.moves.version;
    return taskBoardView(data, settings, { overlay: this.moves.overlay, owner: this.filterOwner, target: this.filterTarget, hideDone: this.hideDone });
  }

  protected renderView(v: TaskBoardView) {
    const s = this.moveStrings();
    const f = this.formats(v.currency);
    const shape = (this.shape = boardShape(this.width.value ?? 0, this.fontPx(), this.readOnly ? READONLY_CARD_MIN_EM : CARD_MIN_EM));
    const quadrants = this.arrange(v);
    this.cells = quadrants.map((q) => q.tasks.map((t) => t.id));
    const keys = new Set([...QUADRANTS.map(headerKey), ...this.cells.flat()]);
    const first = this.cells.find((c) => c.length)?.[0] ?? headerKey('do');
    const active = this.roving.activeKey !== undefined && keys.has(this.roving.activeKey) ? this.roving.activeKey : first;
    const ctx: CardContext = {
      s, f, readOnly: this.readOnly, active, grabbed: this.grab?.taskId, dragging: this.drag.taskId, menuFor: this.menuFor,
      notice: (id) => this.moves.noticeFor(id),
    };
    const dropAt = this.grab ? QUADRANTS.indexOf(this.grab.over) : this.drag.over;
    const plan = this.planFor === undefined ? undefined : v.tasks.get(this.planFor);
    return html`${filtersBar(v, { owner: this.filterOwner, target: this.filterTarget, hideDone: this.hideDone, readOnly: this.readOnly }, s, f, this.onFilter)}
      ${noticeList(this.moves.notices, keys, s, (id) => this.moves.dismiss(id))}
      <div
        role="grid"
        part="board"
        class="board cols-${shape.columns} ${this.drag.taskId === undefined ? '' : 'is-dragging'}"
        aria-label=${v.label ?? s.board}
        aria-describedby="help"
        aria-readonly=${this.readOnly ? 'true' : 'false'}
        @keydown=${this.keys.onKeyDown}
        @click=${this.keys.onClick}
        @pointerdown=${this.keys.onPointerDown}
        @focusin=${this.keys.onFocusIn}
        @focusout=${this.keys.onFocusOut}
      >
        ${quadrants.map((q, i) => quadrantRow(q, i === dropAt && q.id !== this.originOf(), ctx))}
      </div>
      ${this.drag.taskId === undefined ? nothing : html`<div class="ghost" part="drag-ghost" aria-hidden="true">${v.tasks.get(this.drag.taskId)?.title}</div>`}
      <p id="help" class="visually-hidden">${this.readOnly ? s.helpReadonly : s.help}</p>
      <div part="announcer" class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this.moves.announcement}</div>
      ${planDialog(plan, s, f, this.onPlanClosed)}`;
  }

  /**
   * The board's font size in px (the tv theme scales it with the viewport),
   * read again only when the width or the settings change: reading it
   * forces style and layout, which on a big board costs more than the render.
   */
  private fontPx(): number {
    const width = this.width.value ?? 0;
    if (width !== this.font.width || this.settings !== this.font.settings) {
      this.font = { width, settings: this.settings, px: (width && Number.parseFloat(getComputedStyle(this).fontSize)) || 14 };
    }
    return this.font.px;
  }

  /** The quadrant the grabbed or dragged task started in. */
  private originOf(): Quadrant | undefined {
    if (this.grab) return this.grab.from;
    return this.drag.taskId === undefined ? undefined : this.view?.tasks.get(this.drag.taskId)?.quadrant;
  }

  /** The quadrants as drawn: a task picked up with the keyboard shows in the quadrant it is over, in sorted place. */
  private arrange(v: TaskBoardView): QuadrantView[] {
    const grab = this.grab;
    const card = grab && v.tasks.get(grab.taskId);
    if (!grab || !card) return v.quadrants;
    return v.quadrants.map((q) => {
      const tasks = q.tasks.filter((t) => t.id !== grab.taskId);
      if (q.id !== grab.over) return tasks.length === q.tasks.length ? q : { ...q, tasks };
      return { ...q, tasks: [...tasks, { ...card, quadrant: grab.over }].sort(compareTasks) };
    });
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const dialog = this.renderRoot.querySelector<HTMLDialogElement>('dialog.plan');
    const hasPlan = this.planFor !== undefined && this.view?.tasks.has(this.planFor);
    if (dialog && hasPlan && !dialog.open) dialog.showModal();
    else if (dialog?.open && !hasPlan) dialog.close();
    this.keys.afterRender();
    // Card columns per quadrant, through the CSSOM: a style attribute (even styleMap's first render) breaks strict CSP.
    this.renderRoot.querySelector<HTMLElement>('.board')?.style.setProperty('--_card-columns', String(this.shape.cardColumns));
  }

  private readonly onPlanClosed = (): void => {
    const id = this.planFor;
    this.planFor = undefined;
    if (id !== undefined) this.roving.focus(id);
  };

  private readonly onFilter = (event: Event): void => {
    const input = event.target as HTMLInputElement | HTMLSelectElement;
    const which = input.dataset.filter;
    if (which === 'owner') this.filterOwner = input.value || undefined;
    else if (which === 'target') this.filterTarget = input.value || undefined;
    else if (which === 'hide-done') this.hideDone = (input as HTMLInputElement).checked;
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'quota-task-board': QuotaTaskBoard;
  }
}
