import { t } from '../../common/i18n';
import type { PauseEntry } from '../../../lib/settings/schema';
import { ListErrors } from '../fields/Field';
import { RuleDate, RuleLines, RuleText } from '../fields/bound';
import { inItem, itemKeyPrefix } from '../paths';
import { Section } from '../Section';
import { useOptions } from '../store';
import { useChange } from '../useChange';
import { NewPauseEntry } from './NewPauseEntry';
import { RemoveButton } from '../fields/RemoveButton';

/** Times and topics during which promotional posts get a warning (a bereavement, a crisis, a holiday). */
export function PauseSection() {
  const entries = useOptions((s) => s.saved.pause);
  const { run, errors } = useChange();
  const remove = (id: string) => run((r) => ({ ...r, pause: r.pause.filter((p) => p.id !== id) }), [itemKeyPrefix('pause', id)]);
  return (
    <Section id="pause" title={t('pauseTitle')} intro={t('pauseIntro')}>
      {entries.length === 0 ? <p className="empty-note">{t('pauseEmpty')}</p> : null}
      <ol className="item-list">
        {entries.map((entry, i) => {
          const field = (name: keyof PauseEntry) => inItem('pause', entry.id, name);
          const legend = t('pauseLegend', i + 1);
          return (
            <li key={entry.id}>
              <fieldset className="item card">
                <legend>{legend}</legend>
                <RuleText unit={field('label')} label={t('pauseLabel')} />
                <div className="grid">
                  <RuleDate unit={field('from')} label={t('pauseFrom')} />
                  <RuleDate unit={field('to')} label={t('pauseTo')} />
                </div>
                <RuleLines unit={field('topics')} label={t('pauseTopics')} hint={t('pauseTopicsHint')} />
                <RemoveButton label={t('pauseRemove', i + 1)} onClick={() => void remove(entry.id)} />
              </fieldset>
            </li>
          );
        })}
      </ol>
      <ListErrors errors={errors} />
      <NewPauseEntry />
    </Section>
  );
}
