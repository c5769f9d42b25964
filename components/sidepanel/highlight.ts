/**
 * Splits the draft into runs for display: each run knows which checks point at it, and
 * whether it lies past the feed's "…see more" fold. Overlapping evidence just makes a run
 * belong to several checks.
 */
import type { CheckStatus } from '../../lib/review/types';

export interface Mark {
  start: number;
  end: number;
  checkId: string;
  status: CheckStatus;
}

export interface Run {
  start: number;
  end: number;
  text: string;
  /** ids of the checks whose evidence covers this run, in the order given */
  checks: string[];
  /** the most severe status among those checks */
  status: CheckStatus | null;
  /** past the fold: hidden in the feed until "…see more" */
  folded: boolean;
}

const RANK: Record<CheckStatus, number> = { pass: 0, warn: 1, fail: 2 };

export function runsOf(text: string, marks: readonly Mark[], fold?: number): Run[] {
  const valid = marks.filter((m) => m.start < m.end && m.start >= 0 && m.end <= text.length);
  const cuts = new Set<number>([0, text.length]);
  for (const m of valid) cuts.add(m.start).add(m.end);
  if (fold !== undefined && fold > 0 && fold < text.length) cuts.add(fold);
  const points = [...cuts].sort((a, b) => a - b);

  const runs: Run[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    const covering = valid.filter((m) => m.start <= start && m.end >= end);
    const checks = [...new Set(covering.map((m) => m.checkId))];
    const status = covering.reduce<CheckStatus | null>(
      (worst, m) => (worst === null || RANK[m.status] > RANK[worst] ? m.status : worst),
      null,
    );
    runs.push({ start, end, text: text.slice(start, end), checks, status, folded: fold !== undefined && start >= fold });
  }
  return runs;
}
