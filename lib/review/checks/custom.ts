/**
 * custom:<id>: the person's own rules — a phrase or regular expression to avoid or to
 * require, on some networks or all, each with the person's own message and severity.
 * Phrases use the phrase-list syntax (compilePhrases); regular expressions run with
 * flags giu. Patterns are compiled once per rule object: review runs on every keystroke.
 */
import type { CustomRule } from '../../settings/schema';
import type { CheckInput } from '../check';
import { compilePhrases } from '../phrases';
import type { PhraseHit } from '../phrases';
import { list, quote, translator } from '../messages';
import type { CheckResult } from '../types';
import messages from '../data/messages/custom.json';

/** Enough evidence to mark every occurrence in a post; a pattern matching everywhere stops here. */
const MAX_HITS = 200;

type Compiled = { re: RegExp | null } | { error: string };
const compiled = new WeakMap<CustomRule, { source: string; result: Compiled }>();

function compile(rule: CustomRule): Compiled {
  const source = `${rule.regex ? 'regex' : 'phrase'}:${rule.pattern}`;
  const cached = compiled.get(rule);
  if (cached?.source === source) return cached.result;
  let result: Compiled;
  try {
    result = { re: rule.regex ? new RegExp(rule.pattern, 'giu') : compilePhrases([rule.pattern]) };
  } catch (e) {
    // The schema rejects invalid patterns, but rules read leniently may still carry one.
    result = { error: (e as Error).message };
  }
  compiled.set(rule, { source, result });
  return result;
}

/** Non-empty matches only: a pattern that can match nothing ("x*") must not count as found. */
function find(re: RegExp | null, text: string): PhraseHit[] {
  if (!re) return [];
  const hits: PhraseHit[] = [];
  for (const m of text.matchAll(re)) {
    if (m[0].length === 0) continue;
    hits.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
    if (hits.length >= MAX_HITS) break;
  }
  return hits;
}

const applies = (rule: CustomRule, network: string) => rule.enabled && (rule.networks.length === 0 || rule.networks.some((n) => n === network));

// "{message} — found …" reads badly after the person's own full stop.
const own = (message: string) => message.replace(/\.\s*$/u, '');

export function customChecks({ draft, rules, context }: Omit<CheckInput, 't'>): CheckResult[] {
  const t = translator(messages, context.locale, 'custom');
  return rules.custom
    .filter((rule) => applies(rule, draft.network))
    .map((rule): CheckResult => {
      const pattern = rule.regex ? `/${rule.pattern}/` : quote(rule.pattern, context.locale);
      const base = { id: `custom:${rule.id}`, severity: rule.severity, title: t('title', { pattern }) };
      const c = compile(rule);
      if ('error' in c) {
        return { ...base, status: 'warn', reason: t('invalid', { pattern, error: c.error }), hint: t('invalidHint'), evidence: [] };
      }
      const hits = find(c.re, draft.text);
      const found = list([...new Set(hits.map((h) => h.text))], context.locale);
      const evidence = hits.map(({ start, end }) => ({ start, end, label: base.id }));
      if (rule.mode === 'avoid') {
        return hits.length
          ? { ...base, status: rule.severity, reason: t('avoidFound', { message: own(rule.message), found }), hint: t('avoidHint', { found }), evidence }
          : { ...base, status: 'pass', reason: t('avoidOk', { pattern }), hint: '', evidence: [] };
      }
      return hits.length
        ? { ...base, status: 'pass', reason: t('requireOk', { found }), hint: '', evidence }
        : {
            ...base,
            status: rule.severity,
            reason: t('requireMissing', { message: own(rule.message), pattern }),
            hint: t(rule.regex ? 'requireHintRegex' : 'requireHint', { pattern }),
            evidence: [],
          };
    });
}
