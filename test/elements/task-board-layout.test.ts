import { expect } from 'chai';
import { classifyTasks, sampleData, type TaskBoardData } from '@quota/domain';
import { boardShape, neighbourQuadrant, nextCell, quadrantAt, type BoardShape } from '../../packages/elements/src/task-board/layout.js';
import { confirmMove, dropMove, reconcile, startMove, withMoves, type MoveOverlay } from '../../packages/elements/src/task-board/moves.js';
import { compareTasks, dataQuadrants, taskBoardView } from '../../packages/elements/src/task-board/view.js';
import type { ResolvedSettings } from '../../packages/elements/src/core/settings.js';

const settings = { locale: 'en-US', currency: undefined, asOf: '2025-02-14', tiers: [] } as unknown as ResolvedSettings;
const none: MoveOverlay = new Map();

describe('task board layout', () => {
  it('boardShape() keeps the 2 × 2 matrix on desktops, stacks on phones and with a large font, and fits card columns on a wall', () => {
    expect(boardShape(0)).to.deep.equal({ columns: 2, cardColumns: 1 });
    expect(boardShape(1000)).to.deep.equal({ columns: 2, cardColumns: 1 });
    expect(boardShape(390).columns).to.equal(1);
    expect(boardShape(599).columns).to.equal(1);
    expect(boardShape(600).columns).to.equal(2);
    expect(boardShape(980, 32).columns, 'tv font in a 980 px column').to.equal(1);
    const wall = boardShape(2560, 32);
    expect(wall.columns).to.equal(2);
    expect(wall.cardColumns).to.equal(1);
    expect(boardShape(2560, 32, 16).cardColumns, 'read-only cards are narrower').to.equal(2);
    expect(boardShape(1920, 24, 16)).to.deep.equal({ columns: 2, cardColumns: 2 });
    expect(boardShape(3840, 32).cardColumns).to.equal(2);
    expect(boardShape(1100, 14).cardColumns).to.equal(1);
    expect(boardShape(1920, 14).cardColumns).to.equal(3);
    expect(boardShape(2560, 14).cardColumns).to.equal(4);
  });

  it('nextCell() follows the screen: down a quadrant, into the one below, across to the one beside', () => {
    const shape: BoardShape = { columns: 2, cardColumns: 1 };
    const counts = [3, 1, 0, 2];
    expect(nextCell({ q: 0, i: -1 }, 'ArrowDown', shape, counts)).to.deep.equal({ q: 0, i: 0 });
    expect(nextCell({ q: 0, i: 2 }, 'ArrowDown', shape, counts)).to.deep.equal({ q: 2, i: -1 });
    expect(nextCell({ q: 2, i: -1 }, 'ArrowDown', shape, counts), 'empty quadrant at the bottom').to.equal(undefined);
    expect(nextCell({ q: 2, i: -1 }, 'ArrowUp', shape, counts)).to.deep.equal({ q: 0, i: 2 });
    expect(nextCell({ q: 0, i: 0 }, 'ArrowUp', shape, counts)).to.deep.equal({ q: 0, i: -1 });
    expect(nextCell({ q: 0, i: -1 }, 'ArrowUp', shape, counts)).to.equal(undefined);
    expect(nextCell({ q: 0, i: 2 }, 'ArrowRight', shape, counts), 'clamped to the last task beside').to.deep.equal({ q: 1, i: 0 });
    expect(nextCell({ q: 1, i: 0 }, 'ArrowRight', shape, counts)).to.equal(undefined);
    expect(nextCell({ q: 3, i: 1 }, 'ArrowLeft', shape, counts), 'into an empty quadrant: its header').to.deep.equal({ q: 2, i: -1 });
    expect(nextCell({ q: 1, i: -1 }, 'ArrowLeft', shape, counts)).to.deep.equal({ q: 0, i: -1 });
    expect(nextCell({ q: 0, i: 1 }, 'Home', shape, counts)).to.deep.equal({ q: 0, i: -1 });
    expect(nextCell({ q: 0, i: 0 }, 'End', shape, counts)).to.deep.equal({ q: 0, i: 2 });
    expect(nextCell({ q: 1, i: 0 }, 'End', shape, counts, true)).to.deep.equal({ q: 3, i: 1 });
    expect(nextCell({ q: 3, i: 1 }, 'Home', shape, counts, true)).to.deep.equal({ q: 0, i: -1 });
    expect(nextCell({ q: 0, i: 0 }, 'x', shape, counts)).to.equal(undefined);
  });

  it('nextCell() moves by card rows and columns when a quadrant holds several columns', () => {
    const shape: BoardShape = { columns: 2, cardColumns: 3 };
    const counts = [7, 2, 1, 0];
    expect(nextCell({ q: 0, i: 1 }, 'ArrowDown', shape, counts)).to.deep.equal({ q: 0, i: 4 });
    expect(nextCell({ q: 0, i: 5 }, 'ArrowDown', shape, counts), 'a shorter last row: its last card').to.deep.equal({ q: 0, i: 6 });
    expect(nextCell({ q: 0, i: 6 }, 'ArrowDown', shape, counts)).to.deep.equal({ q: 2, i: -1 });
    expect(nextCell({ q: 0, i: 4 }, 'ArrowUp', shape, counts)).to.deep.equal({ q: 0, i: 1 });
    expect(nextCell({ q: 0, i: 0 }, 'ArrowRight', shape, counts)).to.deep.equal({ q: 0, i: 1 });
    expect(nextCell({ q: 0, i: 2 }, 'ArrowRight', shape, counts), 'end of a card row: the quadrant beside').to.deep.equal({ q: 1, i: 0 });
    expect(nextCell({ q: 1, i: 0 }, 'ArrowLeft', shape, counts)).to.deep.equal({ q: 0, i: 2 });
    expect(nextCell({ q: 0, i: 3 }, 'ArrowLeft', shape, counts)).to.equal(undefined);
  });

  it('nextCell() runs through the stacked quadrants with Up and Down on a phone', () => {
    const shape: BoardShape = { columns: 1, cardColumns: 1 };
    const counts = [1, 0, 1, 1];
    expect(nextCell({ q: 0, i: 0 }, 'ArrowDown', shape, counts)).to.deep.equal({ q: 1, i: -1 });
    expect(nextCell({ q: 1, i: -1 }, 'ArrowDown', shape, counts)).to.deep.equal({ q: 2, i: -1 });
    expect(nextCell({ q: 2, i: -1 }, 'ArrowUp', shape, counts)).to.deep.equal({ q: 1, i: -1 });
    expect(nextCell({ q: 2, i: 0 }, 'ArrowRight', shape, counts)).to.equal(undefined);
  });

  it('neighbourQuadrant() carries a picked-up task across the matrix, and through the stack on a phone', () => {
    expect(neighbourQuadrant(0, 'ArrowRight', 2)).to.equal(1);
    expect(neighbourQuadrant(0, 'ArrowDown', 2)).to.equal(2);
    expect(neighbourQuadrant(3, 'ArrowUp', 2)).to.equal(1);
    expect(neighbourQuadrant(3, 'ArrowLeft', 2)).to.equal(2);
    expect(neighbourQuadrant(1, 'ArrowRight', 2)).to.equal(undefined);
    expect(neighbourQuadrant(0, 'ArrowUp', 2)).to.equal(undefined);
    expect(neighbourQuadrant(1, 'ArrowDown', 1)).to.equal(2);
    expect(neighbourQuadrant(1, 'ArrowLeft', 1)).to.equal(0);
    expect(neighbourQuadrant(3, 'ArrowRight', 1)).to.equal(undefined);
  });

  it('quadrantAt() finds the rect under a point, or the nearest within the slop', () => {
    const rects = [
      { left: 0, top: 0, right: 100, bottom: 100 },
      { left: 110, top: 0, right: 210, bottom: 100 },
    ];
    expect(quadrantAt(50, 50, rects)).to.equal(0);
    expect(quadrantAt(150, 50, rects)).to.equal(1);
    expect(quadrantAt(105, 50, rects), 'in the gap: nearest').to.be.oneOf([0, 1]);
    expect(quadrantAt(230, 50, rects)).to.equal(1);
    expect(quadrantAt(400, 50, rects)).to.equal(-1);
  });
});

describe('task board moves overlay', () => {
  const data = (): TaskBoardData => structuredClone(sampleData(7).tasks);
  const move = { seq: 1, taskId: 'task-09', title: 'Clean up duplicate leads', from: 'drop', to: 'schedule' } as const;

  it('withMoves() pins the moved task to its new quadrant with absolute flags, so applying it twice changes nothing', () => {
    const overlay = startMove(none, move);
    const once = withMoves(data().tasks, overlay);
    const twice = withMoves(once, overlay);
    const q = (tasks: readonly TaskBoardData['tasks'][number][]) => classifyTasks({ ...data(), tasks: [...tasks] }).find((t) => t.id === 'task-09')!.quadrant;
    expect(q(data().tasks)).to.equal('drop');
    expect(q(once)).to.equal('schedule');
    expect(twice).to.deep.equal(once);
    expect(withMoves(data().tasks, none)).to.have.length(16);
  });

  it('keeps a pending move whatever the data says, and drops a confirmed one once the data shows it', () => {
    let overlay = startMove(none, move);
    const stale = dataQuadrants(data(), '2025-02-14');
    expect(reconcile(overlay, stale, 0).overlay.get('task-09')?.state).to.equal('pending');
    overlay = confirmMove(overlay, 1, 1000);
    expect(reconcile(overlay, stale, 2000).overlay.get('task-09')?.state, 'data from before the save').to.equal('confirmed');
    const saved = data();
    Object.assign(saved.tasks.find((t) => t.id === 'task-09')!, { urgent: false, important: true });
    const result = reconcile(overlay, dataQuadrants(saved, '2025-02-14'), 3000);
    expect(result.overlay.size).to.equal(0);
    expect(result.superseded).to.deep.equal([]);
  });

  it('lets data that still contradicts a confirmed move after the hold win, and reports it', () => {
    const overlay = confirmMove(startMove(none, move), 1, 1000);
    const stale = dataQuadrants(data(), '2025-02-14');
    expect(reconcile(overlay, stale, 1000 + 15_000).overlay.size).to.equal(1);
    const late = reconcile(overlay, stale, 1000 + 15_001);
    expect(late.overlay.size).to.equal(0);
    expect(late.superseded.map((m) => m.taskId)).to.deep.equal(['task-09']);
  });

  it('drops a confirmed move whose task left the data, without a report', () => {
    const overlay = confirmMove(startMove(none, move), 1, 0);
    const result = reconcile(overlay, new Map(), 1);
    expect(result.overlay.size).to.equal(0);
    expect(result.superseded).to.deep.equal([]);
  });

  it('brings back the confirmed move a failed later move replaced; ignores settling a move that is gone', () => {
    let overlay = confirmMove(startMove(none, move), 1, 0);
    overlay = startMove(overlay, { ...move, seq: 2, from: 'schedule', to: 'do' });
    expect(() => startMove(overlay, { ...move, seq: 3 })).to.throw('pending move');
    const back = dropMove(overlay, 2);
    expect(back.get('task-09')).to.include({ seq: 1, to: 'schedule', state: 'confirmed' });
    expect(dropMove(back, 2)).to.equal(back);
    expect(confirmMove(back, 2, 5)).to.equal(back);
  });

  it('forgets the replaced move once the data shows it, so a failure then goes back to the data', () => {
    let overlay = confirmMove(startMove(none, move), 1, 0);
    overlay = startMove(overlay, { ...move, seq: 2, from: 'schedule', to: 'do' });
    const saved = data();
    Object.assign(saved.tasks.find((t) => t.id === 'task-09')!, { urgent: false, important: true });
    overlay = reconcile(overlay, dataQuadrants(saved, '2025-02-14'), 10).overlay;
    expect(overlay.get('task-09')?.previous).to.equal(undefined);
    expect(dropMove(overlay, 2).size).to.equal(0);
  });
});

describe('taskBoardView()', () => {
  const data = (): TaskBoardData => structuredClone(sampleData(7).tasks);

  it('classifies with the domain, sums how much per quadrant and names targets', () => {
    const v = taskBoardView(data(), settings, { overlay: none });
    const classified = classifyTasks(data());
    for (const q of v.quadrants) {
      const expected = classified.filter((t) => t.quadrant === q.id);
      expect(q.tasks.map((t) => t.id).sort()).to.deep.equal(expected.map((t) => t.id).sort());
      expect(q.total.howMuch).to.equal(expected.reduce((n, t) => n + (t.howMuch ?? 0), 0));
    }
    expect(v.tasks.get('task-02')).to.include({ overdue: true, severity: 'warning', targetName: 'Hangzhou team' });
    expect(v.owners[0]).to.equal('Aiden Roberts');
    expect(v.all).to.equal(16);
  });

  it('filters by owner, target and done, counting only what shows', () => {
    const v = taskBoardView(data(), settings, { overlay: none, target: 'company', hideDone: true });
    expect(v.shown).to.equal(1);
    expect(v.quadrants[0]!.tasks.map((t) => t.id)).to.deep.equal(['task-01']);
    expect(v.quadrants[0]!.total.count).to.equal(1);
    const mine = taskBoardView(data(), settings, { overlay: none, owner: 'Zoe Garcia' });
    expect(mine.shown).to.equal(1);
  });

  it('sorts open before done, then by due date, then by importance, then by how much', () => {
    const d: TaskBoardData = {
      asOf: '2025-02-14',
      targets: [{ id: 'x', name: 'X' }],
      tasks: [
        { id: 'late', title: 'A', when: '2025-03-01', important: true },
        { id: 'none', title: 'B', important: true },
        { id: 'target', title: 'C', when: '2025-03-01', important: true, targetId: 'x' },
        { id: 'soon', title: 'D', when: '2025-02-20', important: true },
        { id: 'done', title: 'E', when: '2025-02-15', important: true, urgent: false, done: true },
        { id: 'rich', title: 'F', when: '2025-03-01', important: true, howMuch: 100 },
      ],
    };
    const v = taskBoardView(d, settings, { overlay: none });
    expect(v.quadrants[1]!.tasks.map((t) => t.id)).to.deep.equal(['soon', 'target', 'rich', 'late', 'none', 'done']);
    expect([...v.quadrants[1]!.tasks].sort(compareTasks).map((t) => t.id)).to.deep.equal(['soon', 'target', 'rich', 'late', 'none', 'done']);
  });
});
