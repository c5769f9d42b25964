/**
 * value: does the draft give the people who read it something — a reason, a lesson, a tip,
 * a story, a question for them, a feeling — or is it a bare link drop?
 *
 * Per kind:
 * - post: thin drafts (fewer than `thresholds.valueMinWords` words beyond links, hashtags and
 *   mentions) and bare promotion (the `promotion` list with no value signal) are problems.
 * - quote: bare promotion only; a thin quote comment is share-comment's finding, and one
 *   warning per fault is enough.
 * - reply and comment: bare promotion only. Short replies are ordinary conversation, but a
 *   link drop in someone else's thread is the classic way to lose readers' goodwill.
 * Value signals are the `value` list plus any question, which asks the reader something.
 */
import { ALL_KINDS } from '../check';
import type { CheckDefinition, Finding } from '../check';
import { inside } from '../analyze';
import type { Analysis } from '../analyze';
import { cite } from '../messages';
import type { Translate } from '../messages';
import type { PhraseBook } from '../phrases';
import { byStart, proseHits } from '../prose';
import type { Evidence, Lang } from '../types';
import messages from '../data/messages/value.json';

interface Signal extends Evidence {
  /** what the reason quotes: the phrase as written, or the whole question */
  text: string;
}

/** Value phrases and questions, in draft order; a phrase inside a question is cited as that question. */
export function valueSignals(analysis: Analysis, phrases: PhraseBook): Signal[] {
  const questions: Signal[] = analysis.questions.map((q) => ({ start: q.start, end: q.end, label: 'question', text: q.text }));
  const words: Signal[] = proseHits(phrases, 'value', analysis)
    .filter((h) => !inside(questions, h.start))
    .map((h) => ({ start: h.start, end: h.end, label: 'value', text: h.text }));
  return [...words, ...questions].sort(byStart);
}

const cited = (items: readonly { text: string }[], locale: Lang) => cite(items.map((i) => i.text), locale);

function thinReason(count: number, t: Translate): string {
  if (count === 0) return t('thinNone');
  return count === 1 ? t('thinOne') : t('thin', { count });
}

export const value: CheckDefinition = {
  id: 'value',
  appliesTo: ALL_KINDS,
  messages,
  run({ draft, rules, context, analysis, phrases, t }): Finding {
    const { locale } = context;
    const signals = valueSignals(analysis, phrases);
    const promotion = proseHits(phrases, 'promotion', analysis).map((h) => ({ start: h.start, end: h.end, label: 'promotion', text: h.text }));
    const evidence = (items: readonly Evidence[]): Evidence[] => items.map(({ start, end, label }) => ({ start, end, label }));
    const conversation = draft.kind === 'reply' || draft.kind === 'comment';

    if (promotion.length > 0 && signals.length === 0) {
      return {
        level: 'problem',
        reason: t(conversation ? 'promotionReply' : 'promotion', { promotion: cited(promotion, locale) }),
        hint: t(conversation ? 'promotionReplyHint' : 'promotionHint'),
        evidence: evidence(promotion),
      };
    }

    const count = analysis.words.length;
    if (draft.kind === 'post' && count < rules.thresholds.valueMinWords) {
      if (signals.length === 0) {
        // Point at what the draft is made of instead: its links, mentions and hashtags.
        const markup = [
          ...analysis.urls.map((s) => ({ ...s, label: 'link' })),
          ...analysis.mentions.map((s) => ({ ...s, label: 'mention' })),
          ...analysis.hashtags.map((s) => ({ ...s, label: 'hashtag' })),
        ].sort(byStart);
        return { level: 'problem', reason: thinReason(count, t), hint: t('thinHint'), evidence: evidence(markup) };
      }
      return {
        level: 'minor',
        reason: `${thinReason(count, t)} ${t('thinButSignals', { signals: cited(signals, locale) })}`,
        hint: t('thinSignalsHint'),
        evidence: evidence(signals),
      };
    }

    if (signals.length > 0) {
      const reason =
        promotion.length > 0
          ? t('backed', { promotion: cited(promotion, locale), signals: cited(signals, locale) })
          : t('signals', { signals: cited(signals, locale) });
      return { level: 'ok', reason, hint: '', evidence: evidence(signals) };
    }
    return { level: 'ok', reason: count >= 2 ? t('plain', { count }) : t('noPromotion'), hint: '', evidence: [] };
  },
};
