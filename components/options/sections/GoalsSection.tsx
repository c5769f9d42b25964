import { t } from '../../common/i18n';
import { ListErrors } from '../fields/Field';
import { AddForm } from '../fields/AddForm';
import { RuleCheckbox, RuleText } from '../fields/bound';
import { newId } from '../ids';
import { inItem, itemKeyPrefix } from '../paths';
import { Section } from '../Section';
import { useOptions } from '../store';
import { useChange } from '../useChange';
import { RemoveButton } from '../fields/RemoveButton';
import { DefaultWordsForm } from './DefaultWordsForm';

export function GoalsSection() {
  const goals = useOptions((s) => s.saved.goals);
  const change = useOptions((s) => s.change);
  const { run, errors } = useChange();
  const remove = (id: string) => run((r) => ({ ...r, goals: r.goals.filter((g) => g.id !== id) }), [itemKeyPrefix('goals', id)]);

  return (
    <Section id="goals" title={t('goalsTitle')} intro={t('goalsIntro')}>
      <p className="field-hint">{t('goalsSignalsNote')}</p>
      {goals.length === 0 ? <p className="empty-note">{t('goalsEmpty')}</p> : null}
      <ol className="item-list">
        {goals.map((goal, i) => (
          <li key={goal.id}>
            <fieldset className="item">
              <legend>{t('goalLegend', i + 1)}</legend>
              <div className="item-row">
                <RuleText unit={inItem('goals', goal.id, 'text')} label={t('goalText')} className="grow" />
                <RuleCheckbox unit={inItem('goals', goal.id, 'enabled')} label={t('goalEnabled')} />
                <RemoveButton label={t('goalRemove', i + 1)} onClick={() => void remove(goal.id)} />
              </div>
            </fieldset>
          </li>
        ))}
      </ol>
      <ListErrors errors={errors} />
      <AddForm
        label={t('goalsNew')}
        button={t('goalsAdd')}
        onAdd={(text) =>
          change((r) => ({
            ...r,
            goals: [
              ...r.goals,
              {
                id: newId(
                  text,
                  r.goals.map((g) => g.id),
                  'goal',
                ),
                text,
                enabled: true,
              },
            ],
          }))
        }
      />
      <DefaultWordsForm />
    </Section>
  );
}
