/** Every check that ran, in the review's order. */
import type { CheckResult } from '../../lib/review/types';
import type { Fix } from '../../lib/review/fixes';
import { t } from '../common/i18n';
import { CheckItem } from './CheckItem';

/**
 * `onFix`: the review is of text outside a composer (the options page's try box): a fix goes to it
 * instead of a composer, and no check can be dismissed (a dismissal belongs to a live draft).
 */
export function CheckList({
  checks,
  fixes,
  onFix,
}: {
  checks: readonly CheckResult[];
  fixes: ReadonlyMap<string, Fix[]>;
  onFix?: (fix: Fix) => void;
}) {
  if (checks.length === 0) return null;
  return (
    <section className="checks" aria-labelledby="checks-title">
      <h2 id="checks-title" className="section-title">
        {t('checksHeading')}
      </h2>
      <ul className="checks__list">
        {checks.map((c) => (
          <CheckItem key={c.id} check={c} fixes={fixes.get(c.id) ?? []} onFix={onFix} />
        ))}
      </ul>
    </section>
  );
}
