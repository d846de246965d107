// "Simulate live data" for the demo board: a deterministic day-by-day
// simulation on top of sampleData(). Each step moves `asOf` one day on;
// reps close deals in lumps (so ranks change), the funnel fills, tasks
// arrive and get done, due dates come closer (so tasks turn urgent). The
// state holds numbers only; `liveSample()` dresses it in the names and texts
// of a locale, so switching language keeps the simulated figures.
import { addDays, type SampleData, type Task } from '@quota/domain';

/** A task the simulation added: which template, about which rep, due when. */
export interface LiveTask {
  id: string;
  template: number;
  repId: string;
  when: string;
  done: boolean;
}

/** What the host saved for a task the user moved on the board (urgent/important set by hand). */
export interface TaskFlags {
  urgent: boolean;
  important: boolean;
}

export interface LiveState {
  seed: number;
  /** Days simulated since the sample's own `asOf`. */
  step: number;
  asOf: string;
  /** Rep id → actual to date. */
  actuals: Record<string, number>;
  /** Per funnel stage (sample order): count and amount; per loss reason: count and amount. */
  stages: { count: number; amount: number }[];
  lost: { count: number; amount: number }[];
  tasks: LiveTask[];
  /** Ids of the sample's own tasks done since. */
  done: string[];
  /** Moves the user made on the task board, kept across updates (the host owns persistence). */
  moves: Record<string, TaskFlags>;
}

/** Tasks that arrive while the simulation runs; `{rep}` is the rep's name. */
export const LIVE_TASKS: { en: string; zh: string; why: { en: string; zh: string }; important: boolean; due: number }[] = [
  { en: 'Call back {rep}’s hot lead', zh: '回访{rep}的高意向线索', why: { en: 'A lead asked for a quote today', zh: '线索今天要求报价' }, important: true, due: 1 },
  { en: 'Review {rep}’s discount request', zh: '审核{rep}的折扣申请', why: { en: 'Discount above the authorised 15%', zh: '折扣超出15%授权' }, important: true, due: 2 },
  { en: 'Update {rep}’s CRM pipeline', zh: '更新{rep}的CRM商机', why: { en: 'Close dates are out of date', zh: '预计成交日期已过期' }, important: false, due: 2 },
  { en: 'Prepare {rep}’s proposal deck', zh: '准备{rep}的方案材料', why: { en: 'Proposal meeting next week', zh: '下周方案会议' }, important: true, due: 6 },
  { en: 'Book the trade-show booth with {rep}', zh: '与{rep}预订展会展位', why: { en: 'Early-bird price ends soon', zh: '早鸟价即将截止' }, important: false, due: 9 },
  { en: 'Coach {rep} on negotiation', zh: '辅导{rep}谈判技巧', why: { en: 'Negotiation stage is stalling', zh: '谈判阶段停滞' }, important: true, due: 12 },
];

/** At most this many simulated tasks stay on the board (older ones get done, then dropped). */
const MAX_LIVE_TASKS = 6;

/** mulberry32: the same seed, the same sequence (never Math.random). */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const round100 = (n: number): number => Math.round(n / 100) * 100;

/** The simulation's start: the sample's own numbers at its `asOf`. */
export function startLive(base: SampleData, seed = 1): LiveState {
  const actuals: Record<string, number> = {};
  for (const e of base.leaderboard.entries) actuals[e.id] = e.actual;
  return {
    seed,
    step: 0,
    asOf: base.asOf,
    actuals,
    stages: base.funnel.stages.map((s) => ({ count: s.count, amount: s.amount ?? 0 })),
    lost: (base.funnel.lost ?? []).map((l) => ({ count: l.count, amount: l.amount ?? 0 })),
    tasks: [],
    done: [],
    moves: {},
  };
}

/**
 * One day later. Pure: returns a new state. After the period's last day the
 * simulation starts over from the sample (the next quarter would be a new
 * target); moves the user made are kept.
 */
export function advance(state: LiveState, base: SampleData): LiveState {
  if (state.asOf >= base.period.end) return { ...startLive(base, state.seed + 1), moves: state.moves };
  const step = state.step + 1;
  const rnd = random(Math.imul(state.seed, 0x9e3779b1) ^ Math.imul(step, 0x85ebca6b));
  const asOf = addDays(state.asOf, 1);

  // Deals close in lumps: on about one day in twelve a rep closes 4–16% of
  // target (more for reps already ahead), so the order shifts as days pass.
  const actuals = { ...state.actuals };
  let wonCount = 0;
  let wonAmount = 0;
  for (const entry of base.leaderboard.entries) {
    const form = Math.min(1.6, Math.max(0.5, entry.actual / Math.max(1, entry.target) / 0.5));
    if (rnd() < 0.085) {
      const amount = round100(entry.target * (0.04 + 0.12 * rnd()) * form);
      actuals[entry.id] = (actuals[entry.id] ?? 0) + amount;
      wonCount++;
      wonAmount += amount;
    }
  }

  // The funnel fills from the top; the last stage gains the deals won today
  // (so its amount stays the sum of the reps' actuals); no stage outgrows the one above.
  const last = state.stages.length - 1;
  const stages = state.stages.map((s) => ({ ...s }));
  let arriving = 24 + Math.floor(rnd() * 16);
  stages.forEach((s, i) => {
    const size = s.count > 0 ? s.amount / s.count : 0;
    const added = i === last ? wonCount : i === 0 ? arriving : Math.round(arriving * (0.3 + 0.5 * rnd()));
    s.count += added;
    s.amount = i === last ? s.amount + wonAmount : round100(s.amount + added * size);
    arriving = added;
  });
  for (let i = 1; i < stages.length; i++) stages[i]!.count = Math.min(stages[i]!.count, stages[i - 1]!.count);
  const lost = state.lost.map((l) => ({ ...l }));
  if (lost.length && rnd() < 0.5) {
    const l = lost[Math.floor(rnd() * lost.length)]!;
    l.amount = round100(l.amount + (l.count ? l.amount / l.count : 0));
    l.count++;
  }

  // A task arrives every other day; the oldest are done once there are too many.
  let tasks = state.tasks.map((t) => ({ ...t }));
  if (step % 2 === 1) {
    const template = Math.floor(rnd() * LIVE_TASKS.length);
    const entries = base.leaderboard.entries;
    const rep = entries[Math.floor(rnd() * entries.length)]!;
    tasks.push({ id: `live-${String(step).padStart(3, '0')}`, template, repId: rep.id, when: addDays(asOf, LIVE_TASKS[template]!.due), done: false });
  }
  const open = tasks.filter((t) => !t.done);
  if (open.length > MAX_LIVE_TASKS) open[0]!.done = true;
  tasks = tasks.filter((t, i) => !t.done || i >= tasks.length - MAX_LIVE_TASKS * 2);
  // Most days someone clears the most overdue task of the plan (some stay overdue).
  const done = [...state.done];
  const overdue = base.tasks.tasks.filter((t) => !t.done && !done.includes(t.id) && t.when !== undefined && t.when < asOf);
  overdue.sort((a, b) => a.when!.localeCompare(b.when!));
  if (overdue.length > 2 && rnd() < 0.6) done.push(overdue[0]!.id);

  return { ...state, step, asOf, actuals, stages, lost, tasks, done, moves: state.moves };
}

/** The state with a task move the host saved: it stays put on later updates. */
export function withMove(state: LiveState, taskId: string, flags: TaskFlags): LiveState {
  return { ...state, moves: { ...state.moves, [taskId]: flags } };
}

/**
 * The sample for `state` in the names and texts of `base`'s locale: every
 * widget's data, consistent with each other (the gauge's actual is the sum
 * of the reps', so is the funnel's won amount).
 */
export function liveSample(state: LiveState, base: SampleData): SampleData {
  const zh = base.locale === 'zh-CN';
  const actualOf = (id: string, fallback: number) => state.actuals[id] ?? fallback;
  let total = 0;
  for (const e of base.leaderboard.entries) total += actualOf(e.id, e.actual);

  const targetTree = structuredClone(base.targetTree);
  const stack = [targetTree];
  while (stack.length) {
    const node = stack.pop()!;
    if (node.children?.length) stack.push(...node.children);
    else if (node.id in state.actuals) node.actual = state.actuals[node.id];
  }

  const names = new Map(base.leaderboard.entries.map((e) => [e.id, e.name]));
  const arrived: Task[] = state.tasks.map((t) => {
    const template = LIVE_TASKS[t.template]!;
    const name = names.get(t.repId) ?? t.repId;
    const task: Task = {
      id: t.id,
      title: (zh ? template.zh : template.en).replace('{rep}', name),
      why: zh ? template.why.zh : template.why.en,
      who: name,
      when: t.when,
      important: template.important,
      targetId: t.repId,
    };
    if (t.done) task.done = true;
    return task;
  });
  const tasks = [...base.tasks.tasks.map((t) => (state.done.includes(t.id) ? { ...t, done: true } : t)), ...arrived].map((t) =>
    state.moves[t.id] ? { ...t, ...state.moves[t.id] } : t,
  );
  const targets = [...(base.tasks.targets ?? [])];
  for (const t of state.tasks) if (!targets.some((x) => x.id === t.repId)) targets.push({ id: t.repId, name: names.get(t.repId) ?? t.repId });

  return {
    ...base,
    asOf: state.asOf,
    gauge: {
      ...base.gauge,
      actual: total,
      asOf: state.asOf,
      pipeline: base.gauge.pipeline?.filter((d) => !d.closeDate || d.closeDate >= state.asOf),
    },
    funnel: {
      ...base.funnel,
      stages: base.funnel.stages.map((s, i) => ({ ...s, count: state.stages[i]?.count ?? s.count, amount: state.stages[i]?.amount ?? s.amount })),
      lost: base.funnel.lost?.map((l, i) => ({ ...l, count: state.lost[i]?.count ?? l.count, amount: state.lost[i]?.amount ?? l.amount })),
    },
    targetTree,
    tasks: { ...base.tasks, tasks, targets, asOf: state.asOf },
    leaderboard: {
      ...base.leaderboard,
      asOf: state.asOf,
      entries: base.leaderboard.entries.map((e) => ({ ...e, actual: actualOf(e.id, e.actual) })),
    },
  };
}
