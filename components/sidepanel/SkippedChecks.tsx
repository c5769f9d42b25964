/**
 * Checks that do not apply to this kind of composer (share-comment on a new post, say).
 * Checks waiting for text are not listed: the empty draft already says to start typing. Checks the
 * review had no time left for are listed first.
 */
import type { ComposerKind, SkippedCheck } from '../../lib/review/types';
import { t } from '../common/i18n';
import { checkName, kindName } from '../common/labels';

export function SkippedChecks({ skipped, kind }: { skipped: readonly SkippedCheck[]; kind: ComposerKind }) {
  const notApplicable = skipped
    .filter((s) => s.why === 'not-applicable')
    .map((s) => checkName(s.id))
    .join(', ');
  const overBudget = skipped
    .filter((s) => s.why === 'over-budget')
    .map((s) => checkName(s.id))
    .join(', ');
  if (!notApplicable && !overBudget) return null;
  return (
    <section className="skipped" aria-labelledby="skipped-title">
      <h2 id="skipped-title" className="section-title">
        {t('skippedHeading')}
      </h2>
      {overBudget && (
        <p className="skipped__line" data-skipped="over-budget">
          {t('skipped_over_budget', overBudget)}
        </p>
      )}
      {notApplicable && <p className="skipped__line">{t('skipped_not_applicable', kindName(kind), notApplicable)}</p>}
    </section>
  );
}
