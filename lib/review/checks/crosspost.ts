/**
 * crosspost: is the draft written for this network, or carried over from another?
 * Two signs: traces another network or an auto-poster leaves in the text (a data list,
 * data/crosspost-artefacts.json), and a near-duplicate of a draft reviewed for another
 * network within `thresholds.crosspostDays` days (compared by MinHash signature; the
 * other text itself is never kept). Drafts for the same network are not compared:
 * rewriting a draft in another composer there is not a cross-post.
 */
import type { Lang, NetworkId } from '../../settings/schema';
import type { CheckDefinition, CheckInput, Finding } from '../check';
import { cite } from '../messages';
import type { Translate } from '../messages';
import type { Evidence, RecentDraft } from '../types';
import { fingerprint, similarity } from '../fingerprint';
import messages from '../data/messages/crosspost.json';
import data from '../data/crosspost-artefacts.json';
import networkNames from '../data/networks.json';

const DAY = 86_400_000;
/** Below this many words two drafts share too few shingles for the comparison to mean anything. */
const MIN_WORDS = 8;

interface Artefact {
  id: string;
  from: NetworkId | 'any';
  re: RegExp;
  message: string;
  minChars: number;
  /** 0: the whole text; else only its last `tail` characters */
  tail: number;
}

const ARTEFACTS: readonly Artefact[] = data.artefacts.map((a) => ({
  id: a.id,
  from: a.from as NetworkId | 'any',
  re: new RegExp(a.pattern, 'giu'),
  message: 'message' in a && a.message ? a.message : a.from === 'any' ? 'copied' : 'traces',
  minChars: 'minChars' in a && typeof a.minChars === 'number' ? a.minChars : 0,
  tail: 'tail' in a && typeof a.tail === 'number' ? a.tail : 0,
}));

interface Trace extends Evidence {
  artefact: Artefact;
  text: string;
}

function traces(text: string, network: NetworkId): Trace[] {
  const found: Trace[] = [];
  for (const artefact of ARTEFACTS) {
    if (artefact.from === network || text.length < artefact.minChars) continue;
    const from = artefact.tail ? Math.max(0, text.length - artefact.tail) : 0;
    for (const m of (from ? text.slice(from) : text).matchAll(artefact.re)) {
      const start = from + m.index;
      if (m[0].length) found.push({ start, end: start + m[0].length, label: artefact.id, artefact, text: m[0] });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/** One sentence per kind of trace (traces of X, of LinkedIn, …, copied from a feed, cut off), and its hints. */
function describeTraces(found: readonly Trace[], here: string, t: Translate, locale: Lang): { reason: string; hints: string[] } {
  const groups = new Map<string, Trace[]>();
  for (const trace of found) {
    const key = `${trace.artefact.message}|${trace.artefact.from}`;
    const group = groups.get(key);
    if (group) group.push(trace);
    else groups.set(key, [trace]);
  }
  const reason = [...groups.values()]
    .map((g) => {
      const { message, from } = g[0]!.artefact;
      return t(message, { network: from === 'any' ? '' : networkNames[from], found: cite(g.map((x) => x.text), locale) });
    })
    .join(' ');
  const hints = [...new Set(found.map((f) => f.artefact.message))].map((message) => t(`${message}Hint`, { network: here }));
  return { reason, hints };
}

interface Match {
  recent: RecentDraft;
  score: number;
}

function nearDuplicate(input: CheckInput): Match | null {
  const { draft, context, rules, analysis } = input;
  const window = rules.thresholds.crosspostDays * DAY;
  const others = (context.recent ?? []).filter((r) => r.network !== draft.network && context.now - r.at <= window);
  // Counting words only when there is something to compare with keeps a first draft's keystrokes cheap.
  if (others.length === 0 || analysis.words.length < MIN_WORDS) return null;
  const mine = fingerprint(draft.text);
  let best: Match | null = null;
  for (const r of others) {
    const score = similarity(mine, r.signature);
    if (score >= rules.thresholds.crosspostSimilarity && (!best || score > best.score)) best = { recent: r, score };
  }
  return best;
}

function ago(at: number, now: number, t: Translate): string {
  const days = Math.floor(Math.max(0, now - at) / DAY);
  if (days === 0) return t('today');
  if (days === 1) return t('yesterday');
  return t('daysAgo', { days });
}

export const crosspost: CheckDefinition = {
  id: 'crosspost',
  appliesTo: ['post', 'quote'],
  messages,
  run(input): Finding {
    const { draft, context, t } = input;
    const here = networkNames[draft.network];
    const found = traces(draft.text, draft.network);
    const duplicate = nearDuplicate(input);
    if (found.length === 0 && !duplicate) return { level: 'ok', reason: t('ok'), hint: '', evidence: [] };

    const reasons: string[] = [];
    const hints: string[] = [];
    if (found.length) {
      const described = describeTraces(found, here, t, context.locale);
      reasons.push(described.reason);
      hints.push(...described.hints);
    }
    if (duplicate) {
      const percent = new Intl.NumberFormat(context.locale, { style: 'percent' }).format(duplicate.score);
      reasons.push(t('duplicate', { percent, network: networkNames[duplicate.recent.network], ago: ago(duplicate.recent.at, context.now, t) }));
      hints.push(t('duplicateHint', { network: here }));
    }
    const evidence = found.map(({ start, end, label }) => ({ start, end, label }));
    return { level: 'problem', reason: reasons.join(' '), hint: hints.join(' '), evidence };
  },
};
