/**
 * cta: does the post ask its readers to do something — reply, share, follow, read, watch,
 * join — or ask them a question? How much that matters is the person's per-network severity
 * (by default LinkedIn fail, X warn, Facebook off); the check reports a missing one as a problem.
 *
 * Calls to action are the `cta` list plus questions addressed to the reader: a question with
 * "you", "ihr", "ni"… in it (data/reader.json). Where `ctaAtEnd` is set (LinkedIn), a call to
 * action that only appears before the closing part is worth moving: readers act on what they
 * read last.
 *
 * Posts and quotes only: a reply or a comment already is the reader's answer to someone.
 */
import { LANGS } from '../../settings/schema';
import type { CheckDefinition, Finding } from '../check';
import type { Analysis } from '../analyze';
import { cite, quote } from '../messages';
import type { Translate } from '../messages';
import { compilePhrases } from '../phrases';
import type { PhraseBook } from '../phrases';
import { byStart, overlapsAny, proseHits } from '../prose';
import type { Evidence, Lang } from '../types';
import messages from '../data/messages/cta.json';
import reader from '../data/reader.json';
import networkNames from '../data/networks.json';

// Case-insensitive whole words; one test per question sentence, so not global.
const READER = new RegExp(compilePhrases(LANGS.flatMap((lang) => reader[lang]))!.source, 'iu');

/** The closing part starts at 70 % of the text (first to last word) … */
const CLOSING_SHARE = 0.7;

interface Cta extends Evidence {
  /** what the reason quotes: the phrase as written, or the whole question */
  text: string;
}

/** Calls to action in draft order: phrases, then reader questions that hold none of them. */
export function findCtas(analysis: Analysis, phrases: PhraseBook): Cta[] {
  const hits: Cta[] = proseHits(phrases, 'cta', analysis).map((h) => ({ start: h.start, end: h.end, label: 'cta', text: h.text }));
  const questions: Cta[] = analysis.questions
    .filter((q) => READER.test(q.text) && !overlapsAny(hits, q.start, q.end))
    .map((q) => ({ start: q.start, end: q.end, label: 'question', text: q.text }));
  return [...hits, ...questions].sort(byStart);
}

/**
 * … or at its last paragraph, whichever comes first. Paragraphs are separated by blank lines;
 * a draft without blank lines (LinkedIn's one-line-per-thought style) counts its last line.
 * Trailing lines of only hashtags, mentions or links do not count as the ending.
 */
export function closingStart(analysis: Analysis): number {
  const { words, lines } = analysis;
  const first = words[0];
  const last = words[words.length - 1];
  if (!first || !last) return 0;
  const byShare = first.start + Math.floor((last.end - first.start) * CLOSING_SHARE);

  let i = lines.length - 1;
  while (i > 0 && lines[i]!.start > last.start) i--;
  const lastLine = i;
  while (i > 0 && /\S/u.test(lines[i - 1]!.text)) i--;
  const paragraph = i > 0 && lines[i]!.start > first.start ? lines[i]!.start : lines[lastLine]!.start;
  return Math.min(byShare, paragraph > first.start ? paragraph : byShare);
}

const example = (templates: readonly string[], locale: Lang) => templates[0] && quote(templates[0], locale);

function hint(t: Translate, key: 'missingHint' | 'earlyHint', template: string | undefined): string {
  return template ? t(key, { template }) : t(`${key}Plain`);
}

export const cta: CheckDefinition = {
  id: 'cta',
  appliesTo: ['post', 'quote'],
  messages,
  run({ draft, rules, net, context, analysis, phrases, t }): Finding {
    const { locale } = context;
    const network = networkNames[draft.network];
    const template = example(rules.ctaTemplates[locale], locale);
    const ctas = findCtas(analysis, phrases);
    const evidence = (items: readonly Cta[]): Evidence[] => items.map(({ start, end, label }) => ({ start, end, label }));
    const cited = (items: readonly Cta[]) => cite(items.map((c) => c.text), locale);

    if (ctas.length === 0) {
      // Still a problem (the severity decides what it costs), but say so plainly where the person made it optional.
      if (net.severity.cta === 'off') return { level: 'problem', reason: t('optional', { network }), hint: '', evidence: [] };
      return { level: 'problem', reason: t('missing'), hint: hint(t, 'missingHint', template), evidence: [] };
    }
    if (!net.ctaAtEnd) return { level: 'ok', reason: t('found', { ctas: cited(ctas) }), hint: '', evidence: evidence(ctas) };

    const closing = closingStart(analysis);
    const atEnd = ctas.filter((c) => c.start >= closing);
    if (atEnd.length > 0) return { level: 'ok', reason: t('atEnd', { ctas: cited(atEnd) }), hint: '', evidence: evidence(atEnd) };
    return {
      level: 'minor',
      reason: t('early', { ctas: cited(ctas), network }),
      hint: hint(t, 'earlyHint', template),
      evidence: evidence(ctas),
    };
  },
};
