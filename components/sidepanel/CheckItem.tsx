/**
 * One check: status, title, reason, hint; dismiss or restore it for this draft; its fixes.
 * The element carries data-check and data-status (a stable automation hook). Pointing at it
 * or focusing it highlights its evidence in the draft.
 */
import type { FocusEvent } from 'react';
import type { StoredCheck } from '../../lib/drafts/state';
import type { Fix } from '../../lib/review/fixes';
import { StatusIcon } from '../common/StatusIcon';
import { formatNumber, t } from '../common/i18n';
import { setDismissed } from './actions';
import { FixButtons } from './FixButtons';
import { GoalChoice } from './GoalChoice';
import { InsertFailureNotice } from './InsertFailureNotice';
import { focusCheck, usePanelStore } from './store';

/** `onFix`: outside a composer (see CheckList): fixes go to it, and there is no dismissing. */
export function CheckItem({
  check,
  fixes,
  onFix,
}: {
  check: StoredCheck;
  fixes: readonly Fix[];
  onFix?: ((fix: Fix) => void) | undefined;
}) {
  const { id, status, title, reason, hint, dismissed = false, evidenceMore } = check;
  const focused = usePanelStore((s) => s.focusedCheck === id);
  const dismissFailed = usePanelStore((s) => s.dismissFailed === id);
  const open = status !== 'pass';
  const titleId = `check-title-${id}`;

  const leave = (e: FocusEvent<HTMLLIElement>) => {
    if (!e.currentTarget.contains(e.relatedTarget)) focusCheck(null);
  };

  return (
    <li
      className={['check', `check--${status}`, dismissed ? 'is-dismissed' : '', focused ? 'is-focused' : ''].filter(Boolean).join(' ')}
      data-check={id}
      data-status={status}
      tabIndex={0}
      aria-labelledby={titleId}
      onMouseEnter={() => focusCheck(id)}
      onMouseLeave={(e) => {
        if (!e.currentTarget.contains(document.activeElement)) focusCheck(null);
      }}
      onFocus={() => focusCheck(id)}
      onBlur={leave}
    >
      <StatusIcon status={status} />
      <div className="check__body">
        <h3 id={titleId} className="check__title">
          {title}
        </h3>
        {reason && <p className="check__reason">{reason}</p>}
        {/* Only the first places each check found are stored and highlighted. */}
        {open && evidenceMore !== undefined && evidenceMore > 0 && (
          <p className="check__note">{t('evidenceMore', formatNumber(evidenceMore))}</p>
        )}
        {open && hint && !dismissed && <p className="check__hint">{hint}</p>}
        {dismissed && <p className="check__note">{t('checkDismissed')}</p>}
        {!dismissed && fixes.length > 0 && <FixButtons title={title} fixes={fixes} onApply={onFix} />}
        {/* The goals to choose from, whatever the status (at its default the goal check passes and only asks); only for a live draft. */}
        {id === 'goal' && !dismissed && !onFix && <GoalChoice check={check} />}
        <InsertFailureNotice checkId={id} />
        {dismissFailed && (
          <p className="notice notice--error" role="alert">
            {t('checkDismissFailed')}
          </p>
        )}
      </div>
      {open && !onFix && (
        <button
          type="button"
          className="button button--quiet check__dismiss"
          aria-label={dismissed ? t('checkRestoreLabel', title) : t('checkDismissLabel', title)}
          onClick={() => void setDismissed(id, !dismissed)}
        >
          {dismissed ? t('checkRestore') : t('checkDismiss')}
        </button>
      )}
    </li>
  );
}
