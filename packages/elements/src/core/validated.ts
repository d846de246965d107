import { validate, type Validation } from '@quota/domain';
import type * as z from 'zod/mini';

/** Per schema: input object → its parsed copy. Weak both ways: nothing here keeps data alive. */
const remembered = new WeakMap<object, WeakMap<object, unknown>>();

/**
 * {@link validate}, remembering good results per input object: hosts often
 * hand the same object to several widgets, or to a new widget each time a
 * view is opened, and parsing is most of the cost of taking data. A
 * remembered result is used only while the input still holds exactly the
 * values it was parsed from (same keys, same primitives, arrays of the same
 * length), so an object changed in place is parsed again. Results that are
 * not plain copies of their input (a schema that passes objects through,
 * fills defaults or transforms values) are never remembered.
 */
export function validateRemembered<T>(schema: z.ZodMiniType<T>, input: unknown): Validation<T> {
  if (input === null || typeof input !== 'object') return validate(schema, input);
  let bySchema = remembered.get(schema);
  const known = bySchema?.get(input);
  if (known !== undefined && isCopyOf(known, input)) return { ok: true, data: known as T };
  const result = validate(schema, input);
  if (result.ok && isCopyOf(result.data, input)) {
    if (!bySchema) remembered.set(schema, (bySchema = new WeakMap()));
    bySchema.set(input, result.data);
  } else {
    bySchema?.delete(input);
  }
  return result;
}

/** `copy` holds the same values as `source` and shares no object with it (so a later change to `source` shows). */
function isCopyOf(copy: unknown, source: unknown): boolean {
  if (copy === null || typeof copy !== 'object') return copy === source;
  if (copy === source || source === null || typeof source !== 'object') return false;
  if (Array.isArray(copy)) {
    if (!Array.isArray(source) || source.length !== copy.length) return false;
    for (let i = 0; i < copy.length; i++) if (!isCopyOf(copy[i], source[i])) return false;
    return true;
  }
  if (Array.isArray(source) || Object.getPrototypeOf(copy) !== Object.prototype) return false;
  let count = 0;
  for (const key in copy) {
    count++;
    if (!Object.hasOwn(source, key) || !isCopyOf((copy as Record<string, unknown>)[key], (source as Record<string, unknown>)[key])) return false;
  }
  for (const _ in source) count--;
  return count === 0;
}
