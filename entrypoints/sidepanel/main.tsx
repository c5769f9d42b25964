import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { browser } from 'wxt/browser';
import { SidePanel } from '../../components/sidepanel/SidePanel';
import { connectPanel } from '../../components/sidepanel/connect';
import '../../components/common/common.css';
import './panel.css';

document.documentElement.lang = browser.i18n.getUILanguage();
connectPanel();
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <SidePanel />
  </StrictMode>,
);
