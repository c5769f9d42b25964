import { t } from '../../common/i18n';
import { RuleNumber } from '../fields/bound';
import { at } from '../paths';
import { Section } from '../Section';

/** The numbers behind some checks. */
export function ThresholdsSection() {
  return (
    <Section id="thresholds" title={t('thresholdsTitle')} intro={t('thresholdsIntro')}>
      <div className="grid grid--wide">
        <RuleNumber
          unit={at('thresholds', 'valueMinWords')}
          label={t('thresholdValueMinWords')}
          hint={t('thresholdValueMinWordsHint')}
          min={0}
          max={100}
        />
        <RuleNumber
          unit={at('thresholds', 'shareCommentMinWords')}
          label={t('thresholdShareCommentMinWords')}
          hint={t('thresholdShareCommentMinWordsHint')}
          min={0}
          max={50}
        />
        <RuleNumber
          unit={at('thresholds', 'crosspostSimilarity')}
          label={t('thresholdCrosspostSimilarity')}
          hint={t('thresholdCrosspostSimilarityHint')}
          min={0.5}
          max={1}
          step={0.05}
        />
        <RuleNumber
          unit={at('thresholds', 'crosspostDays')}
          label={t('thresholdCrosspostDays')}
          hint={t('thresholdCrosspostDaysHint')}
          min={1}
          max={90}
        />
      </div>
    </Section>
  );
}
