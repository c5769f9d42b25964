import { t } from '../../common/i18n';
import { networkName } from '../../common/labels';
import { LANGS, NETWORKS } from '../../../lib/ids';
import type { RepostMode } from '../../../lib/settings/schema';
import { RuleSelect } from '../fields/bound';
import { at } from '../paths';
import { Section } from '../Section';
import { repostModeOptions } from './choices';
import { languageName } from './languages';
import { TextListEditor } from './TextListEditor';

/** Whether a repost without a comment of one's own is met with the prompt, per network (also on the welcome page). */
export function RepostModeFields() {
  return (
    <fieldset className="group">
      <legend>{t('repostModeLegend')}</legend>
      <div className="grid grid--wide">
        {NETWORKS.map((n) => (
          <RuleSelect<RepostMode> key={n} unit={at('repost', 'mode', n)} label={networkName(n)} options={repostModeOptions()} />
        ))}
      </div>
    </fieldset>
  );
}

/** What happens when the person reposts without a comment, and the comment and reply starters offered. */
export function RepostSection() {
  return (
    <Section id="repost" title={t('repostTitle')} intro={t('repostIntro')}>
      <RepostModeFields />
      {LANGS.map((lang) => (
        <TextListEditor
          key={lang}
          path={['repost', 'starters', lang]}
          legend={t('startersLegend', languageName(lang))}
          hint={t('startersHint')}
          itemLabel={(n) => t('starterItem', languageName(lang), n)}
          removeLabel={(n) => t('starterRemove', languageName(lang), n)}
          addLabel={t('starterNew', languageName(lang))}
          addButton={t('starterAdd')}
        />
      ))}
      {LANGS.map((lang) => (
        <TextListEditor
          key={`reply-${lang}`}
          path={['repost', 'replyStarters', lang]}
          legend={t('replyStartersLegend', languageName(lang))}
          hint={t('replyStartersHint')}
          itemLabel={(n) => t('replyStarterItem', languageName(lang), n)}
          removeLabel={(n) => t('replyStarterRemove', languageName(lang), n)}
          addLabel={t('replyStarterNew', languageName(lang))}
          addButton={t('replyStarterAdd')}
        />
      ))}
    </Section>
  );
}
