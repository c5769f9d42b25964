/**
 * The try box's review: the engine (lib/review) on the rules as edited on this page, shaped as the draft the
 * side panel shows, so the panel's own components render it. Pure apart from the clock the caller passes in.
 */
import type { Draft, Lang, ReviewContext } from '../../lib/review/types';
import { review } from '../../lib/review';
import { contextAt } from '../../lib/review/context';
import { fixesFor } from '../../lib/review/fixes';
import type { Fix } from '../../lib/review/fixes';
import { boundDraft } from '../../lib/drafts/bound';
import type { TabDraft } from '../../lib/drafts/state';
import { parseRulesStrict } from '../../lib/settings/parse';
import type { Rules } from '../../lib/settings/schema';
import { setIn } from './paths';
import type { PendingEdit } from './store';

export interface WorkingRules {
  rules: Rules;
  /** an unsaved edit would make the rules invalid: its field is at its last valid (stored) value */
  invalid: boolean;
}

/**
 * The rules as the page shows them: the stored ones with every unsaved edit that keeps them valid. An edit that
 * does not (a number still being typed, a refused value) leaves its field at the stored value, which is its last
 * valid one: an invalid value is never saved. Validated as a save would be (parseRulesStrict).
 */
export function workingRules(saved: Rules, pending: Readonly<Record<string, PendingEdit>>): WorkingRules {
  let rules = saved;
  let invalid = false;
  for (const edit of Object.values(pending)) {
    const path = edit.unit.locate(rules);
    // Its item was removed: nothing left to edit.
    if (!path) continue;
    const parsed = parseRulesStrict(setIn(rules, path, edit.value));
    if (parsed.ok) rules = parsed.rules;
    else invalid = true;
  }
  return { rules, invalid };
}

export interface TryReview {
  /** the draft as the side panel would hold it (bounded as stored) */
  draft: TabDraft;
  /** the fixes per check id, as the side panel offers them */
  fixes: Map<string, Fix[]>;
}

/** The id the try box's draft goes by; it is never a composer's. */
export const TRY_COMPOSER_ID = 'options-try';

/**
 * Reviews `draft` on `rules` as the background would for a composer, within the same time budget, and the
 * fixes the side panel would offer for it (in the draft's language, else the UI's).
 */
export function reviewTry(
  draft: Draft,
  rules: Rules,
  { now, locale, budget }: { now: Date; locale: Lang; budget?: ReviewContext['budget'] },
): TryReview {
  const context: ReviewContext = { ...contextAt(now, locale), ...(budget ? { budget } : {}) };
  const reviewed = review(draft, rules, context);
  const stored = boundDraft({
    ...draft,
    composerId: TRY_COMPOSER_ID,
    tabId: -1,
    host: '',
    review: reviewed,
    dismissed: [],
    updatedAt: context.now,
  });
  const fixes = new Map<string, Fix[]>();
  for (const fix of fixesFor(stored.review, stored.text, draft.network, rules, stored.review.language ?? locale)) {
    // Like the side panel: a whole-draft rewrite of a draft cut for storage would drop its rest.
    if (stored.fullLength !== undefined && fix.mode === 'replace' && fix.checkId !== 'length') continue;
    fixes.set(fix.checkId, [...(fixes.get(fix.checkId) ?? []), fix]);
  }
  return { draft: stored, fixes };
}
