import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { uiLocale } from '../../lib/ui-language';
import { SidePanel } from '../../components/sidepanel/SidePanel';
import { connectPanel } from '../../components/sidepanel/connect';
import '../../components/common/common.css';
import '../../components/sidepanel/review.css';
import './panel.css';

document.documentElement.lang = uiLocale();
connectPanel();
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <SidePanel />
  </StrictMode>,
);
