import type { TargetNode } from '../schemas/target-tree.js';
import { apportion } from './apportion.js';
import { STREAM, type SampleContext } from './context.js';
import { PEOPLE, personName } from './names.js';
import { COMPANY, REGIONS, teamName, type Region } from './places.js';
import { randomFor } from './random.js';

/** Targets are whole multiples of this many currency units. */
const UNIT = 1000;
/** Reps per team, on average; a product line or segment with at most `TEAM_MAX` reps has no teams. */
const TEAM_SIZE = 8;
const TEAM_MAX = 12;
/** How far the deliberately mismatched team's rep targets add up over its own target. */
export const MISMATCH_SHARE = 0.03;

/** A rep of the sample organisation: the tree leaf and the facts other parts need. */
export interface OrgRep {
  id: string;
  /** Position in tree order, 0-based. */
  index: number;
  name: string;
  /** Name of the rep's team (or product line / segment when it has no teams). */
  team: string;
  teamId: string;
  target: number;
  node: TargetNode;
}

export interface Org {
  tree: TargetNode;
  reps: OrgRep[];
  /** The team whose reps' targets add up {@link MISMATCH_SHARE} over the team's target. */
  mismatchTeamId: string;
}

const teamsFor = (reps: number): number => Math.max(1, Math.ceil(reps / TEAM_SIZE));

/**
 * The organisation and its targets (no actuals): company (with a 4% reserve)
 * → regions by share → teams (North via product lines, other regions via
 * customer segments) → reps. Every list of children adds up exactly to its
 * parent's target minus reserve, except the mismatch team (East's second
 * team, or its first when East has one).
 */
export function buildOrg(ctx: SampleContext): Org {
  const rng = randomFor(ctx.seed, STREAM.org);
  const { locale } = ctx;
  const nameOffset = rng.index(PEOPLE);
  const target = ctx.reps * rng.int(68, 82) * 10_000;
  const reserve = Math.round((target * 0.04) / 10_000) * 10_000;
  const tree: TargetNode = {
    id: 'company', name: COMPANY[locale], level: 'company', split: 'region', period: ctx.period, target, reserve, children: [],
  };
  const reps: OrgRep[] = [];
  const width = Math.max(3, String(ctx.reps).length);
  const shares = REGIONS.map((r) => r.share);
  const regionReps = apportion(ctx.reps, shares);
  const regionUnits = apportion((target - reserve) / UNIT, shares);
  const mismatchTeamId = teamsFor(regionReps[0]!) > 1 ? 'east-t2' : 'east-t1';

  const addReps = (parent: TargetNode, team: string, count: number, units: number): void => {
    const weights = Array.from({ length: count }, () => rng.between(0.7, 1.3));
    const targets = apportion(units, weights);
    parent.split = 'org';
    parent.children = [];
    for (let k = 0; k < count; k++) {
      const index = reps.length;
      const id = `rep-${String(index + 1).padStart(width, '0')}`;
      const node: TargetNode = { id, name: personName(index, nameOffset, locale), level: 'rep', target: targets[k]! * UNIT };
      parent.children.push(node);
      reps.push({ id, index, name: node.name, team, teamId: parent.id, target: node.target!, node });
    }
  };

  const addTeams = (region: Region, parent: TargetNode, count: number, units: number, next: { team: number }): void => {
    const counts = apportion(count, Array.from({ length: teamsFor(count) }, () => 1));
    const targets = apportion(units, counts.map((c) => c * rng.between(0.9, 1.1)));
    parent.split = 'org';
    parent.children = counts.map((c, t) => {
      const team: TargetNode = { id: `${parent.id}-t${t + 1}`, name: teamName(region, next.team++, locale), level: 'team', target: targets[t]! * UNIT };
      const repUnits = team.id === mismatchTeamId ? Math.round(targets[t]! * (1 + MISMATCH_SHARE)) : targets[t]!;
      addReps(team, team.name, c, repUnits);
      return team;
    });
  };

  REGIONS.forEach((region, r) => {
    const node: TargetNode = {
      id: region.id, name: region.name[locale], level: 'region', weight: region.share, target: regionUnits[r]! * UNIT,
    };
    tree.children!.push(node);
    const next = { team: 0 };
    if (!region.segments) return addTeams(region, node, regionReps[r]!, regionUnits[r]!, next);
    node.split = region.split;
    const segmentShares = region.segments.map((s) => s.share);
    const counts = apportion(regionReps[r]!, segmentShares, 1);
    const units = apportion(regionUnits[r]!, segmentShares);
    node.children = region.segments.map((segment, s) => {
      const child: TargetNode = {
        id: `${region.id}-${segment.id}`, name: segment.name[locale], level: region.split === 'product' ? 'product-line' : 'segment',
        weight: segment.share, target: units[s]! * UNIT,
      };
      const team = locale === 'zh-CN' ? `${node.name}·${child.name}` : `${node.name} · ${child.name}`;
      if (counts[s]! <= TEAM_MAX) addReps(child, team, counts[s]!, units[s]!);
      else addTeams(region, child, counts[s]!, units[s]!, next);
      return child;
    });
  });
  return { tree, reps, mismatchTeamId };
}
