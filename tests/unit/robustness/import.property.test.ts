// Importing rules from any file at all: arbitrary JSON, arbitrary values, bytes that are not JSON, and
// real exports (of this version and of version 1, and the largest the schema allows) mangled — keys deleted, types changed, huge strings,
// extra keys, garbage nested, several at once. The import never throws; what it refuses leaves the
// stored rules byte for byte as they were; what it accepts is stored exactly as the schema reads the
// file, and exports back to itself. A file too big for one sync item, or refused by sync's quota,
// is saved all the same and loads back.
import fc from 'fast-check';
import './seed';
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { defaultRules } from '../../../lib/settings/defaults';
import { migrateRules } from '../../../lib/settings/migrations';
import { RulesSchema } from '../../../lib/settings/schema';
import type { Rules } from '../../../lib/settings/schema';
import { loadRules, loadStoredRules, saveRules, syncItemBytes } from '../../../lib/settings/storage';
import { exportRules, importRules, MAX_IMPORT_BYTES, MAX_IMPORT_DEPTH, MAX_IMPORT_VALUES } from '../../../lib/settings/transfer';
import v1Snapshot from '../settings/fixtures/rules-v1.json';
import { largestRules } from '../settings/largest-rules';

const sync = fakeBrowser.storage.sync;
const local = fakeBrowser.storage.local;

/** Both storage areas as text, to compare byte for byte. */
async function snapshot(): Promise<string> {
  return JSON.stringify([await sync.get(null), await local.get(null)]);
}

/** The rules as storage holds them, read back whole (where and how they are laid out is the storage tests' matter). */
async function storedValue(): Promise<unknown> {
  const stored = await loadStoredRules();
  expect(stored.problems).toEqual([]);
  return stored.rules;
}

/** What the options page does with a chosen file: validate whole, then save. */
async function importFile(text: string) {
  const result = importRules(text);
  if (!result.ok) return result;
  const saved = await saveRules(result.rules);
  return saved.ok ? result : { ok: false as const, errors: saved.errors };
}

type Json = Record<string, unknown>;
const exported = JSON.parse(exportRules(defaultRules())) as Json;

/** Every place in a rules object (objects and lists alike), to mangle one place at a time. */
function paths(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  if (value === null || typeof value !== 'object') return [prefix];
  const entries = Array.isArray(value) ? value.map((v, i) => [i, v] as const) : Object.entries(value as Json);
  return [prefix, ...entries.flatMap(([k, v]) => paths(v, [...prefix, k]))];
}

const hugeString = fc.oneof(
  fc.string({ minLength: 5_000, maxLength: 20_000 }),
  // Multi-byte: 4 UTF-8 bytes per character, so the byte limits are reached long before the length limits.
  fc.string({ unit: 'binary', minLength: 1_000, maxLength: 5_000 }).map((s) => s + '🏳️‍🌈'.repeat(2_000)),
);

type Mutation = { kind: 'delete' | 'replace' | 'extra'; path: (string | number)[]; value?: unknown; key?: string };

const mutation = (places: (string | number)[][]): fc.Arbitrary<Mutation> =>
  fc.oneof(
    fc.record({ kind: fc.constant<'delete'>('delete'), path: fc.constantFrom(...places) }),
    fc.record({
      kind: fc.constant<'replace'>('replace'),
      path: fc.constantFrom(...places),
      value: fc.oneof(
        fc.anything(),
        hugeString,
        fc.json().map((j) => JSON.parse(j)),
      ),
    }),
    fc.record({ kind: fc.constant<'extra'>('extra'), path: fc.constantFrom(...places), key: fc.string(), value: fc.anything() }),
  );

/** Applies a mutation where it still can (an earlier one may have removed the place). */
function apply(root: Json, m: Mutation): void {
  let node: unknown = root;
  for (const key of m.kind === 'extra' ? m.path : m.path.slice(0, -1)) {
    if (node === null || typeof node !== 'object') return;
    node = (node as Json)[key as string];
  }
  if (node === null || typeof node !== 'object') return;
  const target = node as Json;
  if (m.kind === 'extra') target[m.key!] = m.value;
  else if (m.kind === 'delete') delete target[m.path.at(-1) as string];
  else target[m.path.at(-1) as string] = m.value;
}

const mangledOf = (source: Json) => {
  const places = paths(source).filter((p) => p.length > 0);
  return fc.array(mutation(places), { minLength: 1, maxLength: 3 }).map((mutations) => {
    const copy = structuredClone(source);
    for (const m of mutations) apply(copy, m);
    return JSON.stringify(copy);
  });
};

const stringified = (v: unknown) => {
  try {
    return JSON.stringify(v) ?? String(v);
  } catch {
    return String(v); // BigInt, and objects without a prototype
  }
};

/** A valid export of other rules: what a person imports from their other browser. */
const otherRules = fc
  .record({ hashtags: fc.integer({ min: 0, max: 30 }), purpose: fc.string({ minLength: 1, maxLength: 400 }) })
  .map(({ hashtags, purpose }) => {
    const r = defaultRules();
    r.networks.x.hashtagLimit = hashtags;
    r.networks.linkedin.purpose = purpose.trim() || 'Professional';
    return exportRules(r);
  });

/** The largest rules the schema allows, as words and as the widest characters: valid, and over the old 1 MB limit. */
const largestFiles = [exportRules(largestRules()), exportRules(largestRules({ widest: true }))];

// Each kind of file equally often, but for the largest rules: a few runs (each is megabytes) are enough.
const anyFile = fc.oneof(
  ...[
    fc.json(),
    fc.anything().map(stringified),
    fc.string({ unit: 'binary' }),
    otherRules,
    // With a byte-order mark, as editors on Windows save JSON.
    otherRules.map((text) => `\uFEFF${text}`),
    mangledOf(exported),
    mangledOf(v1Snapshot as Json),
  ].map((arbitrary) => ({ arbitrary, weight: 6 })),
  { arbitrary: fc.constantFrom(...largestFiles), weight: 1 },
);

/** Commas and containers in a parsed value, and how deep it nests: what the import counts in the text. */
function structure(value: unknown): { values: number; depth: number } {
  if (value === null || typeof value !== 'object') return { values: 0, depth: 0 };
  const children = Object.values(value as Json).map(structure);
  return {
    values: 1 + Math.max(children.length - 1, 0) + children.reduce((sum, c) => sum + c.values, 0),
    depth: 1 + Math.max(0, ...children.map((c) => c.depth)),
  };
}

/** The rules a file should become: the schema's reading of it after migration, or none. */
function expectedFrom(text: string): Rules | null {
  if (new TextEncoder().encode(text).length > MAX_IMPORT_BYTES) return null;
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return null;
  }
  const { values, depth } = structure(data);
  if (values > MAX_IMPORT_VALUES || depth > MAX_IMPORT_DEPTH) return null;
  const migrated = migrateRules(data);
  if (!migrated.ok) return null;
  const parsed = RulesSchema.safeParse(migrated.rules);
  return parsed.success ? parsed.data : null;
}

beforeEach(async () => {
  fakeBrowser.reset();
  const rules = defaultRules();
  rules.networks.x.hashtagLimit = 4; // something the person chose, so "unchanged" means theirs, not defaults
  expect((await saveRules(rules)).ok).toBe(true);
});

describe('importing any file', () => {
  test('never throws; a refusal leaves storage as it was; an acceptance stores what the schema reads and exports back', async () => {
    const seen = { accepted: 0, refused: 0 };
    await fc.assert(
      fc.asyncProperty(anyFile, async (text) => {
        fakeBrowser.reset();
        expect((await saveRules({ ...defaultRules(), postGate: 'nudge' })).ok).toBe(true);
        const before = await snapshot();
        let result: Awaited<ReturnType<typeof importFile>>;
        try {
          result = await importFile(text);
        } catch (error) {
          throw new Error(`import threw: ${String(error)}`);
        }
        const expected = expectedFrom(text);
        if (!result.ok) {
          seen.refused++;
          expect(expected).toBeNull();
          expect(result.errors.length).toBeGreaterThan(0);
          for (const e of result.errors) {
            expect(typeof e.path).toBe('string');
            expect(typeof e.message).toBe('string');
            expect(e.message.length).toBeGreaterThan(0);
          }
          expect(await snapshot()).toBe(before);
        } else {
          seen.accepted++;
          expect(expected).not.toBeNull();
          expect(await storedValue()).toEqual(expected);
          expect(RulesSchema.safeParse(await storedValue()).success).toBe(true);
          const loaded = await loadRules();
          expect(loaded).toEqual(expected);
          const file = exportRules(loaded);
          const again = importRules(file);
          expect(again.ok && again.rules).toEqual(loaded);
          expect(again.ok && exportRules(again.rules)).toBe(file);
        }
      }),
      { numRuns: 300 },
    );
    // Both outcomes were explored, so neither half of the property held vacuously.
    expect(seen.accepted).toBeGreaterThan(20);
    expect(seen.refused).toBeGreaterThan(20);
  }, 60_000);
});

/** A valid rules file over storage.sync's 8 KB per item: a long phrase list of the person's own. */
function bigRulesFile(): string {
  const rules = defaultRules();
  rules.phrases.en.value.add = Array.from({ length: 200 }, (_, i) => `lesson number ${i} from running the team`);
  rules.networks.linkedin.purpose = 'Customers, hiring, and what I learn building the product.';
  return exportRules(rules);
}

describe('importing a large valid rules file', () => {
  test('too big for one sync item: saved, loads back, exports to the same file', async () => {
    const file = bigRulesFile();
    const imported = importRules(file);
    expect(imported.ok).toBe(true);
    if (!imported.ok) return;
    expect(syncItemBytes('rules', imported.rules)).toBeGreaterThan(8192);

    const result = await saveRules(imported.rules);

    expect(result.ok).toBe(true);
    const stored = await loadStoredRules();
    expect(stored).toMatchObject({ rules: imported.rules, problems: [] });
    expect(exportRules(stored.rules)).toBe(file);
  });

  test('refused by sync as over its total quota: saved all the same and loads back', async () => {
    // Within the per-item limit, but the sync area as a whole is full (Chrome's QUOTA_BYTES).
    const rules = defaultRules();
    rules.phrases.en.cta.add = ['DM me', 'book a call'];
    const file = exportRules(rules);
    const realSet = sync.set.bind(sync);
    vi.spyOn(sync, 'set').mockImplementation((async (items: Record<string, unknown>) => {
      if (Object.keys(items).some((key) => key.startsWith('rules'))) throw new Error('QUOTA_BYTES quota exceeded');
      return realSet(items);
    }) as never);

    const result = await importFile(file);

    expect(result.ok).toBe(true);
    expect(await loadRules()).toEqual(rules);
    expect(exportRules(await loadRules())).toBe(file);
  });
});
