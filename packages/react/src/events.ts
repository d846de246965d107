import type { EventName } from '@lit/react';
import type { QuotaErrorEvent, QuotaLoadEvent, QuotaSelectEvent } from '@quota/elements';

const load = { onQuotaLoad: 'quota-load' as EventName<QuotaLoadEvent> };
const error = { onQuotaError: 'quota-error' as EventName<QuotaErrorEvent> };
const select = { onQuotaSelect: 'quota-select' as EventName<QuotaSelectEvent> };

/**
 * The React callback props of each wrapper and the DOM event each listens
 * to: `onQuotaSelect` → `quota-select`. One entry per element, matching the
 * `@fires` tags of custom-elements.json (a test keeps them in step).
 */
export const EVENTS = {
  'quota-provider': { ...error },
  'quota-gauge': { ...load, ...error },
  'quota-leaderboard': { ...select, ...load, ...error },
} as const;
