/** No draft to show yet: what to do, and where Postcheck works. */
import { NETWORKS } from '../../lib/ids';
import { t } from '../common/i18n';
import { networkHost, networkName } from '../common/labels';
import { usePanelStore } from './store';

export function EmptyState() {
  const rules = usePanelStore((s) => s.rules);
  return (
    <section className="empty" aria-labelledby="empty-title">
      <h1 id="empty-title" className="empty__title">
        {t('panelEmptyTitle')}
      </h1>
      <p>{t('panelEmptyBody')}</p>
      <ul className="network-list" aria-label={t('panelNetworksLabel')}>
        {NETWORKS.map((n) => {
          const on = rules?.networks[n].enabled;
          return (
            <li key={n} className="network-list__item" data-network={n}>
              <span className="network-list__name">{networkName(n)}</span>
              <span className="network-list__host">{networkHost(n)}</span>
              {on !== undefined && (
                <span className={`network-list__state ${on ? 'is-on' : 'is-off'}`}>{on ? t('networkOn') : t('networkOff')}</span>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
