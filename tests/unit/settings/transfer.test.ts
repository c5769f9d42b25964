import { beforeEach, describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { defaultRules } from '../../../lib/settings/defaults';
import { formatRulesError } from '../../../lib/settings/parse';
import { loadRules, saveRules } from '../../../lib/settings/storage';
import { exportRules, importRules, MAX_IMPORT_BYTES, MAX_IMPORT_DEPTH, MAX_IMPORT_VALUES } from '../../../lib/settings/transfer';
import { RULES_VERSION } from '../../../lib/settings/schema';
import type { Rules } from '../../../lib/settings/schema';
import v1Snapshot from './fixtures/rules-v1.json';
import { largestRules } from './largest-rules';

function personalRules(): Rules {
  const rules = defaultRules();
  rules.networks.facebook.enabled = false;
  rules.networks.linkedin.audienceHours.push({ days: [6], from: '10:00', to: '11:30' });
  rules.phrases.sv.cta.add = ['Hör av dig', 'boka ett samtal'];
  rules.phrases.de.promotion.remove = ['Rabatt'];
  rules.custom = [
    {
      id: 'no-phone',
      enabled: true,
      mode: 'avoid',
      pattern: '\\+?\\d[\\d ()-]{7,}\\d',
      regex: true,
      networks: [],
      message: 'That looks like a phone number.',
      severity: 'fail',
    },
  ];
  rules.pause = [{ id: 'summer', label: 'Summer break', from: '2025-07-01', to: '2025-08-15', topics: [] }];
  rules.thresholds.crosspostSimilarity = 0.9;
  return rules;
}

/** The import flow as the options page runs it: import, and only then save. */
async function importAndSave(text: string) {
  const result = importRules(text);
  if (result.ok) await saveRules(result.rules);
  return result;
}

async function dump(): Promise<string> {
  return JSON.stringify({ sync: await fakeBrowser.storage.sync.get(), local: await fakeBrowser.storage.local.get() });
}

beforeEach(() => {
  fakeBrowser.reset();
});

describe('exportRules', () => {
  test('is pretty-printed JSON with two-space indents, with the version', () => {
    const text = exportRules(defaultRules());
    expect(text.startsWith('{\n  "version": 6,\n  "goals": [\n    {\n')).toBe(true);
    expect(text.endsWith('}\n')).toBe(true);
  });

  test('round-trips through import to deep-equal rules', () => {
    for (const rules of [defaultRules(), personalRules()]) {
      expect(importRules(exportRules(rules))).toEqual({ ok: true, rules });
    }
  });

  test('the largest rules the schema allows import back equal, in words and in the widest characters', () => {
    for (const widest of [false, true]) {
      const rules = largestRules({ widest });
      const file = exportRules(rules);
      const bytes = new TextEncoder().encode(file).length;
      // Both are over the old 1 MB limit, which refused them.
      expect(bytes).toBeGreaterThan(1_500_000);
      expect(bytes).toBeLessThanOrEqual(MAX_IMPORT_BYTES);
      const imported = importRules(file);
      expect(imported.ok).toBe(true);
      expect(imported.ok && imported.rules).toEqual(rules);
      expect(imported.ok && exportRules(imported.rules)).toBe(file);
    }
  });

  test('round-trips through storage too', async () => {
    await saveRules(personalRules());
    const result = await importAndSave(exportRules(await loadRules()));
    expect(result.ok).toBe(true);
    expect(await loadRules()).toEqual(personalRules());
  });
});

describe('importRules', () => {
  test('accepts an older version and migrates it', () => {
    const result = importRules(JSON.stringify(v1Snapshot));
    expect(result.ok && result.rules.version).toBe(RULES_VERSION);
  });

  test('accepts a file with a byte-order mark', () => {
    expect(importRules(`\uFEFF${exportRules(personalRules())}`)).toEqual({ ok: true, rules: personalRules() });
  });

  test('refuses a file over the size limit, counting UTF-8 bytes', () => {
    const text = exportRules(defaultRules());
    const bytes = new TextEncoder().encode(text).length;
    expect(importRules(text, bytes).ok).toBe(true);
    expect(importRules(text, bytes - 1)).toMatchObject({
      ok: false,
      errors: [{ path: '', message: expect.stringMatching(/^The file is .*; a rules file can be at most/) }],
    });

    // 400,000 characters of "ü" are 800,000 bytes: under the limit by characters, over it by bytes.
    const wide = JSON.stringify({ ...defaultRules(), padding: 'ü'.repeat(400_000) });
    expect(wide.length).toBeLessThan(500_000);
    expect(importRules(wide, 500_000)).toEqual({
      ok: false,
      errors: [{ path: '', message: 'The file is 804.2 kB; a rules file can be at most 500.0 kB' }],
    });
  });

  test('refuses over 10 MB by default', () => {
    const huge = JSON.stringify({ ...defaultRules(), padding: 'x'.repeat(10_000_001) });
    expect(importRules(huge)).toEqual({
      ok: false,
      errors: [{ path: '', message: 'The file is 10.0 MB; a rules file can be at most 10.0 MB' }],
    });
  });

  test('refuses a file nested deeper or holding more values than any rules, before parsing it', () => {
    const deep = `${'['.repeat(MAX_IMPORT_DEPTH + 1)}${']'.repeat(MAX_IMPORT_DEPTH + 1)}`;
    expect(importRules(deep)).toEqual({
      ok: false,
      errors: [{ path: '', message: `The file is nested more than ${MAX_IMPORT_DEPTH} levels deep; rules never are` }],
    });
    // Nine megabytes of "[", which JSON.parse took 0.7 s to refuse: the scan stops at the first level too deep.
    expect(importRules('['.repeat(9_000_000))).toMatchObject({
      ok: false,
      errors: [{ message: expect.stringMatching(/nested more than/) }],
    });

    const many: Record<string, unknown> = defaultRules();
    for (let i = 0; i < MAX_IMPORT_VALUES; i++) many[`k${i}`] = 1;
    expect(importRules(JSON.stringify(many))).toEqual({
      ok: false,
      errors: [{ path: '', message: 'The file holds more than 40,000 values; a rules file holds fewer' }],
    });
    // Brackets, braces and commas inside strings are text, not structure.
    const rules = defaultRules();
    rules.networks.x.purpose = `${'[{,'.repeat(160)}`;
    rules.networks.linkedin.purpose = `say "[" \\ or ",,,"`;
    expect(importRules(exportRules(rules))).toEqual({ ok: true, rules });
    const extra: Record<string, unknown> = defaultRules();
    extra.note = Array.from({ length: 200 }, () => '{[,'.repeat(150)).join('');
    expect(importRules(JSON.stringify(extra))).toEqual({ ok: true, rules: defaultRules() });
  });

  test('refuses malformed JSON with where and why', () => {
    const result = importRules('{\n  "version": 2,\n  "goals": [1 2]\n}');
    expect(result.ok).toBe(false);
    const [error] = result.ok ? [] : result.errors;
    expect(error!.path).toBe('');
    expect(error!.message).toMatch(/^The file is not valid JSON: /);
    // The engine's reason and offset (V8: "Expected ',' or ']' after array element in JSON at
    // position 32"), with the line and column added when the engine does not give them itself.
    expect(error!.message).toMatch(/after array element/);
    expect(error!.message).toMatch(/line 3,? column 15/);
  });

  test('refuses an empty file', () => {
    expect(importRules('')).toMatchObject({ ok: false, errors: [{ message: expect.stringMatching(/^The file is not valid JSON/) }] });
  });

  test('refuses the wrong shape with the exact field and reason', () => {
    const rules: Record<string, any> = personalRules();
    rules.networks.linkedin.purpose = '';
    rules.custom[0].pattern = '[unclosed';
    const result = importRules(JSON.stringify(rules));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors.map(formatRulesError)).toEqual([
      'networks.linkedin.purpose: must not be empty',
      expect.stringMatching(/^custom\[0\]\.pattern: is not a valid regular expression \(/),
    ]);
  });

  test('refuses JSON that is not rules at all', () => {
    expect(importRules('[1, 2, 3]')).toEqual({ ok: false, errors: [{ path: '', message: 'Rules must be a JSON object (got a list)' }] });
    expect(importRules('{"version": 9}')).toMatchObject({
      ok: false,
      errors: [{ path: 'version', message: expect.stringContaining('update Postcheck') }],
    });
  });

  test('a refused import writes nothing', async () => {
    await saveRules(personalRules());
    const before = await dump();
    const broken = exportRules(personalRules()).replace('"postGate": "off"', '"postGate": "always"');
    for (const text of ['{"version": 2,', broken, JSON.stringify({ padding: 'x'.repeat(10_000_001) })]) {
      expect((await importAndSave(text)).ok).toBe(false);
    }
    expect(await dump()).toBe(before);
  });
});
