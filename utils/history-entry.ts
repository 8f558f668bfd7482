/**
 * A test request as the history keeps it (issue 6): stored by the background
 * (entrypoints/background/storage/items.ts) and returned to the popup by `ui-to-bg/list-history`,
 * so its shape is shared, and lives here. Keys are never part of an entry.
 */
import { z } from 'zod';
import { PROCESS_KINDS } from './process-url';
import { storedProblemSchema } from './problem';

export const objectKind = z.enum(PROCESS_KINDS);

export const historyRequest = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('webhook'), template: z.string().max(4096), method: z.enum(['GET', 'POST']), sample: objectKind }),
  z.object({ kind: z.literal('import'), endpoint: z.enum(['users', 'deals']), params: z.unknown() }),
]);
export const historyEntry = z.object({
  id: z.string().max(64),
  at: z.number(),
  /** where it went: the URL for a webhook, the API path for an import; never a key */
  target: z.string().max(4096),
  outcome: z.enum(['ok', 'fail']),
  status: z.number().optional(),
  ms: z.number().optional(),
  /** one line: what came back */
  summary: z.string().max(500),
  problem: storedProblemSchema.optional(),
  /** a test import's result, so the list can word it in the popup's language */
  result: z
    .object({
      userId: z.number().nullable(),
      userStatus: z.string().max(50).nullable(),
      dealId: z.number().nullable(),
      dealNumber: z.string().max(64).nullable(),
    })
    .optional(),
  /** what was sent, so a failed request can be edited and sent again */
  request: historyRequest,
});
export type HistoryEntry = z.infer<typeof historyEntry>;
