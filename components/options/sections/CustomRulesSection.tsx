import { t } from '../../common/i18n';
import { networkName } from '../../common/labels';
import { NETWORKS } from '../../../lib/ids';
import type { CustomRule, NetworkId } from '../../../lib/settings/schema';
import { ListErrors } from '../fields/Field';
import { RuleCheckGroup, RuleCheckbox, RuleSelect, RuleText } from '../fields/bound';
import { inItem, itemKeyPrefix } from '../paths';
import { Section } from '../Section';
import { useOptions } from '../store';
import { useChange } from '../useChange';
import { customSeverityOptions, modeOptions } from './choices';
import { NewCustomRule } from './NewCustomRule';
import { RemoveButton } from '../fields/RemoveButton';

/** The person's own checks: a phrase or pattern to avoid or to require, with their own message. */
export function CustomRulesSection() {
  const rules = useOptions((s) => s.saved.custom);
  const { run, errors } = useChange();
  const remove = (id: string) => run((r) => ({ ...r, custom: r.custom.filter((c) => c.id !== id) }), [itemKeyPrefix('custom', id)]);
  const networkOptions = NETWORKS.map((n) => [n, networkName(n)] as const);
  return (
    <Section id="custom" title={t('customTitle')} intro={t('customIntro')}>
      {rules.length === 0 ? <p className="empty-note">{t('customEmpty')}</p> : null}
      <ol className="item-list">
        {rules.map((rule, i) => {
          const field = (name: keyof CustomRule) => inItem('custom', rule.id, name);
          const legend = t('customLegend', i + 1);
          return (
            <li key={rule.id}>
              <fieldset className="item card">
                <legend>{legend}</legend>
                <RuleCheckbox unit={field('enabled')} label={t('customEnabled')} />
                <div className="grid">
                  <RuleSelect<CustomRule['mode']> unit={field('mode')} label={t('customMode')} options={modeOptions()} />
                  <RuleSelect<CustomRule['severity']>
                    unit={field('severity')}
                    label={t('customSeverity')}
                    options={customSeverityOptions()}
                  />
                </div>
                <RuleText unit={field('pattern')} label={t('customPattern')} />
                <RuleCheckbox unit={field('regex')} label={t('customRegex')} hint={t('customRegexHint')} />
                <RuleText unit={field('message')} label={t('customMessage')} />
                <RuleCheckGroup<NetworkId>
                  unit={field('networks')}
                  legend={t('customNetworks')}
                  hint={t('customNetworksHint')}
                  options={networkOptions}
                />
                <RemoveButton label={t('customRemove', i + 1)} onClick={() => void remove(rule.id)} />
              </fieldset>
            </li>
          );
        })}
      </ol>
      <ListErrors errors={errors} />
      <NewCustomRule />
    </Section>
  );
}
