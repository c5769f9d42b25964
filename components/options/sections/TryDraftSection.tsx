/**
 * "Try a draft": a draft written here (or an example) reviewed as the side panel would review it, on the rules
 * as they stand on this page, saved or still being saved, so the effect of a change is seen before the next
 * real post. The side panel's own components show it; fixes change this box's text, and nothing is dismissed.
 *
 * Typing here or in any rule must not wait for the review: the inputs are deferred (useDeferredValue), so a key
 * renders at once with the review of before, and the new review follows in a render React can drop when the
 * next key comes. The review keeps the background's time budget, so a long draft or many custom rules cannot
 * hold the page for longer than a review holds the background; and as there, one that ran out of time is made
 * once more a moment later (AGAIN_MS), so a review that was only slowed (the first after a change compiles the
 * rules, a busy machine slows any) does not stay cut short until the next key.
 */
import { memo, useCallback, useDeferredValue, useEffect, useId, useMemo, useState } from 'react';
import { COMPOSER_KINDS, NETWORKS } from '../../../lib/ids';
import { AGAIN_MS, REVIEW_BUDGET_MS } from '../../../lib/background/budget';
import { MAX_STORED_TEXT } from '../../../lib/drafts/bound';
import { applyFix } from '../../../lib/review/fixes';
import type { Fix } from '../../../lib/review/fixes';
import type { ComposerKind, Draft, NetworkId } from '../../../lib/review/types';
import type { Rules } from '../../../lib/settings/schema';
import { t, uiLang } from '../../common/i18n';
import { kindName, networkName } from '../../common/labels';
import { CheckList } from '../../sidepanel/CheckList';
import { DraftCopy } from '../../sidepanel/DraftCopy';
import { LengthMeter } from '../../sidepanel/LengthMeter';
import { ReviewHeading } from '../../sidepanel/ReviewHeading';
import { SkippedChecks } from '../../sidepanel/SkippedChecks';
import { SelectInput } from '../fields/SelectInput';
import { Section } from '../Section';
import { useOptions } from '../store';
import { reviewTry, workingRules } from '../try-draft';
import type { TryReview } from '../try-draft';
import { tryExamples } from '../try-examples';

const budget = () => ({ now: () => performance.now(), ms: REVIEW_BUDGET_MS });

export function TryDraftSection() {
  const lang = uiLang();
  const examples = useMemo(() => tryExamples(lang), [lang]);
  const [draft, setDraft] = useState<Draft>({ network: 'linkedin', kind: 'post', text: '' });
  const saved = useOptions((s) => s.saved);
  const pending = useOptions((s) => s.pending);

  const shownDraft = useDeferredValue(draft);
  const shownSaved = useDeferredValue(saved);
  const shownPending = useDeferredValue(pending);
  const working = useMemo(() => workingRules(shownSaved, shownPending), [shownSaved, shownPending]);
  // The draft and rules whose review ran out of time and was given its one more try.
  const [triedAgain, setTriedAgain] = useState<{ draft: Draft; rules: Rules } | null>(null);
  const again = triedAgain?.draft === shownDraft && triedAgain.rules === working.rules;
  const result = useMemo(
    () => reviewTry(shownDraft, working.rules, { now: new Date(), locale: lang, budget: budget() }),
    // `again` is read by no review: it changes once, to make this one again.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [shownDraft, working.rules, lang, again],
  );
  useEffect(() => {
    if (result.draft.review.incomplete !== 'budget' || again) return;
    const timer = setTimeout(() => setTriedAgain({ draft: shownDraft, rules: working.rules }), AGAIN_MS);
    return () => clearTimeout(timer);
  }, [result, again, shownDraft, working.rules]);

  const reviewedText = result.draft.text;
  const onFix = useCallback(
    (fix: Fix) =>
      // A whole-draft rewrite is for the text it was made from; one that adds to the draft fits any text.
      setDraft((d) => (fix.mode !== 'replace' || d.text === reviewedText ? { ...d, text: applyFix(d.text, fix) } : d)),
    [reviewedText],
  );

  const textId = useId();
  const networks = NETWORKS.map((n) => [n, networkName(n)] as const);
  const kinds = COMPOSER_KINDS.map((k) => [k, kindName(k)] as const);
  return (
    <Section id="try" title={t('tryTitle')} intro={t('tryIntro')}>
      <div className="try-draft">
        <div className="grid try-draft__where">
          <SelectInput<NetworkId>
            label={t('tryNetwork')}
            value={draft.network}
            options={networks}
            onChange={(network) => setDraft((d) => ({ ...d, network }))}
          />
          <SelectInput<ComposerKind>
            label={t('tryKind')}
            value={draft.kind}
            options={kinds}
            onChange={(kind) => setDraft((d) => ({ ...d, kind }))}
          />
        </div>
        <div className="try-draft__examples" role="group" aria-label={t('tryExamples')}>
          {examples.map((example) => (
            <button
              key={example.id}
              type="button"
              className="button button--quiet"
              data-example={example.id}
              onClick={() => setDraft({ network: example.network, kind: example.kind, text: example.text })}
            >
              {example.label}
            </button>
          ))}
        </div>
        <div className="field">
          <label htmlFor={textId}>{t('tryText')}</label>
          <textarea
            id={textId}
            className="try-draft__text"
            rows={6}
            maxLength={MAX_STORED_TEXT}
            value={draft.text}
            aria-describedby={`${textId}-hint`}
            onChange={(e) => {
              const text = e.target.value;
              setDraft((d) => ({ ...d, text }));
            }}
          />
          <p id={`${textId}-hint`} className="field-hint">
            {t('tryFixesNote')}
          </p>
        </div>
        {/* Said politely, as the verdict is: the review goes on, on the last valid value. */}
        <div role="status" data-try-rules={working.invalid ? 'invalid' : 'valid'}>
          {working.invalid && <p className="notice notice--warn">{t('tryInvalidRules')}</p>}
        </div>
        <ShownReview result={result} onFix={onFix} />
      </div>
    </Section>
  );
}

/** The review as the side panel shows it; memo: a render for a key or an edit that left the review as it was skips it. */
const ShownReview = memo(function ShownReview({ result, onFix }: { result: TryReview; onFix: (fix: Fix) => void }) {
  const { draft, fixes } = result;
  const off = draft.review.checks.length === 0 && draft.review.skipped.some((s) => s.why === 'network-off');
  return (
    <div className="try-draft__review" data-network={draft.network} data-kind={draft.kind} data-verdict={draft.review.verdict}>
      <ReviewHeading draft={draft} level={2} />
      {off ? (
        <p className="notice">{t('panelOffTitle', networkName(draft.network))}</p>
      ) : (
        <>
          <DraftCopy draft={draft} />
          <LengthMeter length={draft.review.length} />
          <CheckList checks={draft.review.checks} fixes={fixes} onFix={onFix} />
          <SkippedChecks skipped={draft.review.skipped} kind={draft.kind} />
        </>
      )}
    </div>
  );
});
