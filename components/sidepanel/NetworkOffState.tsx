/** The person switched this network off: no review, and the way to switch it back on. */
import { browser } from 'wxt/browser';
import type { NetworkId } from '../../lib/settings/schema';
import { t } from '../common/i18n';
import { networkName } from '../common/labels';

export function NetworkOffState({ network }: { network: NetworkId }) {
  const name = networkName(network);
  return (
    <section className="off" aria-labelledby="off-title">
      <h1 id="off-title" className="off__title">
        {t('panelOffTitle', name)}
      </h1>
      <p>{t('panelOffBody', name)}</p>
      <button type="button" className="button" onClick={() => void browser.runtime.openOptionsPage()}>
        {t('openOptions')}
      </button>
    </section>
  );
}
