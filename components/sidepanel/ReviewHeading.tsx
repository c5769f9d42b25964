/** Where the draft is (network, composer kind, site) and the verdict with the open points. */
import type { TabDraft } from '../../lib/drafts/state';
import { VerdictChip } from '../common/VerdictChip';
import { t } from '../common/i18n';
import { kindName, networkName, openPoints } from '../common/labels';

export function ReviewHeading({ draft }: { draft: TabDraft }) {
  const open = draft.review.checks.filter((c) => c.status !== 'pass' && !c.dismissed).length;
  return (
    <header className="review-heading">
      <h1 className="review-heading__title">{t('panelHeading', networkName(draft.network), kindName(draft.kind))}</h1>
      {draft.host && <p className="review-heading__host">{t('panelOnHost', draft.host)}</p>}
      <p className="review-heading__verdict" role="status">
        <VerdictChip verdict={draft.review.verdict} />
        <span className="review-heading__open">{openPoints(open)}</span>
      </p>
    </header>
  );
}
