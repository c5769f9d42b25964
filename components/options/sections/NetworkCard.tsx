import { t } from '../../common/i18n';
import { checkName, networkName } from '../../common/labels';
import { CHECK_IDS } from '../../../lib/ids';
import type { NetworkId, Severity } from '../../../lib/settings/schema';
import { RuleCheckbox, RuleNumber, RuleSelect, RuleText } from '../fields/bound';
import { at } from '../paths';
import { AudienceHours } from './AudienceHours';
import { goalSeverityOptions, severityOptions } from './choices';

/** Everything Postcheck does on one network. */
export function NetworkCard({ network }: { network: NetworkId }) {
  const name = networkName(network);
  const base = ['networks', network] as const;
  const headingId = `network-${network}-title`;
  return (
    <section className="card" aria-labelledby={headingId}>
      <h3 id={headingId}>{name}</h3>
      <RuleCheckbox unit={at(...base, 'enabled')} label={t('networkEnabled', name)} />
      <RuleText unit={at(...base, 'purpose')} label={t('networkPurpose')} hint={t('networkPurposeHint')} multiline />

      <fieldset className="group">
        <legend>{t('severityLegend')}</legend>
        <p className="field-hint">{t('severityHint')}</p>
        <div className="grid">
          {CHECK_IDS.map((id) => (
            <RuleSelect<Severity>
              key={id}
              unit={at(...base, 'severity', id)}
              label={checkName(id)}
              options={id === 'goal' ? goalSeverityOptions() : severityOptions()}
            />
          ))}
        </div>
      </fieldset>

      <fieldset className="group">
        <legend>{t('limitsLegend')}</legend>
        <div className="grid">
          <RuleNumber unit={at(...base, 'limits', 'post')} label={t('limitPost')} min={1} />
          <RuleNumber unit={at(...base, 'limits', 'comment')} label={t('limitComment')} min={1} />
          <RuleNumber unit={at(...base, 'limits', 'fold')} label={t('limitFold')} hint={t('limitZeroNone')} min={0} />
          <RuleNumber unit={at(...base, 'limits', 'foldLines')} label={t('limitFoldLines')} hint={t('limitZeroNone')} min={0} />
          <RuleNumber unit={at(...base, 'hashtagLimit')} label={t('hashtagLimit')} min={0} max={30} />
        </div>
        <RuleCheckbox unit={at(...base, 'ctaAtEnd')} label={t('ctaAtEnd')} />
      </fieldset>

      <AudienceHours network={network} />
    </section>
  );
}
