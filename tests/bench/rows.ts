/** A row of the browser benches' tables, and the statistics they report. */
export interface Row {
  case: string;
  input: string;
  median: number;
  p99: number;
  /** null: reported for context, not held to a target */
  target: number | null;
  unit: string;
}

const sorted = (xs: number[]) => [...xs].sort((a, b) => a - b);

/** The median and the 99th percentile of `xs` (non-empty). */
export const stats = (xs: number[]) => ({
  median: sorted(xs)[Math.floor(xs.length / 2)]!,
  p99: sorted(xs)[Math.min(xs.length - 1, Math.ceil(0.99 * xs.length) - 1)]!,
});
