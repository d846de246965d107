import * as z from 'zod/mini';

/**
 * A check that the `id` of every item of `list(value)` is unique; a repeat is
 * reported at its own path (e.g. `stages.3.id`). Items without an id (where
 * it is optional, as on deals) are not compared.
 */
export function uniqueIds<T>(list: (value: T) => readonly { id?: string | undefined }[] | undefined, at: string) {
  return z.superRefine<T>((value, ctx) => {
    const seen = new Set<string>();
    list(value)?.forEach((item, i) => {
      if (item.id === undefined) return;
      if (seen.has(item.id)) {
        ctx.addIssue({ code: 'custom', message: `duplicate id ${JSON.stringify(item.id)}`, path: [at, i, 'id'], input: item.id });
      }
      seen.add(item.id);
    });
  });
}
