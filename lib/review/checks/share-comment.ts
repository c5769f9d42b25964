/**
 * share-comment: when quoting someone else's post, does the comment say why it is worth
 * sharing? An empty comment is a bare repost (a problem; this check alone runs on an empty
 * draft). A token one — only phrases from the `token` list ("This.", "👇", "So true"), or
 * fewer than `thresholds.shareCommentMinWords` words of its own — is worth a second look.
 * A reason (a `value` phrase such as "because", "weil", "eftersom" with words after it) or
 * enough words of its own pass.
 */
import type { CheckDefinition, Finding } from '../check';
import { inside } from '../analyze';
import { cite, quote } from '../messages';
import { proseHits } from '../prose';
import messages from '../data/messages/share-comment.json';

export const shareComment: CheckDefinition = {
  id: 'share-comment',
  appliesTo: ['quote'],
  messages,
  run({ rules, context, analysis, phrases, t }): Finding {
    const { locale } = context;
    const starter = rules.repost.starters[locale][0];
    const hint = starter ? t('hint', { starter: quote(starter, locale) }) : '';
    if (analysis.empty) return { level: 'problem', reason: t('empty'), hint, evidence: [] };

    const { words } = analysis;
    const last = words[words.length - 1];
    // "because …" with nothing after it is a starter not yet filled in, not a reason.
    const reasons = proseHits(phrases, 'value', analysis).filter((h) => last !== undefined && last.start >= h.end);
    if (reasons.length > 0) {
      return {
        level: 'ok',
        reason: t('why', {
          reasons: cite(
            reasons.map((h) => h.text),
            locale,
          ),
        }),
        hint: '',
        evidence: reasons.map((h) => ({ start: h.start, end: h.end, label: 'value' })),
      };
    }

    const tokens = proseHits(phrases, 'token', analysis);
    const own = tokens.length > 0 ? words.filter((w) => !inside(tokens, w.start)).length : words.length;
    if (own >= rules.thresholds.shareCommentMinWords && own > 0) {
      return { level: 'ok', reason: t('enough', { count: own }), hint: '', evidence: [] };
    }
    if (tokens.length > 0) {
      return {
        level: 'minor',
        reason: t('token', {
          tokens: cite(
            tokens.map((h) => h.text),
            locale,
          ),
        }),
        hint,
        evidence: tokens.map((h) => ({ start: h.start, end: h.end, label: 'token' })),
      };
    }
    const reason = own === 0 ? t('shortNone') : own === 1 ? t('shortOne') : t('short', { count: own });
    return { level: 'minor', reason, hint, evidence: [] };
  },
};
