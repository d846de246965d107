import type { Highlight, HighlightCode, HighlightSubject, Severity } from './highlight.js';
import { highlightMessage, type MessageFacts } from './messages.js';

/** The fields of a highlight besides its code, severity, subject and message. */
export type HighlightFields = Pick<Highlight, 'value' | 'expected' | 'details'>;

/**
 * A highlight with its sentence, `highlightMessage(code, facts, locale)`: a
 * plain data object (JSON, spreading and `structuredClone` keep every field).
 * Only called for what is actually flagged, since a sentence costs about a
 * microsecond of `Intl` number formatting.
 */
export function highlightOf(
  code: HighlightCode,
  severity: Severity,
  subject: HighlightSubject,
  facts: MessageFacts,
  locale: string,
  fields: HighlightFields,
): Highlight {
  return { code, severity, subject, message: highlightMessage(code, facts, locale), ...fields };
}
