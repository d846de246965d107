import type { Quality } from '../quality.js';
import { clamp } from '../stats.js';
import { STREAM, type SampleContext } from './context.js';
import { monthResults, OUTLIER_FACTOR, quarterHistory } from './history.js';
import type { Org, OrgRep } from './org.js';
import { randomFor, type Random } from './random.js';

/** A rep with results: what the tree leaf and the leaderboard entry are made of. */
export interface SampleRep extends OrgRep {
  actual: number;
  tenureMonths: number;
  /** Joined this quarter: no previous rank, no history. */
  newcomer: boolean;
  /**
   * Past quarters' results by the same day of the quarter, oldest first, so
   * they compare with `actual` (every rep but newcomers; the tree shows a few).
   */
  history?: number[];
  quality?: Quality;
}

/** Which reps play which part in the sample (ids). */
export interface SampleCast {
  /**
   * Over 120% of target from mid-period on (122–145%; earlier, that times
   * twice the elapsed share); the first bought it with a discount beyond
   * authorisation.
   */
  stars: string[];
  /** Far behind pace: under half of it (a critical `behind-pace`). */
  laggards: string[];
  /** Exactly the same attainment. */
  tie: string[];
  newcomers: string[];
  /** Its actual is an outlier against its own history (2.4 × its usual result by this day). */
  outlier: string;
  /** Its last three months deviate over 30% from target. */
  streak: string;
  /** Its discount breaks the 15% rule. */
  breach: string;
}

const ROLES = ['star', 'star', 'laggard', 'laggard', 'tie', 'tie', 'newcomer', 'newcomer', 'outlier', 'streak'] as const;
type Role = (typeof ROLES)[number];
const round100 = (n: number): number => Math.round(n / 100) * 100;
const round3 = (n: number): number => Math.round(n * 1000) / 1000;
/** Attainment ÷ pace = team (1 ± 8%) × rep (1.03 ± 17%): ~25% of reps behind pace, ~10% under 80%, few but laggards under half. */
const [TEAM_SPREAD, PACE_MEAN, REP_SPREAD] = [0.08, 1.03, 0.17];

/**
 * Actuals (leaves only), tenure, history, monthly periods and quality for
 * every rep of `org`, written into its tree leaves too. Attainment is pace ×
 * a team factor × a personal factor (about a quarter of reps behind pace);
 * ten distinct reps get a part (see {@link SampleCast}). The tied pair's
 * attainment is k/1000 exactly, and targets are multiples of 1,000, so their
 * actuals are whole and their attainments equal to the last bit.
 */
export function addPerformance(ctx: SampleContext, org: Org): { reps: SampleRep[]; cast: SampleCast } {
  const rng = randomFor(ctx.seed, STREAM.performance);
  const picks = rng.distinct(ROLES.length, org.reps.length);
  const roles = new Map<number, Role>(picks.map((index, i) => [index, ROLES[i]!]));
  const tieShare = Math.max(1, Math.round(ctx.pace * 1000 * rng.between(0.92, 1.04)));
  const teamFactors = new Map<string, number>();
  const reps = org.reps.map((rep): SampleRep => {
    let teamFactor = teamFactors.get(rep.teamId);
    if (teamFactor === undefined) teamFactors.set(rep.teamId, (teamFactor = clamp(1 + TEAM_SPREAD * rng.normal(), 0.82, 1.18)));
    const role = roles.get(rep.index);
    let actual = round100(rep.target * ctx.pace * clamp(teamFactor * (PACE_MEAN + REP_SPREAD * rng.normal()), 0.2, 2.2));
    if (role === 'star') actual = round100(rep.target * rng.between(1.22, 1.45) * Math.min(1, 2 * ctx.pace));
    else if (role === 'laggard') actual = round100(rep.target * ctx.pace * rng.between(0.3, 0.48));
    else if (role === 'tie') actual = (rep.target / 1000) * tieShare;
    else if (role === 'outlier') actual = round100(rep.target * ctx.pace * OUTLIER_FACTOR);
    const newcomer = role === 'newcomer';
    const tenure = rng.int(7, 96);
    const tenureMonths = newcomer ? rng.int(1, 2) : role === 'outlier' ? Math.max(tenure, 30) : tenure;
    const { id, index, name, team, teamId, target, node } = rep;
    // Spelled out: an object spread here is ten times slower for 10,000 reps.
    const out: SampleRep = { id, index, name, team, teamId, target, node, actual, newcomer, tenureMonths };
    node.actual = actual;
    if (!newcomer) {
      const usual = role === 'outlier' ? rep.target * ctx.pace * rng.between(0.9, 1.05) : actual * rng.between(0.9, 1.1);
      out.history = quarterHistory(rng, usual, Math.min(8, Math.floor(tenureMonths / 3)));
    }
    if (!newcomer && (rep.index % 6 === 3 || role === 'outlier')) node.history = out.history!.slice();
    if (!newcomer && (rep.index % 6 === 3 || role === 'streak')) {
      node.periods = monthResults(rng, rep.target, role === 'streak', ctx.year, ctx.quarter, ctx.locale);
    }
    if (rep.index % 4 === 1 || rep.index === picks[0]) node.quality = out.quality = quality(rng, rep.index === picks[0]);
    return out;
  });
  const idOf = (i: number): string => org.reps[picks[i]!]!.id;
  const cast = {
    stars: [idOf(0), idOf(1)], laggards: [idOf(2), idOf(3)], tie: [idOf(4), idOf(5)], newcomers: [idOf(6), idOf(7)],
    outlier: idOf(8), streak: idOf(9), breach: idOf(0),
  };
  return { reps, cast };
}

/** Quality facts inside the default rules; with `breach`, a discount of 18–24% (over the 15% authorisation). */
function quality(rng: Random, breach: boolean): Quality {
  const discount = round3(breach ? rng.between(0.18, 0.24) : rng.between(0.02, 0.13));
  return { discount, grossMargin: round3(rng.between(0.24, 0.42)), paymentTermBreaches: 0, complaintRate: round3(rng.between(0, 0.018)) };
}
