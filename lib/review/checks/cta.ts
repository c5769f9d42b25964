/**
 * cta: does the post ask its readers to do something — reply, share, follow, read, watch,
 * join — or ask them a question? How much that matters is the person's per-network severity
 * (by default LinkedIn fail, X warn, Facebook off); the check reports a missing one as a problem.
 *
 * Calls to action are the `cta` phrase list (unless the sentence negates or tells about the
 * phrase: "you cannot download this", "I read my notes") and what cta-grammar.ts recognises by
 * its shape: a clause opening with an imperative ("Check out…", "Bitte teilt…", "Boka din
 * plats"), a German infinitive call ("Jetzt anmelden!"), a question with "you", "ihr", "ni"… in
 * it, or an open question ("Who would win?") the author does not answer right away. Where
 * `ctaAtEnd` is set (LinkedIn), a call to action that only appears before the closing part is
 * worth moving: readers act on what they read last.
 *
 * Posts and quotes only: a reply or a comment already is the reader's answer to someone.
 */
import type { CheckDefinition, Finding } from '../check';
import type { Analysis } from '../analyze';
import { cite, quote } from '../messages';
import type { Translate } from '../messages';
import { phraseMatcher } from '../phrases';
import type { PhraseBook } from '../phrases';
import { LANGS } from '../../ids';
import type { Rules } from '../../settings/schema';
import { byStart, overlapsAny, proseHits } from '../prose';
import type { Evidence, Lang } from '../types';
import { clauses, descriptive, shapeCalls } from './cta-grammar';
import messages from '../data/messages/cta.json';
import { NETWORK_NAMES } from '../../networks';

/** The closing part starts at 70 % of the text (first to last word) … */
const CLOSING_SHARE = 0.7;

interface Cta extends Evidence {
  /** what the reason quotes: the phrase as written, or the whole sentence or question */
  text: string;
}

/**
 * Calls to action in draft order: phrases that ask, then sentences and questions that ask and
 * hold none of them. `removed`: phrases the person took out of the cta list; a sentence that
 * opens with one is not taken as a call by its shape either.
 */
export function findCtas(analysis: Analysis, phrases: PhraseBook, removed: readonly string[] = []): Cta[] {
  const all = proseHits(phrases, 'cta', analysis);
  const list = all.length > 0 ? clauses(analysis) : [];
  const hits: Cta[] = all
    .filter((h) => !descriptive(h.start, h.end, list))
    .map((h) => ({ start: h.start, end: h.end, label: 'cta', text: h.text }));
  let shapes = shapeCalls(analysis, analysis.language).filter((c) => !overlapsAny(hits, c.start, c.end));
  if (removed.length > 0 && shapes.some((c) => c.label === 'cta')) {
    const { folded } = analysis;
    const vetoed = new Set(
      phraseMatcher(removed)
        .findAll(folded.text)
        .map((h) => folded.start(h.start)),
    );
    shapes = shapes.filter((c) => c.label !== 'cta' || !vetoed.has(c.start));
  }
  const shaped: Cta[] = shapes.map((c) => ({ start: c.start, end: c.end, label: c.label, text: c.text }));
  return [...hits, ...shaped].sort(byStart);
}

const removedCtas = (rules: Rules) => LANGS.flatMap((lang) => rules.phrases[lang]?.cta?.remove ?? []);

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
    const network = NETWORK_NAMES[draft.network];
    const template = example(rules.ctaTemplates[locale], locale);
    const ctas = findCtas(analysis, phrases, removedCtas(rules));
    const evidence = (items: readonly Cta[]): Evidence[] => items.map(({ start, end, label }) => ({ start, end, label }));
    const cited = (items: readonly Cta[]) =>
      cite(
        items.map((c) => c.text),
        locale,
      );

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
