import { useState } from 'react';
import { t } from '../common/i18n';
import type { MessageKey } from '../common/i18n';
import type { SyncNotice as Notice } from '../../lib/settings/storage';
import { useOptions } from './store';

const MESSAGE: Record<Notice, MessageKey> = {
  incomplete: 'syncIncomplete',
  'other-too-large': 'syncOtherTooLarge',
  'device-only': 'syncDeviceOnly',
};

/**
 * What the page says about sync when this browser's rules and sync's differ for a reason the
 * person should know: another browser's copy still on its way, or rules too large to sync (here
 * or there). A browser whose own rules are too large offers to take the synced ones instead.
 */
export function SyncNotice() {
  const notice = useOptions((s) => s.sync);
  const available = useOptions((s) => s.syncedAvailable);
  // A store action, not a hook, whatever its name says.
  const takeSynced = useOptions((s) => s.useSynced);
  const [busy, setBusy] = useState(false);
  if (!notice) return null;
  return (
    <div className="notice" role="status" data-sync-notice={notice}>
      <p className="notice-title">{t(MESSAGE[notice])}</p>
      {notice === 'device-only' && available ? (
        <p>
          <button
            type="button"
            disabled={busy}
            onClick={() => {
              setBusy(true);
              void takeSynced().finally(() => setBusy(false));
            }}
          >
            {t('syncUseSynced')}
          </button>{' '}
          <span className="field-hint">{t('syncUseSyncedHint')}</span>
        </p>
      ) : null}
    </div>
  );
}
