/**
 * The welcome page a fresh install opens: a minute to make the starting rules the person's own. It is
 * the options page's store and fields (each choice saved as it is made, through lib/settings/storage),
 * showing only what a first run needs: the networks and what each is for, the goals, the audience
 * hours, the repost prompt and the post gate. Skip leaves the stored rules as they are.
 */
import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { t } from '../common/i18n';
import { networkName } from '../common/labels';
import { NETWORKS } from '../../lib/settings/schema';
import type { NetworkId } from '../../lib/settings/schema';
import { RuleCheckbox, RuleText } from '../options/fields/bound';
import { at } from '../options/paths';
import { Section } from '../options/Section';
import { AudienceHours } from '../options/sections/AudienceHours';
import { RepostModeFields } from '../options/sections/RepostSection';
import { GoalsSection } from '../options/sections/GoalsSection';
import { PostGateSection } from '../options/sections/PostGateSection';
import { createOptionsStore, OptionsStoreProvider, useOptions } from '../options/store';
import type { OptionsStore } from '../options/store';

export interface WelcomeAppProps {
  /** the store to save through (tests pass one; the page makes its own) */
  store?: OptionsStore;
  /** leaves the page (Done and Skip), once every choice made is saved; the page closes its own tab */
  onClose?: () => void;
}

/** Closes the welcome tab; tabs.getCurrent and tabs.remove need no permission. */
async function closeOwnTab(): Promise<void> {
  const tab = await browser.tabs.getCurrent();
  if (tab?.id !== undefined) await browser.tabs.remove(tab.id);
  else window.close();
}

export function WelcomeApp({ store: given, onClose = () => void closeOwnTab() }: WelcomeAppProps) {
  const [store] = useState(() => given ?? createOptionsStore());
  useEffect(() => store.getState().start(), [store]);
  return (
    <OptionsStoreProvider value={store}>
      <WelcomePage onClose={onClose} />
    </OptionsStoreProvider>
  );
}

function WelcomePage({ onClose: close }: { onClose: () => void }) {
  const loaded = useOptions((s) => s.loaded);
  const settle = useOptions((s) => s.settle);
  // A choice made just before Done is still being saved: closing the tab now would lose it.
  const onClose = () => void settle().then(close);
  return (
    <div className="welcome">
      <header className="options-header">
        <h1>{t('welcomeTitle')}</h1>
        <p className="section-intro">{t('welcomeIntro')}</p>
        <p className="notice welcome-strategy" role="note">
          {t('welcomeStrategy')}
        </p>
        <button type="button" className="button button--quiet" onClick={onClose}>
          {t('welcomeSkip')}
        </button>
      </header>
      <main className="options-main" aria-busy={!loaded}>
        {loaded ? (
          <>
            <WelcomeNetworks />
            <GoalsSection />
            <WelcomeRepost />
            <PostGateSection />
            <footer className="welcome-footer">
              <button type="button" className="button" onClick={onClose}>
                {t('welcomeDone')}
              </button>
              <p className="field-hint">
                {t('welcomeMore')}{' '}
                <a href={browser.runtime.getURL('/options.html')} target="_blank" rel="noopener">
                  {t('welcomeOptionsLink')}
                </a>
              </p>
            </footer>
          </>
        ) : (
          <p>{t('optionsLoading')}</p>
        )}
      </main>
    </div>
  );
}

/** Per network: on or off, what it is for, and when its audience is around (the options page's fields). */
function WelcomeNetworks() {
  return (
    <Section id="networks" title={t('welcomeNetworksTitle')} intro={t('welcomeNetworksIntro')}>
      {NETWORKS.map((network) => (
        <WelcomeNetwork key={network} network={network} />
      ))}
    </Section>
  );
}

function WelcomeNetwork({ network }: { network: NetworkId }) {
  const name = networkName(network);
  const headingId = `network-${network}-title`;
  return (
    <section className="card" aria-labelledby={headingId}>
      <h3 id={headingId}>{name}</h3>
      <RuleCheckbox unit={at('networks', network, 'enabled')} label={t('networkEnabled', name)} />
      <RuleText unit={at('networks', network, 'purpose')} label={t('networkPurpose')} hint={t('networkPurposeHint')} multiline />
      <AudienceHours network={network} />
    </section>
  );
}

/** Whether a repost without a comment of one's own is met with the prompt, per network. */
function WelcomeRepost() {
  return (
    <Section id="repost" title={t('repostTitle')} intro={t('repostIntro')}>
      <RepostModeFields />
    </Section>
  );
}
