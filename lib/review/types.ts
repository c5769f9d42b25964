/**
 * The review's contract: what goes in (a draft, the person's rules, the moment)
 * and what comes out (a verdict and an ordered list of checks).
 * Pure data: no DOM, no browser API, no clock.
 */
import type { ComposerKind, NetworkId, Lang, Severity } from '../ids';
import type { Rules } from '../settings/schema';

export type { ComposerKind, NetworkId, Lang, Severity };
export { COMPOSER_KINDS } from '../ids';

export type CheckStatus = 'pass' | 'warn' | 'fail';
export type Verdict = 'ready' | 'consider' | 'fix';

/** What the person is writing, where. */
export interface Draft {
  network: NetworkId;
  kind: ComposerKind;
  text: string;
}

/** A near-duplicate fingerprint of a draft reviewed earlier (never its text). */
export interface RecentDraft {
  network: NetworkId;
  /** epoch ms when it was last reviewed */
  at: number;
  /** MinHash signature from `fingerprint()` */
  signature: number[];
}

/** The moment and the surroundings of the review; everything time-related comes in here. */
export interface ReviewContext {
  /** epoch ms: "now" as the caller sees it */
  now: number;
  /** the person's local wall-clock time at `now` */
  local: { date: string /* YYYY-MM-DD */; weekday: number /* 0 = Sunday */; minutes: number /* 0..1439 */ };
  /** language for titles, reasons and hints */
  locale: Lang;
  /** fingerprints of drafts reviewed for other networks recently */
  recent?: readonly RecentDraft[];
  /** check ids the person dismissed for this draft */
  dismissed?: readonly string[];
  /** the id of the goal the person chose for this draft in the panel (one of rules.goals) */
  goal?: string;
  /**
   * The caller's time budget for this review: `now()` is its clock (ms), `ms` the allowance.
   * When it runs out between checks the rest are skipped as 'over-budget' and the review is
   * marked `incomplete`: a review that gave up never claims "ready". Absent: no limit.
   */
  budget?: { now: () => number; ms: number };
}

/** A character range in `draft.text` (UTF-16 offsets, end exclusive) that a check points at. */
export interface Evidence {
  start: number;
  end: number;
  /** what was seen there, e.g. the phrase list it matched ("cta", "promotion") */
  label: string;
}

export interface CheckResult {
  /** stable id: `value`, `cta`, …, `custom:<id>`, `pause` */
  id: string;
  status: CheckStatus;
  /** the severity the rules set for this check on this network */
  severity: Severity;
  title: string;
  reason: string;
  hint: string;
  evidence: Evidence[];
  /** the person dismissed it for this draft: shown, but it does not count toward the verdict */
  dismissed?: boolean;
}

/** A check that did not run, with why (e.g. share-comment on a new post). */
export interface SkippedCheck {
  id: string;
  why: 'not-applicable' | 'network-off' | 'empty' | 'over-budget';
}

export interface LengthInfo {
  /** the length as the network counts it (weighted on X) */
  count: number;
  limit: number;
  /** LinkedIn: where "…see more" folds the post, in UTF-16 offsets */
  fold?: number;
}

export interface Review {
  verdict: Verdict;
  checks: CheckResult[];
  skipped: SkippedCheck[];
  length: LengthInfo;
  /** the language the draft seems to be written in, if it could tell */
  language: Lang | null;
  /** the review gave up before every check had run (its budget ran out); the verdict is then never "ready" */
  incomplete?: 'budget';
}

export type { Rules };
