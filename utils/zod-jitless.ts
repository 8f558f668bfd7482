/**
 * zod without its `new Function` probe. zod 4 decides, when it builds its first object schema,
 * whether it may compile parsers with `new Function`; to decide, it tries `new Function('')`. The
 * extension pages and the background run under a CSP without `unsafe-eval`, so the probe only ever
 * fails — and the browser still reports the refused eval as a CSP violation. `jitless` makes zod
 * skip both the probe and the compiled parsers (the plain parser is what ran anyway).
 *
 * It must run before any schema is built, so every entry that can reach zod (background, popup,
 * options, grant) imports this module first, and this module imports nothing of ours: ES modules
 * run their imports in order, depth first, so nothing else has built a schema yet.
 * `tests/zod-jitless.test.ts` checks both, and the built bundles.
 */
import { config } from 'zod';

config({ jitless: true });
