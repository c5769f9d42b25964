/** Checks that did not run, summarised by why (not relevant for this composer, or no text yet). */
import type { ComposerKind, SkippedCheck } from '../../lib/review/types';
import { t } from '../common/i18n';
import { checkName, kindName } from '../common/labels';

export function SkippedChecks({ skipped, kind }: { skipped: readonly SkippedCheck[]; kind: ComposerKind }) {
  const names = (why: SkippedCheck['why']) =>
    skipped
      .filter((s) => s.why === why)
      .map((s) => checkName(s.id))
      .join(', ');
  const notApplicable = names('not-applicable');
  const empty = names('empty');
  if (!notApplicable && !empty) return null;
  return (
    <section className="skipped" aria-labelledby="skipped-title">
      <h2 id="skipped-title" className="section-title">
        {t('skippedHeading')}
      </h2>
      {empty && <p className="skipped__line">{t('skipped_empty', empty)}</p>}
      {notApplicable && <p className="skipped__line">{t('skipped_not_applicable', kindName(kind), notApplicable)}</p>}
    </section>
  );
}
