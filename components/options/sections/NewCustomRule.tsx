import { useState } from 'react';
import { t } from '../../common/i18n';
import type { RulesError } from '../../../lib/settings/parse';
import type { CustomRule } from '../../../lib/settings/schema';
import { CheckboxInput } from '../fields/CheckboxInput';
import { ListErrors } from '../fields/Field';
import { SelectInput } from '../fields/SelectInput';
import { TextInput } from '../fields/TextInput';
import { newId } from '../ids';
import { useOptions } from '../store';
import { modeOptions } from './choices';

type Draft = Pick<CustomRule, 'mode' | 'pattern' | 'regex' | 'message'>;
const EMPTY: Draft = { mode: 'avoid', pattern: '', regex: false, message: '' };

/** The form for a new custom rule: only what a rule cannot do without; the rest can be set once it is there. */
export function NewCustomRule() {
  const change = useOptions((s) => s.change);
  const [draft, setDraft] = useState<Draft>(EMPTY);
  const [errors, setErrors] = useState<RulesError[]>([]);
  const set = (patch: Partial<Draft>) => setDraft((d) => ({ ...d, ...patch }));
  const at = (name: keyof Draft) => errors.filter((e) => e.path.endsWith(`.${name}`));
  const rest = errors.filter((e) => !['pattern', 'message', 'regex', 'mode'].some((name) => e.path.endsWith(`.${name}`)));

  return (
    <form
      className="card new-item"
      aria-labelledby="custom-new-title"
      onSubmit={async (e) => {
        e.preventDefault();
        const result = await change((r) => {
          const rule: CustomRule = {
            ...draft,
            id: newId(
              draft.message || draft.pattern,
              r.custom.map((c) => c.id),
              'rule',
            ),
            enabled: true,
            networks: [],
            severity: 'warn',
          };
          return { ...r, custom: [...r.custom, rule] };
        });
        if (result.ok) {
          setDraft(EMPTY);
          setErrors([]);
        } else setErrors(result.errors);
      }}
    >
      <h3 id="custom-new-title">{t('customNewTitle')}</h3>
      <SelectInput<CustomRule['mode']>
        label={t('customMode')}
        value={draft.mode}
        options={modeOptions()}
        onChange={(mode) => set({ mode })}
      />
      <TextInput label={t('customPattern')} value={draft.pattern} errors={at('pattern')} onChange={(pattern) => set({ pattern })} />
      <CheckboxInput label={t('customRegex')} hint={t('customRegexHint')} checked={draft.regex} onChange={(regex) => set({ regex })} />
      <TextInput
        label={t('customMessage')}
        hint={t('customMessageHint')}
        value={draft.message}
        errors={at('message')}
        onChange={(message) => set({ message })}
      />
      <ListErrors errors={rest} />
      <button type="submit" className="button">
        {t('customAdd')}
      </button>
    </form>
  );
}
