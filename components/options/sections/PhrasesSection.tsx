import { useState } from 'react';
import { t, uiLang } from '../../common/i18n';
import type { MessageKey } from '../../common/i18n';
import { DEFAULT_PHRASES } from '../../../lib/review/phrases';
import { addPhrase, effectivePhrases, removePhrase } from '../../../lib/settings/phrases';
import { LANGS, PHRASE_LISTS } from '../../../lib/ids';
import type { Lang, PhraseEdits, PhraseListId, Rules } from '../../../lib/settings/schema';
import { AddForm } from '../fields/AddForm';
import { ListErrors } from '../fields/Field';
import { SelectInput } from '../fields/SelectInput';
import { setIn } from '../paths';
import { Section } from '../Section';
import { useOptions } from '../store';
import { useChange } from '../useChange';
import { languageName } from './languages';

/** `fit-x` → `fit_x`, as message keys spell it. */
type Underscored<S extends string> = S extends `${infer A}-${infer B}` ? `${A}_${Underscored<B>}` : S;
/**
 * A list's name and hint in the UI, by its id: a network's fit list comes with the network (lib/ids.ts), and the
 * compiler refuses one whose `phraseList_…`/`phraseHint_…` messages are missing.
 */
const listKey = (prefix: 'phraseList' | 'phraseHint', id: PhraseListId): MessageKey =>
  `${prefix}_${id.replaceAll('-', '_')}` as `${typeof prefix}_${Underscored<PhraseListId>}`;
const LIST_NAME = (id: PhraseListId) => listKey('phraseList', id);
const LIST_HINT = (id: PhraseListId) => listKey('phraseHint', id);

/** Phrases compare as the review compares them: case-insensitively. */
const same = (phrase: string) => phrase.trim().normalize('NFC').toLowerCase();

/**
 * The built-in phrase lists with the person's edits: the list in effect, each phrase with a
 * remove button; phrases to add; and the removed built-in ones, each with a way back.
 */
export function PhrasesSection() {
  const [lang, setLang] = useState<Lang>(uiLang);
  const [list, setList] = useState<PhraseListId>('cta');
  const edits = useOptions((s) => s.saved.phrases[lang][list]);
  const change = useOptions((s) => s.change);
  const { run, errors } = useChange();

  const defaults = DEFAULT_PHRASES[lang][list];
  const effective = effectivePhrases(defaults, edits);
  const inEffect = new Set(effective.map(same));
  const builtIn = new Set(defaults.map(same));
  const removed = defaults.filter((p) => !inEffect.has(same(p)));
  const path = ['phrases', lang, list] as const;
  const editList = (edit: (current: PhraseEdits) => PhraseEdits) => (rules: Rules) => setIn(rules, path, edit(rules.phrases[lang][list]));

  return (
    <Section id="phrases" title={t('phrasesTitle')} intro={t('phrasesIntro')}>
      <div className="item-row">
        <SelectInput<Lang>
          label={t('phrasesLanguage')}
          value={lang}
          options={LANGS.map((l) => [l, languageName(l)] as const)}
          onChange={setLang}
        />
        <SelectInput<PhraseListId>
          label={t('phrasesList')}
          value={list}
          options={PHRASE_LISTS.map((id) => [id, t(LIST_NAME(id))] as const)}
          onChange={setList}
        />
      </div>

      <div className="card">
        <h3 id="phrases-current">{t('phrasesCurrent', t(LIST_NAME(list)), languageName(lang))}</h3>
        <p className="field-hint">{t(LIST_HINT(list))}</p>
        {effective.length === 0 ? <p className="empty-note">{t('phrasesEmpty')}</p> : null}
        <ul className="chips" aria-labelledby="phrases-current">
          {effective.map((phrase) => (
            <li key={phrase} className="chip">
              <span>{phrase}</span>
              {builtIn.has(same(phrase)) ? null : <span className="tag">{t('phraseYours')}</span>}
              <button
                type="button"
                className="chip-button"
                aria-label={t('removeItem', phrase)}
                title={t('removeItem', phrase)}
                onClick={() => void run(editList((current) => removePhrase(current, defaults, phrase)))}
              >
                <span aria-hidden="true">×</span>
              </button>
            </li>
          ))}
        </ul>
        <ListErrors errors={errors} />

        <AddForm
          label={t('phraseNew')}
          hint={t('phraseNewHint')}
          button={t('phraseAdd')}
          onAdd={async (text) => {
            if (!text.trim()) return { ok: false, errors: [{ path: '', message: 'must not be empty' }] };
            if (inEffect.has(same(text))) return { ok: true, note: t('phraseAlready', text.trim()) };
            return change(editList((current) => addPhrase(current, defaults, text)));
          }}
        />

        {removed.length ? (
          <div className="removed">
            <h4 id="phrases-removed">{t('phrasesRemoved')}</h4>
            <ul className="chips" aria-labelledby="phrases-removed">
              {removed.map((phrase) => (
                <li key={phrase} className="chip chip--removed">
                  <span>{phrase}</span>
                  <button
                    type="button"
                    className="chip-button chip-button--text"
                    aria-label={t('restoreItem', phrase)}
                    onClick={() => void run(editList((current) => addPhrase(current, defaults, phrase)))}
                  >
                    {t('restore')}
                  </button>
                </li>
              ))}
            </ul>
          </div>
        ) : null}
      </div>
    </Section>
  );
}
