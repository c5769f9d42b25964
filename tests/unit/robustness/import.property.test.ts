// Importing rules from any file at all: arbitrary JSON, arbitrary values, and a real export mangled
// (keys deleted, types changed, huge strings, extra keys, garbage nested). The import never throws;
// what it refuses leaves the stored rules byte for byte as they were, and what it accepts is stored
// valid and exports back to itself.
import fc from 'fast-check';
import './seed';
import { beforeEach, describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { defaultRules } from '../../../lib/settings/defaults';
import { RulesSchema } from '../../../lib/settings/schema';
import { loadRules, saveRules } from '../../../lib/settings/storage';
import { exportRules, importRules } from '../../../lib/settings/transfer';

async function snapshot(): Promise<string> {
  return JSON.stringify([await fakeBrowser.storage.sync.get(null), await fakeBrowser.storage.local.get(null)]);
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

/** Paths into the exported rules, to mangle one place at a time. */
function paths(value: unknown, prefix: string[] = []): string[][] {
  if (value === null || typeof value !== 'object') return [prefix];
  return [prefix, ...Object.entries(value as Json).flatMap(([k, v]) => paths(v, [...prefix, k]))];
}
const allPaths = paths(exported).filter((p) => p.length > 0);

const mangled = fc
  .tuple(fc.constantFrom(...allPaths), fc.oneof(fc.constant(undefined), fc.anything(), fc.string({ minLength: 5_000, maxLength: 20_000 })))
  .map(([path, replacement]) => {
    const copy = structuredClone(exported);
    let node = copy as Json;
    for (const key of path.slice(0, -1)) node = node[key] as Json;
    const last = path.at(-1)!;
    if (replacement === undefined) delete node[last];
    else node[last] = replacement;
    return JSON.stringify(copy);
  });

const anyFile = fc.oneof(
  fc.json(),
  fc.anything().map((v) => {
    try {
      return JSON.stringify(v) ?? String(v);
    } catch {
      return String(v);
    }
  }),
  fc.string({ unit: 'binary' }),
  mangled,
);

beforeEach(async () => {
  fakeBrowser.reset();
  const rules = defaultRules();
  rules.networks.x.hashtagLimit = 4; // something the person chose, so "unchanged" means theirs, not defaults
  expect((await saveRules(rules)).ok).toBe(true);
});

describe('importing any file', () => {
  test('never throws; a refusal leaves storage as it was; an acceptance stores valid rules that export back', async () => {
    await fc.assert(
      fc.asyncProperty(anyFile, async (text) => {
        const before = await snapshot();
        let result: Awaited<ReturnType<typeof importFile>>;
        try {
          result = await importFile(text);
        } catch (error) {
          throw new Error(`import threw: ${String(error)}`);
        }
        if (!result.ok) {
          expect(result.errors.length).toBeGreaterThan(0);
          for (const e of result.errors) expect(typeof e.message).toBe('string');
          expect(await snapshot()).toBe(before);
        } else {
          const stored = await loadRules();
          expect(RulesSchema.safeParse(stored).success).toBe(true);
          expect(stored).toEqual(result.rules);
          const again = importRules(exportRules(stored));
          expect(again.ok && again.rules).toEqual(stored);
        }
      }),
      { numRuns: 300 },
    );
  }, 60_000);
});
