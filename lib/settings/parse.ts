/**
 * Two ways to turn unknown data into rules:
 * - strict (import, save): migrate, validate the whole, and either give rules or every problem
 *   with its field path; all or nothing;
 * - lenient (reading storage): migrate, keep every part that is valid and replace only the
 *   parts that are not with their defaults; never throws, never discards a good section
 *   because another one broke.
 */
import { z } from 'zod';
import { defaultRules } from './defaults';
import { migrateRules } from './migrations';
import { RULES_VERSION, RulesSchema, patternsOverBudget } from './schema';
import { regexProblem } from '../review/pattern';
import type { Rules } from './schema';

export interface RulesError {
  /** where the problem is, as `networks.linkedin.purpose` or `custom[0].pattern`; '' for the whole */
  path: string;
  /** the reason, readable on its own after the path */
  message: string;
}

export type ParseResult = { ok: true; rules: Rules } | { ok: false; errors: RulesError[] };

export function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, key) => {
    if (typeof key === 'number') return `${out}[${key}]`;
    const name = String(key);
    return out ? `${out}.${name}` : name;
  }, '');
}

export function formatRulesError(e: RulesError): string {
  return e.path ? `${e.path}: ${e.message}` : e.message;
}

function describe(input: unknown): string {
  if (input === null) return 'null';
  if (Array.isArray(input)) return 'a list';
  if (typeof input === 'string') return JSON.stringify(input.length > 40 ? `${input.slice(0, 40)}…` : input);
  if (typeof input === 'number' || typeof input === 'boolean') return String(input);
  return typeof input === 'object' ? 'an object' : typeof input;
}

const EXPECTED: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  object: 'an object',
  array: 'a list',
};

/**
 * Reasons in the same voice as the schema's own messages ("must not be empty"), which take
 * precedence over this map. Anything not covered keeps zod's default wording.
 */
const reason: z.core.$ZodErrorMap = (issue) => {
  if (issue.input === undefined && (issue.code === 'invalid_type' || issue.code === 'invalid_value')) return 'is missing';
  switch (issue.code) {
    case 'invalid_type':
      return `must be ${EXPECTED[issue.expected] ?? issue.expected} (got ${describe(issue.input)})`;
    case 'invalid_value':
      return issue.values.length === 1
        ? `must be ${JSON.stringify(issue.values[0])} (got ${describe(issue.input)})`
        : `must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')} (got ${describe(issue.input)})`;
    case 'too_small': {
      const min = Number(issue.minimum);
      if (issue.origin === 'array') return `needs at least ${min} ${min === 1 ? 'entry' : 'entries'}`;
      if (issue.origin === 'string') return `must be at least ${min} characters`;
      return issue.inclusive === false ? `must be more than ${min}` : `must be at least ${min}`;
    }
    case 'too_big': {
      const max = Number(issue.maximum);
      if (issue.origin === 'array') return `must have at most ${max} ${max === 1 ? 'entry' : 'entries'}`;
      if (issue.origin === 'string') return `must be at most ${max} characters`;
      return issue.inclusive === false ? `must be less than ${max}` : `must be at most ${max}`;
    }
    default:
      return undefined;
  }
};

function toErrors(error: z.ZodError, under: readonly PropertyKey[] = []): RulesError[] {
  return error.issues.map((issue) => ({ path: formatPath([...under, ...issue.path]), message: issue.message }));
}

/** All-or-nothing: rules of this or any older version, valid as a whole, or every problem found. */
export function parseRulesStrict(input: unknown): ParseResult {
  const migrated = migrateRules(input);
  if (!migrated.ok) return { ok: false, errors: [{ path: migrated.path, message: migrated.message }] };
  const parsed = RulesSchema.safeParse(migrated.rules, { error: reason });
  return parsed.success ? { ok: true, rules: parsed.data } : { ok: false, errors: toErrors(parsed.error) };
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Keep what is valid, replace what is not with `fallback` at the smallest part that can stand
 * alone: an object field by field, a list item by item (a broken custom rule is dropped, not
 * all of them). A part whose own checks fail after that (a window ending before it starts, a
 * list left too short) falls back as a whole.
 */
function salvage(schema: z.ZodType, value: unknown, fallback: unknown, path: PropertyKey[], problems: RulesError[]): unknown {
  const direct = schema.safeParse(value, { error: reason });
  if (direct.success) return direct.data;

  // Problems inside the parts are reported only if the repaired whole stands; otherwise the
  // whole falls back and its own problems are the ones worth telling.
  const inner: RulesError[] = [];
  let candidate: unknown;
  if (schema instanceof z.ZodObject && isObject(value) && isObject(fallback)) {
    const shape = schema.shape as Record<string, z.ZodType>;
    candidate = Object.fromEntries(
      Object.entries(shape).map(([key, field]) => [key, salvage(field, value[key], fallback[key], [...path, key], inner)]),
    );
  } else if (schema instanceof z.ZodArray && Array.isArray(value)) {
    const element = schema.element as z.ZodType;
    candidate = value.flatMap((item, i) => {
      const parsed = element.safeParse(item, { error: reason });
      if (parsed.success) return [parsed.data];
      inner.push(...toErrors(parsed.error, [...path, i]));
      return [];
    });
  }
  if (candidate !== undefined) {
    const repaired = schema.safeParse(candidate, { error: reason });
    if (repaired.success) {
      problems.push(...inner);
      return repaired.data;
    }
  }
  problems.push(...toErrors(direct.error, path));
  return structuredClone(fallback);
}

/** Items of the id-keyed lists whose id came earlier in the list are dropped: the first one wins. */
function dropDuplicateIds<T extends { id: string }>(items: T[], path: string, problems: RulesError[]): T[] {
  const seen = new Set<string>();
  return items.filter((item, i) => {
    if (seen.has(item.id)) {
      problems.push({ path: `${path}[${i}].id`, message: `"${item.id}" is used twice` });
      return false;
    }
    seen.add(item.id);
    return true;
  });
}

export interface LenientResult {
  rules: Rules;
  /** what was unreadable and replaced by defaults (empty when everything was kept) */
  problems: RulesError[];
}

/**
 * For what storage holds: the stored rules with every broken part replaced by its default.
 * Nothing stored (undefined/null) reads as the defaults. Rules from a newer Postcheck (synced
 * from another browser) keep whatever parts this version still understands.
 */
/**
 * Custom rules whose regular expression RE2 cannot read (look-around, back-references: valid before
 * patterns ran on RE2), or that take all patterns past their joint limit, are kept switched off
 * rather than dropped, so the person can rewrite them.
 */
function switchOffUnreadablePatterns(source: Record<string, unknown>, problems: RulesError[]): Record<string, unknown> {
  if (!Array.isArray(source.custom)) return source;
  // Array.from, not map: a sparse list's holes become items (undefined), which the salvage then drops.
  const custom = Array.from(source.custom as unknown[], (rule: unknown, i) => {
    if (!isObject(rule) || rule.regex !== true || rule.enabled !== true || typeof rule.pattern !== 'string') return rule;
    const problem = regexProblem(rule.pattern);
    if (!problem) return rule;
    problems.push({
      path: `custom[${i}].enabled`,
      message: `was switched off: its pattern is not a valid regular expression (${problem}); rewrite it and switch it on again`,
    });
    return { ...rule, enabled: false };
  });
  const readable = custom.map((rule) =>
    isObject(rule) && typeof rule.pattern === 'string' ? rule : { regex: false, enabled: false, pattern: '' },
  );
  for (let over = patternsOverBudget(readable as never); over; over = patternsOverBudget(readable as never)) {
    problems.push({ path: `custom[${over.index}].enabled`, message: `was switched off: it ${over.message.replace(/^is /, 'was ')}` });
    custom[over.index] = readable[over.index] = { ...(custom[over.index] as Record<string, unknown>), enabled: false };
  }
  return { ...source, custom };
}

export function repairRules(stored: unknown): LenientResult {
  const defaults = defaultRules();
  if (stored === undefined || stored === null) return { rules: defaults, problems: [] };

  const problems: RulesError[] = [];
  const migrated = migrateRules(stored);
  let source: Record<string, unknown>;
  if (migrated.ok) source = migrated.rules;
  else if (migrated.reason === 'not-object') return { rules: defaults, problems: [{ path: migrated.path, message: migrated.message }] };
  else {
    problems.push({ path: migrated.path, message: migrated.message });
    source = stored as Record<string, unknown>;
  }

  source = switchOffUnreadablePatterns(source, problems);
  const shape = RulesSchema.shape as Record<string, z.ZodType>;
  const salvaged = Object.fromEntries(
    Object.entries(shape).map(([key, field]) =>
      key === 'version'
        ? [key, RULES_VERSION]
        : [key, salvage(field, source[key], (defaults as Record<string, unknown>)[key], [key], problems)],
    ),
  ) as Rules;
  salvaged.goals = dropDuplicateIds(salvaged.goals, 'goals', problems);
  salvaged.custom = dropDuplicateIds(salvaged.custom, 'custom', problems);
  salvaged.pause = dropDuplicateIds(salvaged.pause, 'pause', problems);

  // Every section is valid on its own and ids are unique, which is all the whole-object checks ask;
  // this last parse is a guard so that whatever is returned is valid rules.
  const whole = RulesSchema.safeParse(salvaged);
  if (whole.success) return { rules: whole.data, problems };
  return { rules: defaults, problems: [...problems, ...toErrors(whole.error)] };
}

/** Rules as read from storage: lenient, never throws. */
export function readRulesLenient(stored: unknown): Rules {
  return repairRules(stored).rules;
}

function sameJson(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  return (
    ka.length === kb.length && ka.every((k) => k in b && sameJson((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]))
  );
}

const idOf = (item: unknown) => (isObject(item) && typeof item.id === 'string' ? item.id : undefined);

function byId(list: unknown): Map<string, unknown> {
  const map = new Map<string, unknown>();
  if (Array.isArray(list)) for (const item of list) if (idOf(item) !== undefined && !map.has(idOf(item)!)) map.set(idOf(item)!, item);
  return map;
}

function overlay(stored: unknown, before: unknown, after: unknown, keepUnchanged: boolean): unknown {
  if (keepUnchanged && stored !== undefined && sameJson(before, after)) return stored;
  if (isObject(after) && isObject(stored)) {
    const prior = isObject(before) ? before : {};
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(after)) out[key] = overlay(stored[key], prior[key], after[key], keepUnchanged);
    for (const key of Object.keys(stored)) if (!(key in after)) out[key] = stored[key];
    return out;
  }
  if (Array.isArray(after) && Array.isArray(stored)) {
    const storedItems = byId(stored);
    const beforeItems = byId(before);
    return after.map((item: unknown) => {
      const id = idOf(item);
      return id !== undefined && storedItems.has(id) ? overlay(storedItems.get(id), beforeItems.get(id), item, keepUnchanged) : item;
    });
  }
  return after;
}

/**
 * What to store when `before` (the stored rules as this version read them) became `after`
 * (validated): `after` laid over the stored object, so that what this version does not know
 * survives a save — keys it does not know, at any depth of objects, and inside the items of the
 * lists with ids (matched by id). Lists without ids and plain values are this version's.
 *
 * Rules stored by a NEWER version are kept as stored wherever this save did not change them,
 * also parts this version could not read (read as their defaults) and the version number: the
 * newer version reads them back as its own, with just the edited fields changed. Writing our
 * lower version instead would make it migrate its own data again as if it were old. Rules of
 * this or an older version are stored migrated, with repaired parts as repaired.
 */
export function mergeOverStored(stored: unknown, before: Rules, after: Rules): Record<string, unknown> {
  if (!isObject(stored)) return after;
  const migrated = migrateRules(stored);
  if (migrated.ok) return overlay(migrated.rules, before, after, false) as Record<string, unknown>;
  if (migrated.reason === 'newer') return overlay(stored, before, after, true) as Record<string, unknown>;
  return after;
}
