import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { uiLocale } from '../../lib/ui-language';
import { t } from '../../components/common/i18n';
import { WelcomeApp } from '../../components/welcome/WelcomeApp';
import '../../components/common/common.css';
import '../options/options.css';
import '../../components/welcome/welcome.css';

document.documentElement.lang = uiLocale();
document.title = t('welcomeTitle');
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <WelcomeApp />
  </StrictMode>,
);
