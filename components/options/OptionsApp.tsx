import { useEffect, useState } from 'react';
import type { JSX } from 'react';
import { browser } from 'wxt/browser';
import { t } from '../common/i18n';
import type { MessageKey } from '../common/i18n';
import { describeError } from './errors';
import { CtaTemplatesSection } from './sections/CtaTemplatesSection';
import { CustomRulesSection } from './sections/CustomRulesSection';
import { GoalsSection } from './sections/GoalsSection';
import { HabitsSection } from './sections/HabitsSection';
import { NetworksSection } from './sections/NetworksSection';
import { PauseSection } from './sections/PauseSection';
import { PhrasesSection } from './sections/PhrasesSection';
import { PostGateSection } from './sections/PostGateSection';
import { RepostSection } from './sections/RepostSection';
import { ThresholdsSection } from './sections/ThresholdsSection';
import { TransferSection } from './sections/TransferSection';
import { TryDraftSection } from './sections/TryDraftSection';
import { createOptionsStore, OptionsStoreProvider, useOptions } from './store';
import { SyncNotice } from './SyncNotice';

/** The sections in page order, with the nav's name for each (the section's own title). */
const SECTIONS: [id: string, title: MessageKey, Component: () => JSX.Element][] = [
  ['goals', 'goalsTitle', GoalsSection],
  ['networks', 'networksTitle', NetworksSection],
  ['phrases', 'phrasesTitle', PhrasesSection],
  ['custom', 'customTitle', CustomRulesSection],
  ['try', 'tryTitle', TryDraftSection],
  ['pause', 'pauseTitle', PauseSection],
  ['repost', 'repostTitle', RepostSection],
  ['cta-templates', 'ctaTemplatesTitle', CtaTemplatesSection],
  ['post-gate', 'postGateTitle', PostGateSection],
  ['thresholds', 'thresholdsTitle', ThresholdsSection],
  ['habits', 'habitsTitle', HabitsSection],
  ['transfer', 'transferTitle', TransferSection],
];

/** The options page, with its own store: it reads the rules and follows them while mounted. */
export function OptionsApp() {
  const [store] = useState(createOptionsStore);
  useEffect(() => store.getState().start(), [store]);
  return (
    <OptionsStoreProvider value={store}>
      <OptionsPage />
    </OptionsStoreProvider>
  );
}

function OptionsPage() {
  const loaded = useOptions((s) => s.loaded);
  const problems = useOptions((s) => s.problems);
  return (
    <div className="options">
      <a className="skip-link" href="#options-main">
        {t('skipToContent')}
      </a>
      <header className="options-header">
        <h1>{t('optionsTitle')}</h1>
        <p className="section-intro">{t('optionsIntro')}</p>
        {/* The first-run page, again: the few choices that make the starting rules one's own. */}
        <a href={browser.runtime.getURL('/welcome.html')} target="_blank" rel="noopener">
          {t('optionsWelcomeLink')}
        </a>
      </header>
      <nav className="options-nav" aria-label={t('optionsNav')}>
        <ul>
          {SECTIONS.map(([id, title]) => (
            <li key={id}>
              <a href={`#${id}`}>{t(title)}</a>
            </li>
          ))}
        </ul>
      </nav>
      <main id="options-main" className="options-main" tabIndex={-1} aria-busy={!loaded}>
        <SyncNotice />
        {problems.length ? (
          <div className="notice" role="note">
            <p className="notice-title">{t('storedProblems')}</p>
            <ul className="error-list">
              {problems.map((problem, i) => (
                <li key={i}>{describeError(problem)}</li>
              ))}
            </ul>
          </div>
        ) : null}
        {loaded ? SECTIONS.map(([id, , Section]) => <Section key={id} />) : <p>{t('optionsLoading')}</p>}
      </main>
    </div>
  );
}
