import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { uiLocale } from '../../lib/ui-language';
import { t } from '../../components/common/i18n';
import { OptionsApp } from '../../components/options/OptionsApp';
import '../../components/common/common.css';
import '../../components/sidepanel/review.css';
import './options.css';

document.documentElement.lang = uiLocale();
document.title = t('optionsTitle');
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <OptionsApp />
  </StrictMode>,
);
