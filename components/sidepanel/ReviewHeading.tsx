/** Where the draft is (network, composer kind, site) and the verdict with the open points. */
import type { TabDraft } from '../../lib/drafts/state';
import { VerdictChip } from '../common/VerdictChip';
import { t } from '../common/i18n';
import { kindName, networkName, openPoints } from '../common/labels';

/** `level`: the title's heading level; the panel's page title (1), or 2 inside a page of its own (the options page's try box). */
export function ReviewHeading({ draft, level = 1 }: { draft: TabDraft; level?: 1 | 2 }) {
  const Title = level === 1 ? 'h1' : 'h2';
  const open = draft.review.checks.filter((c) => c.status !== 'pass' && !c.dismissed).length;
  // An empty draft is "ready" only because nothing ran yet: no verdict to show until there is text
  // (an empty share comment does get one: its check runs on empty text).
  const nothingReviewed = draft.review.checks.length === 0;
  return (
    <header className="review-heading">
      <Title className="review-heading__title">{t('panelHeading', networkName(draft.network), kindName(draft.kind))}</Title>
      {draft.host && <p className="review-heading__host">{t('panelOnHost', draft.host)}</p>}
      {!nothingReviewed && (
        <p className="review-heading__verdict" role="status">
          <VerdictChip verdict={draft.review.verdict} />
          <span className="review-heading__open">{openPoints(open)}</span>
        </p>
      )}
      {/* The review gave up for time: what ran is shown, and it is said plainly that the rest did not. */}
      {draft.review.incomplete && (
        <p className="notice notice--warn review-heading__incomplete" role="alert" data-incomplete="budget">
          {t('reviewIncomplete')}
        </p>
      )}
    </header>
  );
}
