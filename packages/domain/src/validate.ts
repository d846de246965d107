import type * as z from 'zod/mini';
import { issueMessage, type RawIssue } from './issue-message.js';

/** One problem with an input: where (`stages.1.count`) and what. */
export interface InputIssue {
  path: string;
  message: string;
}

export type Validation<T> = { ok: true; data: T } | { ok: false; issues: InputIssue[] };

/** Dotted path of a zod issue path; the root is `(root)`. */
export function issuePath(path: readonly PropertyKey[]): string {
  return path.length ? path.map(String).join('.') : '(root)';
}

/**
 * Parses `input` with `schema`; on failure lists every issue with its dotted
 * path and a sentence that shows the bad value (`stages.1.count`: "must be
 * ≥ 0, got -1"). Never throws, never returns half-parsed data.
 */
export function validate<T>(schema: z.ZodMiniType<T>, input: unknown): Validation<T> {
  const result = schema.safeParse(input, { reportInput: true });
  if (result.success) return { ok: true, data: result.data };
  return {
    ok: false,
    issues: result.error.issues.map((issue) => ({ path: issuePath(issue.path), message: issueMessage(issue as RawIssue) })),
  };
}
