import type { Highlight, HighlightCode, HighlightSubject, Severity } from './highlight.js';
import { highlightMessage, type MessageFacts } from './messages.js';

/** The fields of a highlight besides its code, severity, subject and message. */
export type HighlightFields = Pick<Highlight, 'value' | 'expected' | 'details'>;

/**
 * A highlight whose `message` (`highlightMessage(code, facts, locale)`) is
 * written the first time it is read, then kept: a big tree can flag thousands
 * of nodes while a widget shows a few sentences. `message` is an own,
 * enumerable property (a getter, with a setter to replace the text), so
 * `JSON.stringify`, spreading, `structuredClone` and deep equality see it
 * like any other field.
 */
export function lazyHighlight(
  code: HighlightCode,
  severity: Severity,
  subject: HighlightSubject,
  facts: MessageFacts,
  locale: string,
  fields: HighlightFields,
): Highlight {
  return { code, severity, subject, message: highlightMessage(code, facts, locale), ...fields };
}
