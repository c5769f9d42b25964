/** The words for the rules' choices, in the UI language. */
import { t } from '../../common/i18n';
import type { CustomRule, RepostMode, Severity } from '../../../lib/settings/schema';

export const severityOptions = (): [Severity, string][] => [
  ['off', t('severity_off')],
  ['warn', t('severity_warn')],
  ['fail', t('severity_fail')],
];

/** The goal check's: off still asks which goal a draft serves, it only never counts against the verdict. */
export const goalSeverityOptions = (): [Severity, string][] => [
  ['off', t('severity_off_goal')],
  ['warn', t('severity_warn')],
  ['fail', t('severity_fail')],
];

export const customSeverityOptions = (): [CustomRule['severity'], string][] => [
  ['warn', t('severity_warn')],
  ['fail', t('severity_fail')],
];

export const modeOptions = (): [CustomRule['mode'], string][] => [
  ['avoid', t('customModeAvoid')],
  ['require', t('customModeRequire')],
];

export const repostModeOptions = (): [RepostMode, string][] => [
  ['off', t('repostMode_off')],
  ['nudge', t('repostMode_nudge')],
  ['always-quote', t('repostMode_always_quote')],
];
