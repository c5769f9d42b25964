/**
 * goal: which of the person's goals does the draft serve? The strategy behind Postcheck asks it before
 * anything is shared: build relationships, promote one's work in a way that is valuable to others, build
 * one's personal brand — and if what you share matches none of your goals, do not share it.
 *
 * A goal is served when the person chose it for this draft in the side panel (`context.goal`), or when the
 * draft shows it: the signal phrases of a default goal (`goal-<id>` lists, editable per language). The goal
 * with the most signals wins, ties going to the one listed first. Where none is chosen or seen, the check
 * asks; by default that only asks (severity `off` passes with the question), a person who wants it to count
 * makes it a warning or a failure. Posts and quotes only: a reply or a comment is conversation, not sharing.
 */
import type { CheckDefinition, CheckInput, Finding } from '../check';
import { DEFAULT_GOAL_IDS, isOneOf } from '../../ids';
import type { ComposerKind, DefaultGoalId, GoalListId } from '../../ids';
import type { Rules } from '../../settings/schema';
import { cite, quote } from '../messages';
import { proseHits } from '../prose';
import type { PhraseHit } from '../phrases';
import messages from '../data/messages/goal.json';

type Goal = Rules['goals'][number];

export const GOAL_KINDS: readonly ComposerKind[] = ['post', 'quote'];

/** The evidence label of a goal's signals: its phrase list's id. */
export const goalList = (id: DefaultGoalId): GoalListId => `goal-${id}`;

export interface ServedGoal {
  goal: Goal;
  /** chosen in the panel for this draft, or seen in the draft's own words */
  how: 'chosen' | 'seen';
  /** the goal's signals in the draft (none for a goal without a list, or none written) */
  signals: readonly PhraseHit[];
}

/** A goal's signal phrases in the draft; a goal the person added has no list, so none. */
function signalsOf(goal: Goal, input: Pick<CheckInput, 'phrases' | 'analysis'>): readonly PhraseHit[] {
  return isOneOf(DEFAULT_GOAL_IDS, goal.id) ? proseHits(input.phrases, goalList(goal.id), input.analysis) : [];
}

/**
 * The goal this draft serves: the active goal chosen for it, else the active default goal whose signals it
 * shows most; null when none (or for a kind the goal check does not ask about). Shared with the value check,
 * whose hint follows the goal; the phrase hits are cached per draft, so asking twice scans once.
 */
export function servedGoal(input: Pick<CheckInput, 'draft' | 'rules' | 'context' | 'phrases' | 'analysis'>): ServedGoal | null {
  if (!GOAL_KINDS.includes(input.draft.kind)) return null;
  const active = input.rules.goals.filter((g) => g.enabled);
  const chosen = input.context.goal === undefined ? undefined : active.find((g) => g.id === input.context.goal);
  if (chosen) return { goal: chosen, how: 'chosen', signals: signalsOf(chosen, input) };
  let best: ServedGoal | null = null;
  for (const goal of active) {
    const signals = signalsOf(goal, input);
    if (signals.length > (best?.signals.length ?? 0)) best = { goal, how: 'seen', signals };
  }
  return best;
}

export const goal: CheckDefinition = {
  id: 'goal',
  appliesTo: GOAL_KINDS,
  messages,
  run(input): Finding {
    const { rules, context, t } = input;
    if (!rules.goals.some((g) => g.enabled)) return { level: 'ok', reason: t('noGoals'), hint: '', evidence: [] };
    const served = servedGoal(input);
    if (!served) return { level: 'problem', reason: t('none'), hint: t('noneHint'), evidence: [] };
    const { goal: g, how, signals } = served;
    const name = quote(g.text, context.locale);
    const label = isOneOf(DEFAULT_GOAL_IDS, g.id) ? goalList(g.id) : `goal-${g.id}`;
    const evidence = signals.map((h) => ({ start: h.start, end: h.end, label }));
    if (how === 'chosen') return { level: 'ok', reason: t('chosen', { goal: name }), hint: '', evidence };
    const words = cite(
      signals.map((h) => h.text),
      context.locale,
    );
    return { level: 'ok', reason: t('seen', { goal: name, signals: words }), hint: '', evidence };
  },
};
