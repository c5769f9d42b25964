/**
 * Measuring the checks against posts a person labelled (`npm run eval`): pure, no file system.
 *
 * Each post is reviewed with the given rules at a fixed moment inside every network's audience
 * hours (a Tuesday, 10:00). For each measured check a label `y` (fine / has it) should pass and `n`
 * should warn or fail; `u` is left out, and so is a check that did not run on the post (not for this
 * kind of composer) or that the rules switch off on its network (cta on Facebook by default): it
 * cannot disagree with anyone. A false alarm is a warning or failure on a post labelled `y`, a miss a
 * pass on a post labelled `n`.
 */
import { review } from '../review/review';
import type { CheckStatus, Draft, Review, ReviewContext, Verdict } from '../review/types';
import { COMPOSER_KINDS } from '../review/types';
import { LANGS, NETWORKS } from '../settings/schema';
import type { Lang, NetworkId, Rules, Severity } from '../settings/schema';

export const EVAL_CHECKS = ['value', 'cta', 'fit', 'crosspost', 'privacy', 'share-comment'] as const;
export type EvalCheck = (typeof EVAL_CHECKS)[number];
export type Label = 'y' | 'n' | 'u';

export interface LabelledPost {
  id: string;
  lang: Lang;
  network: NetworkId;
  kind: Draft['kind'];
  text: string;
  labels: Partial<Record<EvalCheck, Label>>;
  /** the reader's reason per label, where given */
  reasons: Partial<Record<string, string>>;
}

const isOneOf = <T extends string>(values: readonly T[], v: unknown): v is T =>
  typeof v === 'string' && (values as readonly string[]).includes(v);

/** One post a line (JSON Lines); a line that is not a usable post is reported with its number and skipped. */
export function parseCorpus(text: string): { posts: LabelledPost[]; problems: string[] } {
  const posts: LabelledPost[] = [];
  const problems: string[] = [];
  text.split('\n').forEach((line, i) => {
    if (!line.trim()) return;
    let row: Record<string, unknown>;
    try {
      row = JSON.parse(line) as Record<string, unknown>;
    } catch (e) {
      problems.push(`line ${i + 1}: not JSON (${(e as Error).message})`);
      return;
    }
    const { id, lang, network, kind, text: body, labels, reasons } = row ?? {};
    const missing = [
      typeof id !== 'string' && 'id',
      !isOneOf(LANGS, lang) && 'lang',
      !isOneOf(NETWORKS, network) && 'network',
      !isOneOf(COMPOSER_KINDS, kind) && 'kind',
      typeof body !== 'string' && 'text',
      (typeof labels !== 'object' || labels === null) && 'labels',
    ].filter(Boolean);
    if (missing.length > 0) {
      problems.push(`line ${i + 1}: missing or unknown ${missing.join(', ')}`);
      return;
    }
    const known: Partial<Record<EvalCheck, Label>> = {};
    for (const check of EVAL_CHECKS) {
      const label = (labels as Record<string, unknown>)[check];
      if (label === undefined) continue;
      if (isOneOf(['y', 'n', 'u'] as const, label)) known[check] = label;
      else problems.push(`line ${i + 1}: label ${check} is ${JSON.stringify(label)}, not y, n or u`);
    }
    posts.push({
      id: id as string,
      lang: lang as Lang,
      network: network as NetworkId,
      kind: kind as Draft['kind'],
      text: body as string,
      labels: known,
      reasons: typeof reasons === 'object' && reasons !== null ? reasons : {},
    });
  });
  return { posts, problems };
}

/** A Tuesday at 10:00, inside the default audience hours of all three networks; no recent drafts. */
export function evalContext(locale: Lang): ReviewContext {
  return { now: Date.UTC(2025, 0, 7, 10, 0), local: { date: '2025-01-07', weekday: 2, minutes: 600 }, locale };
}

/** One check's judgment of one labelled post. */
export interface Outcome {
  post: LabelledPost;
  check: EvalCheck;
  label: 'y' | 'n';
  status: CheckStatus;
  severity: Severity;
  reason: string;
}

export interface Reviewed {
  post: LabelledPost;
  verdict: Verdict;
  outcomes: Outcome[];
}

/** The outcomes of one review for the checks the post is labelled for (y or n) that ran and count. */
export function outcomesOf(post: LabelledPost, result: Review): Outcome[] {
  const out: Outcome[] = [];
  for (const check of EVAL_CHECKS) {
    const label = post.labels[check];
    if (label !== 'y' && label !== 'n') continue;
    const found = result.checks.find((c) => c.id === check);
    if (!found || found.severity === 'off') continue;
    out.push({ post, check, label, status: found.status, severity: found.severity, reason: found.reason });
  }
  return out;
}

/** Reviews every post with `rules` (in the post's language) at the fixed moment. */
export function reviewCorpus(posts: readonly LabelledPost[], rules: Rules): Reviewed[] {
  return posts.map((post) => {
    const result = review({ network: post.network, kind: post.kind, text: post.text }, rules, evalContext(post.lang));
    return { post, verdict: result.verdict, outcomes: outcomesOf(post, result) };
  });
}

export const isFalseAlarm = (o: Outcome) => o.label === 'y' && o.status !== 'pass';
export const isMiss = (o: Outcome) => o.label === 'n' && o.status === 'pass';

export interface Figures {
  /** outcomes counted (labelled y or n, check ran) */
  n: number;
  yes: number;
  no: number;
  agree: number;
  falseAlarms: number;
  misses: number;
  /** agree / n, falseAlarms / yes, misses / no; null where the count under it is 0 */
  agreement: number | null;
  falseAlarmRate: number | null;
  missRate: number | null;
}

export function figures(outcomes: readonly Outcome[]): Figures {
  const yes = outcomes.filter((o) => o.label === 'y').length;
  const no = outcomes.length - yes;
  const falseAlarms = outcomes.filter(isFalseAlarm).length;
  const misses = outcomes.filter(isMiss).length;
  const agree = outcomes.length - falseAlarms - misses;
  const rate = (part: number, whole: number) => (whole > 0 ? part / whole : null);
  return {
    n: outcomes.length,
    yes,
    no,
    agree,
    falseAlarms,
    misses,
    agreement: rate(agree, outcomes.length),
    falseAlarmRate: rate(falseAlarms, yes),
    missRate: rate(misses, no),
  };
}

export type Group = Lang | 'all';
export const GROUPS: readonly Group[] = [...LANGS, 'all'];

export interface Report {
  posts: number;
  /** per check and language (and all languages together); a group without outcomes is absent */
  table: Partial<Record<EvalCheck, Partial<Record<Group, Figures>>>>;
  /** per network: how many posts got each verdict */
  verdicts: Record<NetworkId, Record<Verdict, number>>;
  /** labelled y or n but not counted: the check did not run on the post or is off on its network */
  notRun: Partial<Record<EvalCheck, number>>;
  disagreements: Outcome[];
}

/** How bad a disagreement is: a failure on a fine post, then a miss the rules would have failed, then warnings. */
function weight(o: Outcome): number {
  if (isFalseAlarm(o)) return o.status === 'fail' ? 4 : 2;
  return o.severity === 'fail' ? 3 : 1;
}

export function score(reviewed: readonly Reviewed[]): Report {
  const all = reviewed.flatMap((r) => r.outcomes);
  const table: Report['table'] = {};
  const notRun: Report['notRun'] = {};
  for (const check of EVAL_CHECKS) {
    const mine = all.filter((o) => o.check === check);
    const labelled = reviewed.filter((r) => r.post.labels[check] === 'y' || r.post.labels[check] === 'n').length;
    if (labelled > mine.length) notRun[check] = labelled - mine.length;
    for (const group of GROUPS) {
      const inGroup = group === 'all' ? mine : mine.filter((o) => o.post.lang === group);
      if (inGroup.length > 0) (table[check] ??= {})[group] = figures(inGroup);
    }
  }
  const verdicts = Object.fromEntries(NETWORKS.map((n) => [n, { ready: 0, consider: 0, fix: 0 }])) as Report['verdicts'];
  for (const r of reviewed) verdicts[r.post.network][r.verdict] += 1;
  const disagreements = all
    .filter((o) => isFalseAlarm(o) || isMiss(o))
    .map((o, i) => ({ o, i }))
    .sort((a, b) => weight(b.o) - weight(a.o) || a.i - b.i)
    .map(({ o }) => o);
  return { posts: reviewed.length, table, verdicts, notRun, disagreements };
}

// ---- floors: figures later work must not fall below ----

export interface Floor {
  /** agreement at least this */
  agreement?: number;
  /** false-alarm rate at most this */
  falseAlarmRate?: number;
  /** miss rate at most this */
  missRate?: number;
}
export type Floors = Partial<Record<EvalCheck, Partial<Record<Group, Floor>>>>;

/**
 * Floors from a report: each figure moved by `margin` in the forgiving direction and rounded to
 * whole percent, so a later run fails only when a figure really got worse.
 */
export function floorsFrom(report: Report, margin = 0.02): Floors {
  const floors: Floors = {};
  for (const check of EVAL_CHECKS) {
    for (const group of GROUPS) {
      const f = report.table[check]?.[group];
      if (!f) continue;
      const floor: Floor = {};
      if (f.agreement !== null) floor.agreement = Math.max(0, Math.floor((f.agreement - margin) * 100 + 1e-9) / 100);
      if (f.falseAlarmRate !== null) floor.falseAlarmRate = Math.min(1, Math.ceil((f.falseAlarmRate + margin) * 100 - 1e-9) / 100);
      if (f.missRate !== null) floor.missRate = Math.min(1, Math.ceil((f.missRate + margin) * 100 - 1e-9) / 100);
      (floors[check] ??= {})[group] = floor;
    }
  }
  return floors;
}

const pct = (x: number) => `${Math.round(x * 1000) / 10} %`;
const EPSILON = 1e-9;

/** Every figure below its floor, as a line; a group the floors name but the report lacks is one too. */
export function belowFloors(report: Report, floors: Floors): string[] {
  const out: string[] = [];
  for (const check of EVAL_CHECKS) {
    for (const group of GROUPS) {
      const floor = floors[check]?.[group];
      if (!floor) continue;
      const f = report.table[check]?.[group];
      const where = `${check} (${group})`;
      if (!f) {
        out.push(`${where}: no posts measured, the floors expect some`);
        continue;
      }
      if (floor.agreement !== undefined && (f.agreement ?? 0) < floor.agreement - EPSILON)
        out.push(`${where}: agreement ${pct(f.agreement ?? 0)} < floor ${pct(floor.agreement)}`);
      if (floor.falseAlarmRate !== undefined && (f.falseAlarmRate ?? 0) > floor.falseAlarmRate + EPSILON)
        out.push(`${where}: false alarms ${pct(f.falseAlarmRate ?? 0)} > ceiling ${pct(floor.falseAlarmRate)}`);
      if (floor.missRate !== undefined && (f.missRate ?? 0) > floor.missRate + EPSILON)
        out.push(`${where}: misses ${pct(f.missRate ?? 0)} > ceiling ${pct(floor.missRate)}`);
    }
  }
  return out;
}

// ---- text ----

function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join(' | ')} |`;
  return [
    line(header),
    `|${widths.map((w, i) => (i === 0 ? '-'.repeat(w + 2) : `${'-'.repeat(w + 1)}:`)).join('|')}|`,
    ...rows.map(line),
  ].join('\n');
}

const ratio = (part: number, whole: number, rate: number | null) => (rate === null ? '—' : `${part}/${whole} ${pct(rate)}`);

export function formatReport(report: Report): string {
  const rows: string[][] = [];
  for (const check of EVAL_CHECKS) {
    for (const group of GROUPS) {
      const f = report.table[check]?.[group];
      if (!f) continue;
      rows.push([
        `${check} ${group}`,
        String(f.n),
        `${f.yes}/${f.no}`,
        ratio(f.agree, f.n, f.agreement),
        ratio(f.falseAlarms, f.yes, f.falseAlarmRate),
        ratio(f.misses, f.no, f.missRate),
      ]);
    }
  }
  const checks = table(['check lang', 'n', 'y/n', 'agreement', 'false alarms (of y)', 'misses (of n)'], rows);
  const verdictRows = NETWORKS.map((network) => {
    const v = report.verdicts[network];
    const total = v.ready + v.consider + v.fix;
    const share = (k: number) => (total > 0 ? `${k} ${pct(k / total)}` : '0');
    return [network, String(total), share(v.ready), share(v.consider), share(v.fix)];
  });
  const verdicts = table(['network', 'posts', 'ready', 'consider', 'fix'], verdictRows);
  const notRun = EVAL_CHECKS.filter((c) => report.notRun[c]).map((c) => `${c} ${report.notRun[c]}`);
  return [
    `${report.posts} posts; a check counts where the post is labelled y or n and the check ran and is not off.`,
    checks,
    notRun.length ? `Labelled but not counted (check not run on that kind of post, or off on the network): ${notRun.join(', ')}.` : '',
    'Verdicts per network:',
    verdicts,
  ]
    .filter(Boolean)
    .join('\n\n');
}

const oneLine = (s: string, max: number) => {
  const flat = s.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
};

/** The `count` worst disagreements: what the engine said, what the reader said, the start of the post. */
export function formatWorst(report: Report, count: number): string {
  const worst = report.disagreements.slice(0, count);
  if (worst.length === 0) return 'No disagreements.';
  return [
    `The ${worst.length} worst disagreements (of ${report.disagreements.length}):`,
    ...worst.map((o) =>
      [
        `- ${o.post.id} ${o.check}: ${isFalseAlarm(o) ? `false alarm (${o.status}, labelled fine)` : `miss (pass, labelled n; ${o.severity} if caught)`}`,
        `    engine: ${oneLine(o.reason, 160)}`,
        `    reader: ${oneLine(o.post.reasons[o.check] ?? '(no reason given)', 160)}`,
        `    post:   ${oneLine(o.post.text, 120)}`,
      ].join('\n'),
    ),
  ].join('\n');
}
