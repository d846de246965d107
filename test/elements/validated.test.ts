import * as z from 'zod/mini';
import { expect } from 'chai';
import { validateRemembered } from '../../packages/elements/src/core/validated.js';

/** A schema that counts how often it parses. */
function counted<T extends z.ZodMiniType>(schema: T): { schema: T; parses: () => number } {
  let n = 0;
  return { schema: schema.check(z.refine(() => ++n > 0)) as T, parses: () => n };
}

describe('validateRemembered()', () => {
  const Row = z.object({ id: z.string(), amount: z.number().check(z.minimum(0)) });
  const Data = z.object({ label: z.optional(z.string()), rows: z.array(Row), notes: z.optional(z.record(z.string(), z.string())) });

  it('parses an object once and gives the same parsed copy back while the object is unchanged', () => {
    const { schema, parses } = counted(Data);
    const input = { label: 'Q1', rows: [{ id: 'a', amount: 1 }] };
    const first = validateRemembered(schema, input);
    const second = validateRemembered(schema, input);
    expect(first.ok && second.ok && first.data === second.data).to.equal(true);
    expect(first.ok && first.data !== input).to.equal(true);
    expect(parses()).to.equal(1);
  });

  it('parses an object again when it changed in place: a value, an array length, a key added to a record', () => {
    const { schema, parses } = counted(Data);
    const input: z.infer<typeof Data> = { rows: [{ id: 'a', amount: 1 }], notes: { a: 'x' } };
    validateRemembered(schema, input);
    input.rows[0]!.amount = -1;
    const bad = validateRemembered(schema, input);
    expect(bad.ok ? [] : bad.issues.map((i) => i.path)).to.deep.equal(['rows.0.amount']);
    input.rows[0]!.amount = 2;
    expect(validateRemembered(schema, input)).to.deep.include({ ok: true });
    input.rows.push({ id: 'b', amount: 3 });
    const longer = validateRemembered(schema, input);
    expect(longer.ok && longer.data.rows).to.have.length(2);
    input.notes!.b = 'y';
    const noted = validateRemembered(schema, input);
    expect(noted.ok && noted.data.notes).to.deep.equal({ a: 'x', b: 'y' });
    expect(parses()).to.equal(5);
  });

  it('never remembers a schema that hands its input back as is (it could not tell a change)', () => {
    let n = 0;
    const passThrough = z.pipe(z.unknown(), z.transform((v) => (n++, v)));
    const input = { a: 1 };
    validateRemembered(passThrough, input);
    validateRemembered(passThrough, input);
    expect(n).to.equal(2);
  });

  it('takes an object that was bad once it has been put right in place', () => {
    const input = { rows: [{ id: 'a', amount: -1 }] };
    expect(validateRemembered(Data, input).ok).to.equal(false);
    input.rows[0]!.amount = 1;
    const fixed = validateRemembered(Data, input);
    expect(fixed.ok && fixed.data.rows[0]!.amount).to.equal(1);
  });
});
