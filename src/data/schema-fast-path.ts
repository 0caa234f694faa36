/**
 * A quicker pass through the zod schemas for records that are valid, which at 100,000 events is
 * nearly all of them: zod's own parse took about a second of a large record's load (the page's CSP
 * forbids the code generation zod would use to speed itself up).
 *
 * The pass is built at run time from the schemas themselves, so they stay the one statement of
 * what a record is: types, enum values, optional / nullable / default rules and object shapes are
 * read from each schema's definition, and every check (lengths, patterns, dates, refinements) is
 * zod's own check function. It only answers "valid, and here is what zod's parse gives" (the
 * record itself where zod's would be an identical copy) or "not sure": anything unexpected — a
 * failed check, an unknown key, a kind of schema it does not know — sends the file to zod's parse,
 * which words every problem exactly as before.
 */
import type * as z from 'zod/mini';

/** What the fast pass returns when zod must decide. */
export const notSure: unique symbol = Symbol('not sure');
type Pass = (value: unknown) => unknown;

// The parts of zod's schema internals this reads (zod/v4/core's $ZodType._zod).
interface CheckPayload {
  value: unknown;
  issues: unknown[];
}
interface Internals {
  def: {
    type: string;
    checks?: readonly { _zod: Internals }[];
    coerce?: boolean;
    element?: { _zod: Internals };
    innerType?: { _zod: Internals };
    shape?: Record<string, { _zod: Internals }>;
    catchall?: { _zod: Internals };
    defaultValue?: unknown;
    when?: (payload: CheckPayload) => boolean;
  };
  traits: Set<string>;
  values?: Set<unknown>;
  optin?: 'optional' | 'defaulted';
  optout?: 'optional';
  check?: (payload: CheckPayload) => unknown;
}

const internalsOf = (schema: { _zod: unknown }) => schema._zod as Internals;

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** The pass for one schema, with its checks, or null when it holds a kind this does not know. */
function build(zod: Internals): Pass | null {
  const shape = passFor(zod);
  if (shape === null) return null;
  // A schema that is itself a check (a string format such as an ISO date) runs first, as in zod.
  const checks = [...(zod.def.checks ?? []).map((c) => c._zod)];
  if (zod.traits.has('$ZodCheck')) checks.unshift(zod);
  if (checks.some((c) => typeof c.check !== 'function')) return null;
  if (checks.length === 0) return shape;
  return (value) => {
    const out = shape(value);
    if (out === notSure) return notSure;
    const payload: CheckPayload = { value: out, issues: [] };
    for (const check of checks) {
      if (check.def.when && !check.def.when(payload)) continue;
      if (check.check!(payload) instanceof Promise) return notSure;
      if (payload.issues.length > 0) return notSure;
    }
    return payload.value;
  };
}

function passFor(zod: Internals): Pass | null {
  const { def } = zod;
  if (def.coerce) return null;
  switch (def.type) {
    case 'string':
      return (v) => (typeof v === 'string' ? v : notSure);
    case 'number':
      return (v) => (typeof v === 'number' && Number.isFinite(v) ? v : notSure);
    case 'boolean':
      return (v) => (typeof v === 'boolean' ? v : notSure);
    case 'enum':
    case 'literal': {
      const values = zod.values;
      return values ? (v) => (values.has(v) ? v : notSure) : null;
    }
    case 'array':
      return def.element ? arrayPass(def.element._zod) : null;
    case 'optional': {
      const inner = def.innerType?._zod;
      // An optional default substitutes for absence, and an exact optional refuses undefined: not
      // cases the schemas have.
      if (!inner || inner.optin === 'defaulted' || zod.traits.has('$ZodExactOptional')) return null;
      const pass = build(inner);
      return pass && ((v) => (v === undefined ? undefined : pass(v)));
    }
    case 'nullable': {
      const pass = def.innerType && build(def.innerType._zod);
      return pass ? (v) => (v === null ? null : pass(v)) : null;
    }
    case 'default': {
      const pass = def.innerType && build(def.innerType._zod);
      if (!pass) return null;
      // Read per use: zod's defaultValue hands out a fresh copy each time.
      return (v) => {
        if (v === undefined) return def.defaultValue;
        const out = pass(v);
        return out === undefined ? def.defaultValue : out;
      };
    }
    case 'object':
      return objectPass(zod);
    default:
      return null;
  }
}

function arrayPass(element: Internals): Pass | null {
  const pass = build(element);
  if (!pass) return null;
  return (v) => {
    if (!Array.isArray(v)) return notSure;
    // A copy only when an element changed (a default filled in); else the array itself.
    let out: unknown[] | null = null;
    for (let i = 0; i < v.length; i++) {
      const item = pass(v[i]);
      if (item === notSure) return notSure;
      if (out === null && item !== v[i]) out = v.slice(0, i);
      if (out !== null) out.push(item);
    }
    return out ?? v;
  };
}

/**
 * An object's keys in the shape's order, each as zod's handlePropertyResult treats it; unknown keys
 * refused (strict) or dropped.
 */
function objectPass(zod: Internals): Pass | null {
  const { shape, catchall } = zod.def;
  if (!shape || Object.getOwnPropertySymbols(shape).length > 0) return null;
  // Strict objects refuse unknown keys; plain ones drop them; any other catch-all is not known here.
  const strict = catchall !== undefined;
  if (strict && catchall._zod.def.type !== 'never') return null;
  const fields: { key: string; pass: Pass; optin?: string; optout?: string }[] = [];
  for (const key of Object.keys(shape)) {
    if (key === '__proto__') return null;
    const field = shape[key]!._zod;
    const pass = build(field);
    if (!pass) return null;
    fields.push({ key, pass, optin: field.optin, optout: field.optout });
  }
  const position = new Map(fields.map((f, at) => [f.key, at]));
  // Each field's result for the record being read (a pass never reads its own kind of object
  // inside itself: the schemas have no recursion).
  const results: unknown[] = new Array(fields.length);
  const omitted = Symbol('omitted');
  return (v) => {
    if (!isObject(v)) return notSure;
    // A record whose keys are all known and come in the shape's order, and whose fields come out
    // as they went in, is what zod's parse would build: it is kept as it is, not copied.
    let same = true;
    let last = -1;
    for (const key in v) {
      const at = position.get(key);
      if (at === undefined) {
        if (strict) return notSure;
        same = false;
      } else {
        if (at < last) same = false;
        last = at;
      }
    }
    for (let at = 0; at < fields.length; at++) {
      const { key, pass, optin, optout } = fields[at]!;
      const present = key in v;
      if (!present && optin === 'optional' && optout === 'optional') {
        results[at] = omitted;
        continue;
      }
      if (!present && optin === undefined) return notSure;
      const value = pass(v[key]);
      if (value === notSure) return notSure;
      // A default filled in for an absent key (even an undefined one) adds the key.
      if (value !== v[key] || (!present && optin === 'defaulted' && optout !== 'optional'))
        same = false;
      results[at] = value;
    }
    if (same) return v;
    const out: Record<string, unknown> = {};
    for (let at = 0; at < fields.length; at++) {
      const { key, optin, optout } = fields[at]!;
      const value = results[at];
      if (value === omitted) continue;
      if (value !== undefined) out[key] = value;
      else if (key in v || (optin === 'defaulted' && optout !== 'optional')) out[key] = undefined;
    }
    return out;
  };
}

const built = new WeakMap<object, Pass | null>();

/**
 * What `schema.safeParse(value)` gives as data when the value is valid; `notSure` when zod must
 * look (the value may be invalid, or the schema holds something this pass does not know).
 */
export function validInOnePass(schema: z.ZodMiniType, value: unknown): unknown {
  let pass = built.get(schema);
  if (pass === undefined) built.set(schema, (pass = build(internalsOf(schema))));
  return pass === null ? notSure : pass(value);
}
