/**
 * The latest draft's review could not be made or stored (storage.session full, say): say so and
 * what to do, with no verdict, rather than keep showing an older draft's review.
 */
import type { FailedDraft } from '../../lib/drafts/state';
import { t } from '../common/i18n';
import { kindName, networkName } from '../common/labels';

export function FailedState({ draft }: { draft: FailedDraft }) {
  return (
    <section className="failed" aria-labelledby="failed-title">
      <p className="review-heading__host">
        {t('panelHeading', networkName(draft.network), kindName(draft.kind))}
        {draft.host ? ` · ${t('panelOnHost', draft.host)}` : ''}
      </p>
      <h1 id="failed-title" className="failed__title">
        {t('panelFailedTitle')}
      </h1>
      <p className="notice notice--error" role="alert">
        {t('panelFailedBody')}
      </p>
    </section>
  );
}
