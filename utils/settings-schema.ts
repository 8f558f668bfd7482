/**
 * Settings as the popup and options pages send them and as storage keeps them: one schema for
 * both (the contract, utils/contract.ts, checks `ui-to-bg/save-settings` with it;
 * entrypoints/background/storage/items.ts stores with it), in a module of its own so storage does
 * not import the message contract.
 */
import { z } from 'zod';
import { isMailDomain } from './import-params';

export const testDomainSchema = z
  .string()
  .max(253)
  .refine(isMailDomain, 'must be a mail domain such as example.com')
  .transform((domain) => domain.trim().replace(/^@/, '').toLowerCase());

/** `testDomain` may be left out: the background keeps the saved one (pages that only set the language). */
export const settingsSchema = z.object({
  standard: z.enum(['icao-9303', 'gost-7.79-b']),
  lang: z.enum(['auto', 'ru', 'en']),
  testDomain: testDomainSchema.optional(),
});
