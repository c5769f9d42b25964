/**
 * What a check is: an id, the composer kinds it applies to, and a pure `run`
 * that turns the shared analysis of a draft into a finding. `review()` maps the
 * finding's level and the person's severity to the check's status.
 */
import type { BuiltinCheckId } from '../ids';
import type { NetworkRules, Rules } from '../settings/schema';
import type { Analysis } from './analyze';
import type { PhraseBook } from './phrases';
import type { CheckResult, ComposerKind, Draft, Evidence, ReviewContext } from './types';
import type { MessageTable, Translate } from './messages';

export interface CheckInput {
  draft: Draft;
  rules: Rules;
  context: ReviewContext;
  /** rules.networks[draft.network] */
  net: NetworkRules;
  analysis: Analysis;
  phrases: PhraseBook;
  /** this check's strings in the context's locale */
  t: Translate;
}

/**
 * ok: nothing to fix (status pass).
 * minor: worth a look — a warning unless the check is off.
 * problem: as severe as the person's rules say (off → pass, warn → warn, fail → fail).
 */
export type FindingLevel = 'ok' | 'minor' | 'problem';

export interface Finding {
  level: FindingLevel;
  reason: string;
  hint: string;
  evidence: Evidence[];
}

export interface CheckDefinition {
  id: BuiltinCheckId;
  /** composer kinds the check runs for; others list it as skipped ('not-applicable') */
  appliesTo: readonly ComposerKind[];
  /** its strings: `title` plus whatever `run` uses, in en, de and sv */
  messages: MessageTable;
  run(input: CheckInput): Finding;
}

/**
 * A check the person writes: their own rules (`custom`) and their pause list (`pause`). Its results come whole,
 * with their own ids, severities and statuses (the person's rule decides, not the network's severity), none or
 * many per draft. These run on every kind of composer, after the built-in checks, and not on an empty draft.
 */
export interface OwnCheckDefinition {
  /** the id of its results (`pause`), or their prefix (`custom` → `custom:<rule id>`) */
  id: 'custom' | 'pause';
  /** its strings, as for a built-in check */
  messages: MessageTable;
  /**
   * What it checks on this draft, in order: one part per result it may give, each run alone so the review's
   * time budget can stop between them (fifty of the person's rules may together be what runs it out).
   */
  parts(input: Omit<CheckInput, 't'>): readonly OwnCheckPart[];
}

export interface OwnCheckPart {
  /** the id its result carries, and is listed under when the budget skips it */
  id: string;
  /** its result, or null when it has nothing to say */
  run(t: Translate): CheckResult | null;
}

export const ALL_KINDS: readonly ComposerKind[] = ['post', 'reply', 'quote', 'comment'];
