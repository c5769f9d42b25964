/**
 * pause: the person's pause list — dates or topics during which promotional posts get
 * a warning (a bereavement, a crisis in the news, a holiday).
 *
 * The rule:
 * - An entry applies when the local date is within its from/to (both inclusive; a
 *   missing end is open) and, if it lists topics, the draft mentions one of them
 *   (phrase syntax). An entry with topics only applies whenever a topic is mentioned.
 * - The draft is promotional when the `promotion` phrase list or the sales triggers
 *   of `fit-facebook` (sales, hiring, pitching) match.
 * - An entry applies and the draft is promotional → warn, naming the first such entry.
 * - An entry applies, the draft is not promotional → pass, naming the entry.
 * - Entries exist but none applies → pass. No entries at all → no check (null).
 */
import type { Lang } from '../../ids';
import type { PauseEntry } from '../../settings/schema';
import type { CheckInput, OwnCheckDefinition } from '../check';
import { phraseMatcher } from '../phrases';
import type { PhraseHit } from '../phrases';
import { list, quote, translator } from '../messages';
import type { Translate } from '../messages';
import type { CheckResult, Evidence } from '../types';
import messages from '../data/messages/pause.json';

// Compiled once per list of topics, kept by their content (review runs on every keystroke, and a
// change elsewhere in the rules brings new entry objects with the same topics).
const topicHits = (entry: PauseEntry, text: string): PhraseHit[] => phraseMatcher(entry.topics).findAll(text);

/*
 * All topics of the entries in range as one matcher (cached by content like any list): it finds
 * something exactly when some entry's topics do (a topic that matches at a position is in both
 * tries), so a draft that mentions none, the usual case, costs one scan instead of one per entry.
 */
const mentionsAnyTopic = (entries: readonly PauseEntry[], text: string): boolean =>
  phraseMatcher(entries.flatMap((entry) => entry.topics)).findAll(text).length > 0;

const inRange = (entry: PauseEntry, date: string) => (!entry.from || entry.from <= date) && (!entry.to || date <= entry.to);

function formatDate(iso: string, locale: Lang): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`));
}

/** Why the entry applies: its date range, and the topics the draft mentions. */
function when(entry: PauseEntry, topics: readonly PhraseHit[], t: Translate, locale: Lang): string {
  const parts: string[] = [];
  const from = entry.from ? formatDate(entry.from, locale) : null;
  const to = entry.to ? formatDate(entry.to, locale) : null;
  if (from && to) parts.push(t('rangeBoth', { from, to }));
  else if (from) parts.push(t('rangeFrom', { from }));
  else if (to) parts.push(t('rangeTo', { to }));
  if (topics.length) parts.push(t('mentions', { topics: list([...new Set(topics.map((h) => h.text))], locale) }));
  return parts.join('; ');
}

export function pauseCheck(
  { draft, rules, context, phrases }: Omit<CheckInput, 't'>,
  t: Translate = translator(messages, context.locale, 'pause'),
): CheckResult | null {
  if (rules.pause.length === 0) return null;
  const base = { id: 'pause', severity: 'warn' as const, title: t('title') };

  // The first entry that applies: in range, and without topics or with one of them mentioned.
  const current = rules.pause.filter((entry) => inRange(entry, context.local.date));
  const mentions = current.some((entry) => entry.topics.length > 0) && mentionsAnyTopic(current, draft.text);
  let first: { entry: PauseEntry; topics: PhraseHit[] } | undefined;
  for (const entry of current) {
    const topics = entry.topics.length > 0 && mentions ? topicHits(entry, draft.text) : [];
    if (entry.topics.length === 0 || topics.length > 0) {
      first = { entry, topics };
      break;
    }
  }
  if (!first) return { ...base, status: 'pass', reason: t('none'), hint: '', evidence: [] };

  const promotion = (['promotion', 'fit-facebook'] as const)
    .flatMap((listId) => phrases.find(listId, draft.text).map((hit) => ({ ...hit, listId })))
    .sort((x, y) => x.start - y.start);
  const label = quote(first.entry.label, context.locale);
  const why = when(first.entry, first.topics, t, context.locale);
  if (promotion.length === 0) return { ...base, status: 'pass', reason: t('calm', { label, when: why }), hint: '', evidence: [] };

  const found = list([...new Set(promotion.map((h) => h.text))], context.locale);
  const seen = new Set<string>();
  const evidence: Evidence[] = [
    ...promotion.map((h) => ({ start: h.start, end: h.end, label: h.listId })),
    ...first.topics.map((h) => ({ start: h.start, end: h.end, label: 'topic' })),
  ]
    .filter((e) => !seen.has(`${e.start}:${e.end}`) && seen.add(`${e.start}:${e.end}`))
    .sort((x, y) => x.start - y.start);
  return { ...base, status: 'warn', reason: t('paused', { label, when: why, found }), hint: t('pausedHint'), evidence };
}

/** One part when the person has a pause list, none without. */
export const pause: OwnCheckDefinition = {
  id: 'pause',
  messages,
  parts: (input) => (input.rules.pause.length === 0 ? [] : [{ id: 'pause', run: (t) => pauseCheck(input, t) }]),
};
