import { expect } from 'chai';
import fc from 'fast-check';
import { positionOfStage, stageIndex } from '../../packages/domain/src/index.js';

describe('stageIndex() and positionOfStage()', () => {
  const index = stageIndex(['lead', 'opportunity', 'proposal', 'negotiation', 'won']);

  it('finds each stage id’s position and nothing for unknown, empty or non-string stages', () => {
    expect(['lead', 'opportunity', 'proposal', 'negotiation', 'won'].map((id) => positionOfStage(index, id))).to.deep.equal([0, 1, 2, 3, 4]);
    expect(positionOfStage(index, 'lost')).to.equal(undefined);
    expect(positionOfStage(index, 'Lead')).to.equal(undefined);
    expect(positionOfStage(index, '')).to.equal(undefined);
    expect(positionOfStage(index, 3)).to.equal(undefined);
    expect(positionOfStage(index, undefined)).to.equal(undefined);
  });

  it('finds ids built at run time (not the same string object) and ids whose hashes collide', () => {
    expect(positionOfStage(index, ['pro', 'posal'].join(''))).to.equal(2);
    // 'ab' and 'ba' have the same length, first + last characters: one of them is answered by the Map.
    const both = stageIndex(['ab', 'ba', 'x']);
    expect([positionOfStage(both, 'ab'), positionOfStage(both, 'ba'), positionOfStage(both, 'x')]).to.deep.equal([0, 1, 2]);
  });

  it('gives the last position of a repeated id, as a Map would', () => {
    expect(positionOfStage(stageIndex(['a', 'b', 'a']), 'a')).to.equal(2);
    expect(positionOfStage(stageIndex(['ab', 'ba', 'ba', 'ab']), 'ab')).to.equal(3);
  });

  it('answers every lookup as new Map(ids.map((id, i) => [id, i])).get(stage)', () => {
    const id = fc.string({ maxLength: 4, unit: fc.constantFrom('a', 'b', 'c', '語') });
    fc.assert(
      fc.property(fc.array(id, { maxLength: 40 }), fc.array(fc.oneof(id, fc.constant(undefined), fc.integer())), (ids, stages) => {
        const map = new Map<unknown, number>(ids.map((s, i) => [s, i]));
        const built = stageIndex(ids);
        for (const stage of [...ids, ...stages]) expect(positionOfStage(built, stage)).to.equal(map.get(stage));
      }),
    );
  });
});
