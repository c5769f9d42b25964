/** The review of one draft: heading and verdict, the draft with its evidence, the length, the checks. */
import { useMemo } from 'react';
import type { TabDraft } from '../../lib/drafts/state';
import { fixesFor } from '../../lib/review/fixes';
import type { Fix } from '../../lib/review/fixes';
import { uiLang } from '../common/i18n';
import { ReviewHeading } from './ReviewHeading';
import { DraftCopy } from './DraftCopy';
import { LengthMeter } from './LengthMeter';
import { CheckList } from './CheckList';
import { SkippedChecks } from './SkippedChecks';
import { usePanelStore } from './store';

export function DraftReview({ draft }: { draft: TabDraft }) {
  const rules = usePanelStore((s) => s.rules);
  const fixes = useMemo(() => {
    if (!rules) return new Map<string, Fix[]>();
    // Templates in the draft's own language when the review could tell it, else the UI's.
    const all = fixesFor(draft.review, draft.text, draft.network, rules, draft.review.language ?? uiLang()).filter(
      // Only the start of a draft longer than any network takes is stored: a fix that rewrites the whole
      // draft from it would drop the rest. Cutting to the limit needs only that start; appending needs nothing.
      (fix) => draft.fullLength === undefined || fix.mode !== 'replace' || fix.checkId === 'length',
    );
    const byCheck = new Map<string, Fix[]>();
    for (const fix of all) byCheck.set(fix.checkId, [...(byCheck.get(fix.checkId) ?? []), fix]);
    return byCheck;
  }, [draft, rules]);

  return (
    <>
      <ReviewHeading draft={draft} />
      <DraftCopy draft={draft} />
      <LengthMeter length={draft.review.length} />
      <CheckList checks={draft.review.checks} fixes={fixes} />
      <SkippedChecks skipped={draft.review.skipped} kind={draft.kind} />
    </>
  );
}
