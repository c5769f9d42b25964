/**
 * fit: does the draft fit what the person uses this network for? Each network has its own
 * trigger list — Facebook (friends and family): sales, hiring, work pitches; LinkedIn
 * (professional): private life; X (public to everyone): private details that let strangers
 * find someone. The reason quotes the person's own purpose for the network, shortened to
 * its first clause. Also flags hashtags beyond the network's `hashtagLimit` (0: none).
 *
 * All kinds: a reply or comment is as public, and as much in the wrong place, as a post.
 */
import { ALL_KINDS } from '../check';
import type { CheckDefinition, Finding } from '../check';
import { cite, excerpt, quote } from '../messages';
import { proseHits } from '../prose';
import type { Evidence, NetworkId } from '../types';
import type { PhraseListId } from '../../settings/schema';
import messages from '../data/messages/fit.json';
import networkNames from '../data/networks.json';

const TRIGGERS: Record<NetworkId, PhraseListId> = { facebook: 'fit-facebook', linkedin: 'fit-linkedin', x: 'fit-x' };

/** The first clause of the person's purpose: enough to remind, short enough for one line. */
export function briefPurpose(purpose: string): string {
  const text = purpose.trim();
  // search(), not split(): split() builds a new regex on every call, which cost more than the rest of the check.
  const cut = text.search(/[.;:!?\n—–]/u);
  const first = (cut < 0 ? text : text.slice(0, cut)).trim();
  return excerpt(first || text, 80);
}

export const fit: CheckDefinition = {
  id: 'fit',
  appliesTo: ALL_KINDS,
  messages,
  run({ draft, net, context, analysis, phrases, t }): Finding {
    const { locale } = context;
    const network = networkNames[draft.network];
    const purpose = quote(briefPurpose(net.purpose), locale);
    const reasons: string[] = [];
    const hints: string[] = [];
    const evidence: Evidence[] = [];
    let level: Finding['level'] = 'ok';

    // Hashtags count here: "#hiring" or "#vacation" says as much as the word.
    const list = TRIGGERS[draft.network];
    const triggers = proseHits(phrases, list, analysis, { hashtags: true });
    if (triggers.length > 0) {
      level = 'problem';
      reasons.push(t(`triggers-${draft.network}`, { network, purpose, found: cite(triggers.map((h) => h.text), locale) }));
      hints.push(t(`hint-${draft.network}`, { network }));
      evidence.push(...triggers.map((h) => ({ start: h.start, end: h.end, label: list })));
    }

    const tags = analysis.hashtags;
    if (tags.length > net.hashtagLimit) {
      if (level === 'ok') level = 'minor';
      const extra = tags.slice(net.hashtagLimit);
      const found = cite(extra.map((h) => h.text), locale);
      const limit = net.hashtagLimit;
      reasons.push(limit === 0 ? t('hashtagsNone', { network, found }) : t('hashtags', { count: tags.length, limit, network, found }));
      hints.push(limit === 0 ? t('hashtagsNoneHint') : t('hashtagsHint', { limit }));
      evidence.push(...extra.map((h) => ({ start: h.start, end: h.end, label: 'hashtag' })));
    }

    if (level === 'ok') return { level, reason: t('ok', { network, purpose }), hint: '', evidence };
    return { level, reason: reasons.join(' '), hint: hints.join(' '), evidence: evidence.sort((a, b) => a.start - b.start) };
  },
};
