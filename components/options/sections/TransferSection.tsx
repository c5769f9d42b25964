import { useId, useRef, useState } from 'react';
import { formatNumber, t } from '../../common/i18n';
import type { RulesError } from '../../../lib/settings/parse';
import { exportRules, importRules, MAX_IMPORT_BYTES } from '../../../lib/settings/transfer';
import { describeError } from '../errors';
import { Section } from '../Section';
import { useOptions } from '../store';
import { ConfirmDialog } from './ConfirmDialog';

export const EXPORT_FILE_NAME = 'postcheck-rules.json';
/** More reasons than this would bury the first ones; the rest are counted. */
const ERRORS_SHOWN = 20;

const megabytes = (bytes: number) => formatNumber(Math.round(bytes / 100_000) / 10);

interface Refusal {
  title: string;
  errors: RulesError[];
}

/**
 * Import, export and reset. An import is read and checked whole (size, JSON, every field)
 * before anything is written; a refused file leaves the rules exactly as they were and says
 * where and why in an alert.
 */
export function TransferSection() {
  const saved = useOptions((s) => s.saved);
  const replace = useOptions((s) => s.replace);
  const reset = useOptions((s) => s.reset);
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const [status, setStatus] = useState('');
  const [confirming, setConfirming] = useState(false);
  const hintId = useId();
  const resetButton = useRef<HTMLButtonElement>(null);

  const report = (title: string, errors: RulesError[]) => {
    setStatus('');
    setRefusal({ title, errors });
  };

  async function importFile(file: File) {
    setRefusal(null);
    setStatus('');
    // Refused before reading, so a huge file never has to be held in memory.
    if (file.size > MAX_IMPORT_BYTES) {
      report(t('importRefused'), [{ path: '', message: t('importTooBig', megabytes(file.size), megabytes(MAX_IMPORT_BYTES)) }]);
      return;
    }
    const parsed = importRules(await file.text());
    if (!parsed.ok) return report(t('importRefused'), parsed.errors);
    const result = await replace(parsed.rules);
    if (!result.ok) return report(t('importRefused'), result.errors);
    setStatus(t('importDone', file.name));
  }

  function exportFile() {
    const url = URL.createObjectURL(new Blob([exportRules(saved)], { type: 'application/json' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = EXPORT_FILE_NAME;
    document.body.append(link);
    link.click();
    link.remove();
    // The download reads the URL after this task; give it time before letting the blob go.
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
    setRefusal(null);
    setStatus(t('exportDone', EXPORT_FILE_NAME));
  }

  async function confirmReset() {
    setConfirming(false);
    setRefusal(null);
    const result = await reset();
    if (result.ok) setStatus(t('resetDone'));
    else report(t('resetRefused'), result.errors);
    resetButton.current?.focus();
  }

  return (
    <Section id="transfer" title={t('transferTitle')} intro={t('transferIntro')}>
      <div className="transfer-buttons">
        <label className="button button--quiet file-button">
          {t('importRules')}
          <input
            type="file"
            accept="application/json,.json"
            className="file-input"
            aria-describedby={hintId}
            onChange={(e) => {
              const input = e.currentTarget;
              const file = input.files?.[0];
              if (file) void importFile(file).finally(() => (input.value = ''));
            }}
          />
        </label>
        <button type="button" className="button button--quiet" onClick={exportFile}>
          {t('exportRules')}
        </button>
        <button ref={resetButton} type="button" className="button button--quiet button--danger-quiet" onClick={() => setConfirming(true)}>
          {t('resetRules')}
        </button>
      </div>
      <p id={hintId} className="field-hint">
        {t('importHint')}
      </p>

      {refusal ? (
        <div role="alert" className="notice notice--error">
          <p className="notice-title">{refusal.title}</p>
          <ul className="error-list">
            {refusal.errors.slice(0, ERRORS_SHOWN).map((error, i) => (
              <li key={i}>{describeError(error)}</li>
            ))}
          </ul>
          {refusal.errors.length > ERRORS_SHOWN ? <p>{t('importMoreErrors', refusal.errors.length - ERRORS_SHOWN)}</p> : null}
        </div>
      ) : null}
      <p role="status" className="transfer-status">
        {status}
      </p>

      <ConfirmDialog
        open={confirming}
        title={t('resetConfirmTitle')}
        body={t('resetConfirmBody')}
        confirm={t('resetConfirm')}
        cancel={t('cancel')}
        onConfirm={() => void confirmReset()}
        onCancel={() => {
          setConfirming(false);
          resetButton.current?.focus();
        }}
      />
    </Section>
  );
}
