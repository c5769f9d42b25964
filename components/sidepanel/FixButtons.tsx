/**
 * The fixes for one check, each a button that puts the change into the composer, or hands it to `onApply`
 * where there is no composer (the options page's try box changes its own text).
 */
import { useState } from 'react';
import type { Fix } from '../../lib/review/fixes';
import { formatNumber, t } from '../common/i18n';
import { insertFix } from './actions';

export function fixLabel(fix: Fix): string {
  return t(fix.label.key, ...fix.label.params.map((p) => (typeof p === 'number' ? formatNumber(p) : p)));
}

export function FixButtons({
  title,
  fixes,
  onApply,
}: {
  title: string;
  fixes: readonly Fix[];
  onApply?: ((fix: Fix) => void) | undefined;
}) {
  const [pending, setPending] = useState<string | null>(null);
  const apply = async (fix: Fix) => {
    if (onApply) return onApply(fix);
    setPending(fix.id);
    try {
      await insertFix(fix);
    } finally {
      setPending(null);
    }
  };
  return (
    <div className="fixes" role="group" aria-label={t('fixesLabel', title)}>
      {fixes.map((fix) => (
        <button
          key={fix.id}
          type="button"
          className="button button--fix"
          data-fix={fix.id}
          disabled={pending !== null}
          aria-busy={pending === fix.id ? true : undefined}
          onClick={() => void apply(fix)}
        >
          {fixLabel(fix)}
        </button>
      ))}
    </div>
  );
}
