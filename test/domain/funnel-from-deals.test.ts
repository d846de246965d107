import { expect } from 'chai';
import fc from 'fast-check';
import { funnelFromDeals, funnelMetrics } from '../../packages/domain/src/index.js';

const stages = [
  { id: 'lead', name: 'Leads' },
  { id: 'opportunity', name: 'Opportunities' },
  { id: 'proposal', name: 'Proposals' },
  { id: 'won', name: 'Won' },
];

describe('funnelFromDeals()', () => {
  it('counts a deal in every stage up to the furthest it reached, with amounts', () => {
    const { data } = funnelFromDeals(
      [
        { amount: 10, stage: 'lead' },
        { amount: 20, stage: 'proposal' },
        { amount: 30, stage: 'won' },
      ],
      stages,
    );
    expect(data.stages.map((s) => [s.id, s.count, s.amount])).to.deep.equal([
      ['lead', 3, 60],
      ['opportunity', 2, 50],
      ['proposal', 2, 50],
      ['won', 1, 30],
    ]);
  });

  it('tallies lost deals by reason and averages dwell days of open deals per stage', () => {
    const { data } = funnelFromDeals(
      [
        { amount: 5, stage: 'proposal', lostReason: 'price', daysInStage: 99 },
        { amount: 7, stage: 'lead', lostReason: 'price' },
        { amount: 1, stage: 'opportunity', lostReason: 'timing' },
        { stage: 'proposal', daysInStage: 4 },
        { stage: 'proposal', daysInStage: 8 },
      ],
      stages,
    );
    expect(data.lost).to.deep.equal([
      { reason: 'price', count: 2, amount: 12 },
      { reason: 'timing', count: 1, amount: 1 },
    ]);
    expect(data.stages[2]!.avgDays).to.equal(6);
    expect(data.stages[0]!.avgDays).to.equal(undefined);
  });

  it('skips deals at an unknown stage and says how many', () => {
    const { data, skipped } = funnelFromDeals([{ amount: 1, stage: 'nowhere' }, { amount: 2 }, { amount: 3, stage: 'lead' }], stages);
    expect(skipped).to.equal(2);
    expect(data.stages[0]!.count).to.equal(1);
  });

  it('finds stages whose ids share a lookup slot, ids built at run time and a repeated id (its last place)', () => {
    // 'ab' and 'ba' hash alike (same length, same first + last characters): one of them is found through the Map.
    const tricky = [{ id: 'ab', name: 'AB' }, { id: 'ba', name: 'BA' }, { id: 'ab', name: 'AB again' }];
    const deals = [{ stage: 'ba', amount: 1 }, { stage: ['a', 'b'].join(''), amount: 2 }, { stage: 'ba', amount: 4 }, { stage: 'a', amount: 8 }];
    const { data, skipped } = funnelFromDeals(deals, tricky);
    expect(data.stages.map((s) => [s.name, s.count, s.amount])).to.deep.equal([['AB', 3, 7], ['BA', 3, 7], ['AB again', 1, 2]]);
    expect(skipped).to.equal(1);
  });

  it('always gives counts that never grow down the funnel, so conversions stay within [0, 1]', () => {
    const deal = fc.record({ amount: fc.nat(1000), stage: fc.constantFrom('lead', 'opportunity', 'proposal', 'won') });
    fc.assert(
      fc.property(fc.array(deal, { maxLength: 200 }), (deals) => {
        const { data } = funnelFromDeals(deals, stages);
        const m = funnelMetrics(data);
        return m.stages.every((s) => s.conversion === null || (s.conversion >= 0 && s.conversion <= 1));
      }),
    );
  });
});
