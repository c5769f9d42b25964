import { t } from '../../common/i18n';
import type { Lang } from '../../../lib/settings/schema';

/** A review language's name in the UI language. */
export const languageName = (lang: Lang) => t(`languageName_${lang}`);
