/** Every check that ran, in the review's order. */
import type { CheckResult } from '../../lib/review/types';
import type { Fix } from '../../lib/review/fixes';
import { t } from '../common/i18n';
import { CheckItem } from './CheckItem';

export function CheckList({ checks, fixes }: { checks: readonly CheckResult[]; fixes: ReadonlyMap<string, Fix[]> }) {
  if (checks.length === 0) return null;
  return (
    <section className="checks" aria-labelledby="checks-title">
      <h2 id="checks-title" className="section-title">
        {t('checksHeading')}
      </h2>
      <ul className="checks__list">
        {checks.map((c) => (
          <CheckItem key={c.id} check={c} fixes={fixes.get(c.id) ?? []} />
        ))}
      </ul>
    </section>
  );
}
