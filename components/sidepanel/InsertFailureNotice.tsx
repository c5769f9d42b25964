/** A fix the composer did not take: say so, and offer the changed text to copy. */
import { useRef, useState } from 'react';
import { copyText } from '../common/clipboard';
import { t } from '../common/i18n';
import { clearInsertFailure } from './actions';
import { usePanelStore } from './store';

export function InsertFailureNotice({ checkId }: { checkId: string }) {
  const failure = usePanelStore((s) =>
    s.insertFailure?.checkId === checkId && s.draft && 'text' in s.draft && s.insertFailure.baseText === s.draft.text
      ? s.insertFailure
      : null,
  );
  const field = useRef<HTMLTextAreaElement>(null);
  const [copied, setCopied] = useState<boolean | null>(null);
  if (!failure) return null;

  const fieldId = `copy-${checkId}`;
  return (
    <div className="notice notice--error copy-notice" role="alert">
      <p className="copy-notice__message">{t('insertFailed')}</p>
      <label className="copy-notice__label" htmlFor={fieldId}>
        {t('insertCopyLabel')}
      </label>
      <textarea id={fieldId} ref={field} className="copy-notice__text" readOnly rows={4} value={failure.text} />
      <div className="copy-notice__actions">
        <button type="button" className="button" onClick={() => void copyText(failure.text, field.current).then(setCopied)}>
          {t('copyText')}
        </button>
        <span className="copy-notice__status" role="status">
          {copied === true ? t('copied') : copied === false ? t('copyFailed') : ''}
        </span>
        <button type="button" className="button button--quiet" onClick={clearInsertFailure}>
          {t('closeMessage')}
        </button>
      </div>
    </div>
  );
}
