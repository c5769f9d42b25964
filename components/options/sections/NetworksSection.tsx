import { t } from '../../common/i18n';
import { NETWORKS } from '../../../lib/ids';
import { Section } from '../Section';
import { NetworkCard } from './NetworkCard';

export function NetworksSection() {
  return (
    <Section id="networks" title={t('networksTitle')} intro={t('networksIntro')}>
      {NETWORKS.map((network) => (
        <NetworkCard key={network} network={network} />
      ))}
    </Section>
  );
}
