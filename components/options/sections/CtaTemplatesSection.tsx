import { t } from '../../common/i18n';
import { LANGS } from '../../../lib/ids';
import { Section } from '../Section';
import { languageName } from './languages';
import { TextListEditor } from './TextListEditor';

/** The texts "add a call to action" offers in the side panel, per language of the draft. */
export function CtaTemplatesSection() {
  return (
    <Section id="cta-templates" title={t('ctaTemplatesTitle')} intro={t('ctaTemplatesIntro')}>
      {LANGS.map((lang) => (
        <TextListEditor
          key={lang}
          path={['ctaTemplates', lang]}
          legend={t('ctaTemplatesLegend', languageName(lang))}
          itemLabel={(n) => t('ctaTemplateItem', languageName(lang), n)}
          removeLabel={(n) => t('ctaTemplateRemove', languageName(lang), n)}
          addLabel={t('ctaTemplateNew', languageName(lang))}
          addButton={t('ctaTemplateAdd')}
        />
      ))}
    </Section>
  );
}
