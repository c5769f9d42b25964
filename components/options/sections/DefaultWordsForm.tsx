/**
 * Put the default goals and network purposes back, in a language of the person's choice: new rules
 * start in the browser's language, and someone who writes in another can have its words instead.
 * Replaces goals and purposes only, after a confirmation.
 */
import { useRef, useState } from 'react';
import { t, uiLang } from '../../common/i18n';
import { LANGS } from '../../../lib/settings/schema';
import type { Lang } from '../../../lib/settings/schema';
import { withDefaultWords } from '../../../lib/settings/defaults';
import { useOptions } from '../store';
import { ConfirmDialog } from './ConfirmDialog';
import { languageName } from './languages';

export function DefaultWordsForm() {
  const change = useOptions((s) => s.change);
  const [lang, setLang] = useState<Lang>(uiLang());
  const [confirming, setConfirming] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const close = () => {
    setConfirming(false);
    button.current?.focus();
  };
  return (
    <div className="default-words">
      <label>
        {t('defaultWordsLanguage')}{' '}
        <select value={lang} onChange={(e) => setLang(e.target.value as Lang)}>
          {LANGS.map((l) => (
            <option key={l} value={l}>
              {languageName(l)}
            </option>
          ))}
        </select>
      </label>{' '}
      <button type="button" ref={button} onClick={() => setConfirming(true)}>
        {t('defaultWordsButton')}
      </button>
      <ConfirmDialog
        open={confirming}
        title={t('defaultWordsConfirmTitle')}
        body={t('defaultWordsConfirmBody', languageName(lang))}
        confirm={t('defaultWordsConfirm')}
        cancel={t('cancel')}
        onConfirm={() => {
          void change((r) => withDefaultWords(r, lang));
          close();
        }}
        onCancel={close}
      />
    </div>
  );
}
