// Every reason the rules give is said in the UI language, so no English is left in a German or
// Swedish page; a new or reworded schema message fails here until errors.ts knows it.
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import de from '../../../public/_locales/de/messages.json';
import sv from '../../../public/_locales/sv/messages.json';
import { REASONS, reasonSentence, reasonText } from '../../../components/options/errors';
import { defaultRules } from '../../../lib/settings/defaults';
import { parseRulesStrict } from '../../../lib/settings/parse';
import type { RulesError } from '../../../lib/settings/parse';
import { importRules } from '../../../lib/settings/transfer';
import { englishMessage, speak, type Entry } from '../sidepanel/i18n';

/** One of every reason the schema, the parser and the import give. */
function allReasons(): RulesError[] {
  const r: any = defaultRules();
  r.goals[0].text = ' ';
  r.goals[1].text = 'x'.repeat(201);
  r.goals[2].enabled = 1;
  r.goals.push({ id: 'extra', text: 5, enabled: true });
  r.networks.x.limits.post = Number.NaN;
  r.networks.x.limits.comment = 2.5;
  r.networks.x.limits.fold = 'wide';
  r.networks.x.hashtagLimit = 31;
  r.networks.x.ctaAtEnd = 'yes';
  r.networks.x.severity.cta = 'loud';
  r.networks.linkedin.limits.post = 0;
  r.networks.x.audienceHours[0] = { days: [], from: '9', to: '08:00' };
  r.networks.linkedin.audienceHours[0].to = '06:00';
  r.networks.facebook.audienceHours = 'evenings';
  r.networks.facebook.severity = undefined;
  r.phrases.en.cta.add = ['two\nlines'];
  r.custom = [{ id: 'a', enabled: true, mode: 'avoid', pattern: '(', regex: true, networks: [], message: 'm', severity: 'warn' }];
  r.pause = [
    { id: 'p', label: 'l', from: '2026-05-02', to: '2026-05-01', topics: [] },
    { id: 'q', label: 'l', from: null, to: null, topics: [] },
    { id: 'r', label: 'l', from: '2026-02-30', to: '1 May', topics: [] },
  ];
  r.repost.starters.en = [];
  r.ctaTemplates.de = Array.from({ length: 21 }, () => 'Folgt mir');
  r.thresholds = null;
  const parsed = parseRulesStrict(r);
  if (parsed.ok) throw new Error('expected the broken rules to be refused');
  // Ids are compared only once everything else is valid.
  const twice = defaultRules();
  twice.goals.push({ ...twice.goals[0]! });
  const duplicate = parseRulesStrict(twice);
  const imports = ['{ nope', '[1]', JSON.stringify({ ...defaultRules(), version: 99 })].flatMap((text) => {
    const result = importRules(text);
    return result.ok ? [] : result.errors;
  });
  return [...parsed.errors, ...(duplicate.ok ? [] : duplicate.errors), ...imports];
}

beforeEach(() => {
  fakeBrowser.reset();
});

describe('validation reasons', () => {
  test('the sample gives every reason the page knows, so the checks below cover them all', () => {
    const reasons = allReasons().map((e) => e.message);
    for (const [pattern, key] of REASONS)
      expect(
        reasons.some((r) => pattern.test(r)),
        key,
      ).toBe(true);
  });

  test.each([
    ['de', de],
    ['sv', sv],
  ])('are all said in %s', (_, messages) => {
    speak(messages as Record<string, Entry>);
    for (const error of allReasons()) expect(reasonText(error.message), `${error.path}: ${error.message}`).not.toBe(error.message);
  });

  test('read in English exactly as the rules write them, and as a sentence under a field', () => {
    vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation(englishMessage as typeof fakeBrowser.i18n.getMessage);
    for (const error of allReasons()) {
      if (/^must be a number \(got NaN\)$/.test(error.message)) continue;
      if (/^(must be a whole number|Rules must be a JSON object) /.test(error.message)) continue;
      expect(reasonText(error.message), error.message).toBe(error.message);
    }
    expect(reasonSentence('must end after it starts')).toBe('Must end after it starts.');
  });
});
