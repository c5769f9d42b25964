import { useState } from 'react';
import { t } from '../../common/i18n';
import type { RulesError } from '../../../lib/settings/parse';
import type { PauseEntry } from '../../../lib/settings/schema';
import { DateInput } from '../fields/DateInput';
import { ListErrors } from '../fields/Field';
import { LinesInput } from '../fields/LinesInput';
import { TextInput } from '../fields/TextInput';
import { newId } from '../ids';
import { useOptions } from '../store';

type Draft = Omit<PauseEntry, 'id'>;
const EMPTY: Draft = { label: '', from: null, to: null, topics: [] };
const FIELDS = ['label', 'from', 'to', 'topics'] as const;

export function NewPauseEntry() {
  const change = useOptions((s) => s.change);
  const [draft, setDraft] = useState<Draft>(EMPTY);
  const [errors, setErrors] = useState<RulesError[]>([]);
  const set = (patch: Partial<Draft>) => setDraft((d) => ({ ...d, ...patch }));
  const at = (name: (typeof FIELDS)[number]) => errors.filter((e) => e.path.endsWith(`.${name}`) || e.path.includes(`.${name}[`));
  const rest = errors.filter((e) => !FIELDS.some((name) => e.path.endsWith(`.${name}`) || e.path.includes(`.${name}[`)));

  return (
    <form
      className="card new-item"
      aria-labelledby="pause-new-title"
      onSubmit={async (e) => {
        e.preventDefault();
        const result = await change((r) => ({
          ...r,
          pause: [
            ...r.pause,
            {
              ...draft,
              id: newId(
                draft.label,
                r.pause.map((p) => p.id),
                'pause',
              ),
            },
          ],
        }));
        if (result.ok) {
          setDraft(EMPTY);
          setErrors([]);
        } else setErrors(result.errors);
      }}
    >
      <h3 id="pause-new-title">{t('pauseNewTitle')}</h3>
      <TextInput label={t('pauseLabel')} value={draft.label} errors={at('label')} onChange={(label) => set({ label })} />
      <div className="grid">
        <DateInput label={t('pauseFrom')} value={draft.from} errors={at('from')} onChange={(from) => set({ from })} />
        <DateInput label={t('pauseTo')} value={draft.to} errors={at('to')} onChange={(to) => set({ to })} />
      </div>
      <LinesInput
        label={t('pauseTopics')}
        hint={t('pauseTopicsHint')}
        value={draft.topics}
        errors={at('topics')}
        onChange={(topics) => set({ topics })}
      />
      <ListErrors errors={rest} />
      <button type="submit" className="button">
        {t('pauseAdd')}
      </button>
    </form>
  );
}
