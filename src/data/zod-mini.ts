/**
 * zod/mini (the same validation as classic zod at a fraction of the bundle: tree-shakable functions
 * instead of methods, which keeps the app inside its 300 KB JavaScript budget) as the app uses it:
 * every module that builds a schema imports zod from here, so the setting below is in place before
 * any schema exists, whichever chunk loads first.
 *
 * zod's JIT compiles parsers with `new Function`, which the app's Content-Security-Policy forbids
 * (no 'unsafe-eval'); jitless parsing is slower but needs no eval, and it never probes for it (an
 * object schema built before this setting probes, and the policy reports a violation).
 */
import * as z from 'zod/mini';

z.config({ jitless: true });

export { z };
