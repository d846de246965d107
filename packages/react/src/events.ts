import type { EventName } from '@lit/react';
import type { QuotaBoardChangeEvent, QuotaErrorEvent, QuotaLoadEvent, QuotaSelectEvent, QuotaTaskMoveEvent } from '@quota/elements';

const load = { onQuotaLoad: 'quota-load' as EventName<QuotaLoadEvent> };
const error = { onQuotaError: 'quota-error' as EventName<QuotaErrorEvent> };
const select = { onQuotaSelect: 'quota-select' as EventName<QuotaSelectEvent> };
const taskMove = { onQuotaTaskMove: 'quota-task-move' as EventName<QuotaTaskMoveEvent> };
const boardChange = { onQuotaBoardChange: 'quota-board-change' as EventName<QuotaBoardChangeEvent> };

/**
 * The React callback props of each wrapper and the DOM event each listens
 * to: `onQuotaSelect` → `quota-select`. One entry per element, matching the
 * `@fires` tags of custom-elements.json (a test keeps them in step).
 */
export const EVENTS = {
  'quota-provider': { ...error },
  'quota-gauge': { ...load, ...error },
  'quota-funnel': { ...select, ...load, ...error },
  'quota-target-tree': { ...select, ...load, ...error },
  'quota-task-board': { ...taskMove, ...select, ...load, ...error },
  'quota-leaderboard': { ...select, ...load, ...error },
  'quota-wall': { ...boardChange, ...select },
} as const;
