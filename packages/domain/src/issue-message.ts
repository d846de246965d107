/** The parts of a zod issue a sentence is made from (zod 4's issue shapes). */
export interface RawIssue {
  code: string;
  message: string;
  input?: unknown;
  expected?: string;
  received?: string;
  origin?: string;
  minimum?: number | bigint;
  maximum?: number | bigint;
  inclusive?: boolean;
  format?: string;
  pattern?: string;
  values?: readonly unknown[];
}

/** A value as it appears in an error: short, quoted when text, NaN and Infinity by name. */
export function showValue(value: unknown): string {
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : String(value);
  if (value === undefined) return 'nothing';
  let text: string;
  try {
    text = JSON.stringify(value) ?? String(value);
  } catch {
    text = String(value);
  }
  return text.length > 40 ? `${text.slice(0, 37)}…` : text;
}

const FORMATS: Record<string, string> = { date: 'a date YYYY-MM-DD' };
/** zod/mini's message when a schema sets none of its own. */
const GENERIC = 'Invalid input';

/**
 * A short lower-case sentence for one zod issue that says what was expected
 * and shows the bad value ("expected number ≥ 0, got -1"), in place of
 * zod/mini's bare "Invalid input". Custom checks keep their own message.
 */
export function issueMessage(issue: RawIssue): string {
  if (issue.message && issue.message !== GENERIC) return issue.message;
  const hasInput = 'input' in issue;
  const got = hasInput ? `, got ${issue.received === 'NaN' ? 'NaN' : showValue(issue.input)}` : '';
  switch (issue.code) {
    case 'invalid_type':
      if (hasInput && issue.input === undefined) return `required: expected ${issue.expected}`;
      return `expected ${issue.expected === 'int' ? 'a whole number' : issue.expected}${got}`;
    case 'too_small':
    case 'too_big': {
      const small = issue.code === 'too_small';
      const bound = String(small ? issue.minimum : issue.maximum);
      if (issue.origin === 'array') return `${small ? 'needs at least' : 'allows at most'} ${bound} items${got}`;
      if (issue.origin === 'string') return small && bound === '1' ? 'must not be empty' : `${small ? 'needs at least' : 'allows at most'} ${bound} characters`;
      return `must be ${small ? (issue.inclusive ? '≥' : '>') : issue.inclusive ? '≤' : '<'} ${bound}${got}`;
    }
    case 'invalid_format':
      if (issue.format === 'regex' && issue.pattern) return `expected text matching ${issue.pattern}${got}`;
      return `expected ${FORMATS[issue.format ?? ''] ?? issue.format ?? 'another format'}${got}`;
    case 'invalid_value':
      return `expected one of ${(issue.values ?? []).map((v) => showValue(v)).join(', ')}${got}`;
    default:
      return `invalid value${got}`;
  }
}
