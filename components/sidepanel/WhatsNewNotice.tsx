/**
 * What an update added to the settings, once: a small notice above the panel's content until the
 * person dismisses it (remembered in storage.local, so every panel and browser window stops showing it).
 */
import { useEffect, useId, useState } from 'react';
import { browser } from 'wxt/browser';
import { t } from '../common/i18n';
import { logOnce } from '../../lib/log';
import { allSeen, unseenNotes, WHATS_NEW_SEEN_KEY } from '../../lib/settings/whats-new';
import type { WhatsNewNote } from '../../lib/settings/whats-new';

export function WhatsNewNotice() {
  const [notes, setNotes] = useState<WhatsNewNote[]>([]);
  const titleId = useId();
  useEffect(() => {
    const read = () =>
      browser.storage.local
        .get(WHATS_NEW_SEEN_KEY)
        .then((stored) => setNotes(unseenNotes(stored[WHATS_NEW_SEEN_KEY])))
        .catch((e) => logOnce('whats-new', e));
    void read();
    // Dismissed in another panel: gone here too.
    const changed = (changes: Record<string, unknown>, area: string) => {
      if (area === 'local' && WHATS_NEW_SEEN_KEY in changes) void read();
    };
    browser.storage.onChanged.addListener(changed);
    return () => browser.storage.onChanged.removeListener(changed);
  }, []);
  if (notes.length === 0) return null;
  const dismiss = () => {
    setNotes([]);
    browser.storage.local.set({ [WHATS_NEW_SEEN_KEY]: allSeen() }).catch((e) => logOnce('whats-new', e));
  };
  return (
    <section className="notice whats-new" aria-labelledby={titleId}>
      <h2 id={titleId} className="whats-new__title">
        {t('whatsNewTitle')}
      </h2>
      <ul className="whats-new__list">
        {notes.map((note) => (
          <li key={note.id}>{t(note.message)}</li>
        ))}
      </ul>
      <button type="button" className="button button--quiet" onClick={dismiss}>
        {t('whatsNewDismiss')}
      </button>
    </section>
  );
}
