/**
 * What one tab's draft may take of storage.session (10 MB in Chrome, shared by every tab).
 * Unbounded, one planted 200,000-character "#a @b " draft took 7.67 MB with 99,999 evidence
 * ranges. Pure: the background applies it before every write.
 */
import type { Evidence } from '../review/types';
import type { StoredCheck, TabDraft } from './state';

/**
 * The longest draft stored whole: just above Facebook's 63,206 characters, the longest post any of
 * the three networks takes. Anything longer cannot be posted anywhere; the panel shows its start
 * (where the length check's cut falls) and says how long the whole is. At most ~190 KB in UTF-8.
 */
export const MAX_STORED_TEXT = 64_000;
/** Highlights per check: the first ones; the panel says how many more there are. */
export const MAX_EVIDENCE_PER_CHECK = 50;
/** A check's title, reason or hint: engine sentences, which may quote the draft. */
export const MAX_CHECK_TEXT = 1_000;
const MAX_LABEL = 80;
/** Dismissed check ids kept per draft (far more than there are checks). */
export const MAX_DISMISSED = 100;
const MAX_DISMISSED_ID = 200;

const clip = (s: string, max: number) => (s.length <= max ? s : `${s.slice(0, max - 1)}…`);

/** Where to cut `text` at `max` without splitting a surrogate pair. */
function cutAt(text: string, max: number): number {
  if (text.length <= max) return text.length;
  const c = text.charCodeAt(max - 1);
  return c >= 0xd800 && c <= 0xdbff ? max - 1 : max;
}

function boundCheck(check: StoredCheck, textLength: number): StoredCheck {
  const kept: Evidence[] = [];
  for (const e of check.evidence) {
    if (kept.length === MAX_EVIDENCE_PER_CHECK) break;
    if (e.start >= textLength) continue;
    kept.push({ start: e.start, end: Math.min(e.end, textLength), label: clip(e.label, MAX_LABEL) });
  }
  const more = check.evidence.length - kept.length + (check.evidenceMore ?? 0);
  const { evidenceMore: _, ...rest } = check;
  return {
    ...rest,
    title: clip(check.title, MAX_CHECK_TEXT),
    reason: clip(check.reason, MAX_CHECK_TEXT),
    hint: clip(check.hint, MAX_CHECK_TEXT),
    evidence: kept,
    ...(more > 0 ? { evidenceMore: more } : {}),
  };
}

/** The draft as it may be stored: text, evidence, sentences and dismissals capped. */
export function boundDraft(draft: TabDraft): TabDraft {
  const end = cutAt(draft.text, MAX_STORED_TEXT);
  const text = end < draft.text.length ? draft.text.slice(0, end) : draft.text;
  const fullLength = draft.fullLength ?? (end < draft.text.length ? draft.text.length : undefined);
  const { fullLength: _, ...rest } = draft;
  return {
    ...rest,
    text,
    ...(fullLength !== undefined ? { fullLength } : {}),
    dismissed: draft.dismissed.filter((id) => id.length <= MAX_DISMISSED_ID).slice(-MAX_DISMISSED),
    review: { ...draft.review, checks: draft.review.checks.map((c) => boundCheck(c, text.length)) },
  };
}
