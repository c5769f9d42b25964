/**
 * Runs one built-in check the way review() does (same analysis, phrase book and translator),
 * so a check's table can be tested on its own. Dates are local wall-clock times.
 */
import { analyze } from '../../../lib/review/analyze';
import type { CheckDefinition, Finding } from '../../../lib/review/check';
import { contextAt } from '../../../lib/review/context';
import { translator } from '../../../lib/review/messages';
import { phraseBook } from '../../../lib/review/phrases';
import { review } from '../../../lib/review/review';
import type { ComposerKind, Draft, Evidence, NetworkId, ReviewContext } from '../../../lib/review/types';
import { defaultRules } from '../../../lib/settings/defaults';
import type { Lang, Rules } from '../../../lib/settings/schema';

/** Tuesday 7 January 2025, 10:00: inside every network's default audience hours. */
export const TUESDAY_10 = new Date(2025, 0, 7, 10, 0);

export function draft(network: NetworkId, text: string, kind: ComposerKind = 'post'): Draft {
  return { network, kind, text };
}

export function inputFor(d: Draft, opts: { rules?: Rules | undefined; context?: ReviewContext; locale?: Lang } = {}) {
  const rules = opts.rules ?? defaultRules();
  const context = opts.context ?? contextAt(TUESDAY_10, opts.locale ?? 'en');
  return { draft: d, rules, context, net: rules.networks[d.network], analysis: analyze(d.text), phrases: phraseBook(rules) };
}

export function runCheck(check: CheckDefinition, d: Draft, opts: Parameters<typeof inputFor>[1] = {}): Finding {
  const input = inputFor(d, opts);
  return check.run({ ...input, t: translator(check.messages, input.context.locale, check.id) });
}

/** The text each evidence range points at. */
export function slices(text: string, evidence: readonly Evidence[]): string[] {
  return evidence.map((e) => text.slice(e.start, e.end));
}

/** The whole review of a draft, and one of its checks by id. */
export function reviewOf(d: Draft, opts: { rules?: Rules | undefined; context?: ReviewContext; locale?: Lang } = {}) {
  const r = review(d, opts.rules ?? defaultRules(), opts.context ?? contextAt(TUESDAY_10, opts.locale ?? 'en'));
  return { ...r, check: (id: string) => r.checks.find((c) => c.id === id) };
}
