/**
 * custom:<id>: the person's own rules — a phrase or regular expression to avoid or to
 * require, on some networks or all, each with the person's own message and severity.
 * Phrases use the phrase-list syntax (phraseMatcher); regular expressions run on RE2
 * (../pattern.ts), case-insensitive, so no pattern can make a review take more than linear time.
 * Patterns are compiled once per content, not per rules object: review runs on every keystroke,
 * and the rules object is rebuilt whenever the person edits anything.
 */
import type { CustomRule } from '../../settings/schema';
import type { CheckInput, OwnCheckDefinition } from '../check';
import { phraseMatcher } from '../phrases';
import type { PhraseHit } from '../phrases';
import { findUserPattern, userPattern } from '../pattern';
import { list, quote, translator } from '../messages';
import type { Translate } from '../messages';
import type { CheckResult, Draft } from '../types';
import messages from '../data/messages/custom.json';

/** Enough evidence to mark every occurrence in a post; a pattern matching everywhere stops here. */
const MAX_HITS = 200;

/** The rule's hits (at most MAX_HITS), or why its pattern cannot be used. */
function hitsOf(rule: CustomRule, text: string): PhraseHit[] | { error: string } {
  if (!rule.regex) return phraseMatcher([rule.pattern]).findAll(text).slice(0, MAX_HITS);
  // The schema refuses what RE2 cannot read, but rules read leniently may still carry such a pattern.
  const compiled = userPattern(rule.pattern);
  return 'error' in compiled ? compiled : findUserPattern(compiled.re, text, MAX_HITS);
}

const applies = (rule: CustomRule, network: string) =>
  rule.enabled && (rule.networks.length === 0 || rule.networks.some((n) => n === network));

// "{message} — found …" reads badly after the person's own full stop (trimmed, not /\.\s*$/: that retries at every dot).
const own = (message: string) => {
  const trimmed = message.trimEnd();
  return trimmed.endsWith('.') ? trimmed.slice(0, -1) : message;
};

/** The person's rules that run on this draft's network, in their order. */
export function customRulesFor(draft: Draft, rules: readonly CustomRule[]): CustomRule[] {
  return rules.filter((rule) => applies(rule, draft.network));
}

export const customTranslator = (locale: CheckInput['context']['locale']) => translator(messages, locale, 'custom');

/** One rule's result; `review()` calls it rule by rule, so a time budget can stop between rules. */
export function customCheck(
  rule: CustomRule,
  draft: Draft,
  locale: CheckInput['context']['locale'],
  t: Translate = customTranslator(locale),
): CheckResult {
  const pattern = rule.regex ? `/${rule.pattern}/` : quote(rule.pattern, locale);
  const base = { id: `custom:${rule.id}`, severity: rule.severity, title: t('title', { pattern }) };
  const hits = hitsOf(rule, draft.text);
  if ('error' in hits) {
    return { ...base, status: 'warn', reason: t('invalid', { pattern, error: hits.error }), hint: t('invalidHint'), evidence: [] };
  }
  const found = list([...new Set(hits.map((h) => h.text))], locale);
  const evidence = hits.map(({ start, end }) => ({ start, end, label: base.id }));
  if (rule.mode === 'avoid') {
    return hits.length
      ? {
          ...base,
          status: rule.severity,
          reason: t('avoidFound', { message: own(rule.message), found }),
          hint: t('avoidHint', { found }),
          evidence,
        }
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
}

/** One part per rule that runs on this draft's network, in the person's order. */
export const custom: OwnCheckDefinition = {
  id: 'custom',
  messages,
  parts: ({ draft, rules, context }) =>
    customRulesFor(draft, rules.custom).map((rule) => ({
      id: `custom:${rule.id}`,
      run: (t) => customCheck(rule, draft, context.locale, t),
    })),
};

export function customChecks({ draft, rules, context }: Omit<CheckInput, 't'>): CheckResult[] {
  const t = customTranslator(context.locale);
  return customRulesFor(draft, rules.custom).map((rule) => customCheck(rule, draft, context.locale, t));
}
