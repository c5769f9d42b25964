/**
 * review(draft, rules, context) → Review. Pure and deterministic: the same input gives
 * the same output; no DOM, no browser API, no clock (time comes in `context`).
 */
import type { Severity } from '../ids';
import { analyze } from './analyze';
import type { CheckInput, FindingLevel } from './check';
import { translator } from './messages';
import { phraseBook } from './phrases';
import { CHECKS, OWN_CHECKS } from './registry';
import { lengthInfo } from './checks/length';
import type { CheckResult, CheckStatus, Draft, Review, ReviewContext, SkippedCheck, Verdict } from './types';
import type { Rules } from '../settings/schema';

/** A finding's level under the person's severity: off never counts; minor is at most a warning. */
export function statusOf(level: FindingLevel, severity: Severity): CheckStatus {
  if (level === 'ok' || severity === 'off') return 'pass';
  if (level === 'minor') return 'warn';
  return severity;
}

export function verdictOf(checks: readonly CheckResult[]): Verdict {
  const counted = checks.filter((c) => !c.dismissed);
  if (counted.some((c) => c.status === 'fail')) return 'fix';
  if (counted.some((c) => c.status === 'warn')) return 'consider';
  return 'ready';
}

/** Whether the caller's time budget (if any) has run out; read between checks, never inside one. */
function budgetOf(context: ReviewContext): () => boolean {
  const budget = context.budget;
  if (!budget) return () => false;
  const started = budget.now();
  return () => budget.now() - started >= budget.ms;
}

export function review(draft: Draft, rules: Rules, context: ReviewContext): Review {
  const spent = budgetOf(context);
  const net = rules.networks[draft.network];
  const analysis = analyze(draft.text);
  const length = lengthInfo(draft, net, analysis);
  const language = analysis.empty ? null : analysis.language;
  if (!net.enabled) {
    return { verdict: 'ready', checks: [], skipped: CHECKS.map((c) => ({ id: c.id, why: 'network-off' })), length, language };
  }

  const base: Omit<CheckInput, 't'> = { draft, rules, context, net, analysis, phrases: phraseBook(rules) };
  const checks: CheckResult[] = [];
  const skipped: SkippedCheck[] = [];
  let incomplete = false;
  /** Once the budget is gone it stays gone: every check still to run is listed as skipped. */
  const overBudget = (id: string) => {
    if (!incomplete && !spent()) return false;
    incomplete = true;
    skipped.push({ id, why: 'over-budget' });
    return true;
  };
  for (const check of CHECKS) {
    if (!check.appliesTo.includes(draft.kind)) {
      skipped.push({ id: check.id, why: 'not-applicable' });
      continue;
    }
    // An empty draft has nothing to review yet, except an empty share comment, which is a bare repost.
    if (analysis.empty && check.id !== 'share-comment') {
      skipped.push({ id: check.id, why: 'empty' });
      continue;
    }
    if (overBudget(check.id)) continue;
    const t = translator(check.messages, context.locale, check.id);
    const finding = check.run({ ...base, t });
    const severity = net.severity[check.id];
    checks.push({
      id: check.id,
      status: statusOf(finding.level, severity),
      severity,
      title: t('title'),
      reason: finding.reason,
      hint: finding.hint,
      evidence: finding.evidence,
    });
  }
  // The person's own checks: part by part, so the budget can stop between their rules.
  for (const check of analysis.empty ? [] : OWN_CHECKS) {
    const parts = check.parts(base);
    if (parts.length === 0) continue;
    const t = translator(check.messages, context.locale, check.id);
    for (const part of parts) {
      if (overBudget(part.id)) continue;
      const result = part.run(t);
      if (result) checks.push(result);
    }
  }

  const dismissed = new Set(context.dismissed ?? []);
  for (const c of checks) if (dismissed.has(c.id)) c.dismissed = true;
  if (!incomplete) return { verdict: verdictOf(checks), checks, skipped, length, language };
  // A review that gave up has not seen everything: it never says "ready".
  const verdict = verdictOf(checks);
  return { verdict: verdict === 'ready' ? 'consider' : verdict, checks, skipped, length, language, incomplete: 'budget' };
}
