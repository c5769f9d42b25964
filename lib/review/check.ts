/**
 * What a check is: an id, the composer kinds it applies to, and a pure `run`
 * that turns the shared analysis of a draft into a finding. `review()` maps the
 * finding's level and the person's severity to the check's status.
 */
import type { BuiltinCheckId } from '../ids';
import type { NetworkRules, Rules } from '../settings/schema';
import type { Analysis } from './analyze';
import type { PhraseBook } from './phrases';
import type { ComposerKind, Draft, Evidence, ReviewContext } from './types';
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

export const ALL_KINDS: readonly ComposerKind[] = ['post', 'reply', 'quote', 'comment'];
