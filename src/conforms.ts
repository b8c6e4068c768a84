// A yes-or-no check of a document against the output schema, compiled from the schema itself.
// Not part of the library's exports (index.ts re-exports schema.ts whole): parseAgenda's use only.
import * as z from 'zod/mini';
import { agendaDocumentSchema } from './schema.js';

/**
 * True where `agendaDocumentSchema.safeParse(value).success` would be, at a fraction of the cost.
 *
 * zod's parse is an interpreter that copies every object and array it checks into a new output
 * and allocates a payload and an issue list per field; a document has a few hundred fields, and
 * in a batch worker's first thousand documents that was ~10% of the parse. The check below is
 * built once from the schema's own definition (the schema stays the one source of truth) and only
 * answers yes or no, allocating nothing. A schema part it does not know is handed to zod, so it
 * never accepts what zod refuses; on a refusal, zod runs again for the issues to report.
 */
export function conformsToAgendaDocument(value: unknown): boolean {
  agendaDocumentCheck ??= compileCheck(agendaDocumentSchema as unknown as SchemaNode, new Map());
  return agendaDocumentCheck(value);
}

type Check = (value: unknown) => boolean;

let agendaDocumentCheck: Check | undefined;

/** The parts of a zod schema's internals that compileCheck reads (zod/v4/core's `_zod.def`). */
interface SchemaNode {
  _zod: { def: SchemaDef; values?: Set<unknown>; optin?: string; optout?: string };
}
interface SchemaDef {
  type: string;
  checks?: SchemaNode[];
  check?: string;
  format?: string;
  pattern?: RegExp;
  value?: unknown;
  inclusive?: boolean;
  coerce?: boolean;
  shape?: Record<string, SchemaNode>;
  catchall?: SchemaNode;
  element?: SchemaNode;
  innerType?: SchemaNode;
  keyType?: SchemaNode;
  valueType?: SchemaNode;
  entries?: Record<string, unknown>;
  values?: unknown[];
  mode?: string;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** zod's own answer, for a schema part compileCheck does not read itself. */
function zodCheck(schema: SchemaNode): Check {
  const zodSchema = schema as unknown as z.ZodMiniType;
  return (value) => z.safeParse(zodSchema, value).success;
}

/**
 * The checks of a string or number schema (regex, int range, lower bound), or null where one is of
 * a kind not read here. Each is what zod's check does (zod/v4/core/checks.js).
 */
function compileValueChecks(def: SchemaDef, checks: readonly SchemaNode[]): Check[] | null {
  const out: Check[] = [];
  for (const check of checks) {
    const c = check._zod.def;
    if (c.check === 'string_format' && c.format === 'regex' && c.pattern) {
      const pattern = c.pattern;
      out.push((v) => {
        pattern.lastIndex = 0;
        return pattern.test(v as string);
      });
    } else if (c.check === 'number_format' && c.format === 'safeint') {
      out.push((v) => Number.isSafeInteger(v));
    } else if (c.check === 'greater_than' && typeof c.value === 'number') {
      const bound = c.value;
      out.push(c.inclusive ? (v) => (v as number) >= bound : (v) => (v as number) > bound);
    } else {
      return null;
    }
  }
  // z.int() is itself its number_format check (def.check is set on the number's own def).
  if (def.check !== undefined && def.check !== 'number_format') return null;
  return out;
}

function compileCheck(schema: SchemaNode, compiled: Map<SchemaNode, Check>): Check {
  const known = compiled.get(schema);
  if (known) return known;
  // A recursive schema (an item's sub-items) reaches itself before its check exists: the entry
  // forwards to it once it is built.
  let built: Check | undefined;
  compiled.set(schema, (value) => built!(value));
  built = compileNode(schema, compiled);
  compiled.set(schema, built);
  return built;
}

function compileNode(schema: SchemaNode, compiled: Map<SchemaNode, Check>): Check {
  const def = schema._zod.def;
  if (def.coerce) return zodCheck(schema);
  switch (def.type) {
    case 'string': {
      const checks = compileValueChecks(def, def.checks ?? []);
      if (!checks) return zodCheck(schema);
      if (checks.length === 0) return (v) => typeof v === 'string';
      return (v) => typeof v === 'string' && passesAll(checks, v);
    }
    case 'number': {
      const own = def.check === 'number_format' ? [schema] : [];
      const checks = compileValueChecks(def, [...own, ...(def.checks ?? [])]);
      if (!checks) return zodCheck(schema);
      return (v) => typeof v === 'number' && Number.isFinite(v) && passesAll(checks, v);
    }
    case 'boolean':
      if (def.checks?.length) return zodCheck(schema);
      return (v) => typeof v === 'boolean';
    case 'enum':
    case 'literal': {
      // The set of values zod's own parse looks the input up in.
      const values = schema._zod.values;
      if (def.checks?.length || !values) return zodCheck(schema);
      return (v) => values.has(v);
    }
    case 'nullable': {
      if (def.checks?.length) return zodCheck(schema);
      const inner = compileCheck(def.innerType!, compiled);
      return (v) => v === null || inner(v);
    }
    case 'optional': {
      // A defaulted inner type (z.optional(z._default(…))) fills in undefined: zod's business.
      if (def.checks?.length || def.innerType!._zod.def.type === 'default') return zodCheck(schema);
      const inner = compileCheck(def.innerType!, compiled);
      return (v) => v === undefined || inner(v);
    }
    case 'array': {
      if (def.checks?.length) return zodCheck(schema);
      const element = compileCheck(def.element!, compiled);
      return (v) => {
        if (!Array.isArray(v)) return false;
        for (const item of v) if (!element(item)) return false;
        return true;
      };
    }
    case 'object': {
      // A catchall (looseObject, strictObject) checks the keys outside the shape: zod's business.
      if (def.checks?.length || def.catchall) return zodCheck(schema);
      // Reading the shape runs its getters (an item's subItems) once, as zod's first parse does.
      const shape = def.shape!;
      const keys = Object.keys(shape);
      if (Object.getOwnPropertySymbols(shape).length || keys.includes('__proto__')) return zodCheck(schema);
      // As zod's handlePropertyResult: an optional field (z.optional) may be missing, any other
      // must be present ("in", as zod asks) and pass. A field optional on one side only
      // (a default, a catch) is zod's business.
      const fields: { key: string; optional: boolean; check: Check }[] = [];
      for (const key of keys) {
        const field = shape[key]!._zod;
        const optional = field.optin === 'optional' && field.optout === 'optional';
        if (!optional && (field.optin !== undefined || field.optout !== undefined)) return zodCheck(schema);
        fields.push({ key, optional, check: compileCheck(shape[key]!, compiled) });
      }
      return (v) => {
        if (!isObject(v)) return false;
        for (const field of fields) {
          if (!(field.key in v)) {
            if (field.optional) continue;
            return false;
          }
          if (!field.check(v[field.key])) return false;
        }
        return true;
      };
    }
    case 'record': {
      if (def.checks?.length || def.mode === 'loose') return zodCheck(schema);
      const keyDef = def.keyType!._zod.def;
      // Only string keys with no checks: every own enumerable string key passes them.
      if (keyDef.type !== 'string' || keyDef.checks?.length || keyDef.coerce) return zodCheck(schema);
      const valueCheck = compileCheck(def.valueType!, compiled);
      const viaZod = zodCheck(schema);
      return (v) => {
        if (!isPlainObject(v)) return false;
        if (Object.getOwnPropertySymbols(v).length) return viaZod(v);
        for (const key of Object.keys(v)) if (key !== '__proto__' && !valueCheck(v[key])) return false;
        return true;
      };
    }
    default:
      return zodCheck(schema);
  }
}

function passesAll(checks: readonly Check[], value: unknown): boolean {
  for (const check of checks) if (!check(value)) return false;
  return true;
}

/** zod's isPlainObject (zod/v4/core/util.js). */
function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (!isObject(value)) return false;
  const ctor = value.constructor;
  if (ctor === undefined || typeof ctor !== 'function') return true;
  const prototype: unknown = ctor.prototype;
  return isObject(prototype) && Object.prototype.hasOwnProperty.call(prototype, 'isPrototypeOf');
}
