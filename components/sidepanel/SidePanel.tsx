/**
 * The side panel's root: the review of its tab's draft, or what to do when there is none.
 * Its element carries data-network, data-kind and data-verdict (a stable automation hook).
 */
import { useShallow } from 'zustand/react/shallow';
import { t } from '../common/i18n';
import { usePanelStore } from './store';
import type { PanelState } from './store';
import { DraftReview } from './DraftReview';
import { EmptyState } from './EmptyState';
import { NetworkOffState } from './NetworkOffState';
import { HabitsFooter } from './HabitsFooter';
import { DismissOffer } from './DismissOffer';
import { FailedState } from './FailedState';
import { BoxOfferNotice } from './BoxOfferNotice';
import { WhatsNewNotice } from './WhatsNewNotice';
import { isFailed } from '../../lib/drafts/state';
import type { NetworkId } from '../../lib/settings/schema';

type View = { kind: 'loading' } | { kind: 'empty' } | { kind: 'off'; network: NetworkId } | { kind: 'review' } | { kind: 'failed' };

function viewOf({
  loaded,
  draft,
  tabId,
  tabNetwork,
  rules,
}: Pick<PanelState, 'loaded' | 'draft' | 'tabId' | 'tabNetwork' | 'rules'>): View {
  const isOff = (n: NetworkId) => rules?.networks[n].enabled === false;
  // The tab's own site is switched off: say so rather than show a draft from another tab.
  if (tabNetwork && isOff(tabNetwork) && draft?.tabId !== tabId) return { kind: 'off', network: tabNetwork };
  if (draft) {
    if (isOff(draft.network)) return { kind: 'off', network: draft.network };
    // The latest draft's review could not be made or stored: say so, never show an older verdict.
    if (isFailed(draft)) return { kind: 'failed' };
    const reviewedOff = draft.review.checks.length === 0 && draft.review.skipped.some((s) => s.why === 'network-off');
    return reviewedOff ? { kind: 'off', network: draft.network } : { kind: 'review' };
  }
  return loaded ? { kind: 'empty' } : { kind: 'loading' };
}

export function SidePanel() {
  const state = usePanelStore(
    useShallow((s) => ({ loaded: s.loaded, draft: s.draft, tabId: s.tabId, tabNetwork: s.tabNetwork, rules: s.rules })),
  );
  const view = viewOf(state);
  const { draft } = state;
  const reviewed = view.kind === 'review' && draft && !isFailed(draft) ? draft : null;
  const failed = view.kind === 'failed' && draft && isFailed(draft) ? draft : null;

  return (
    <main
      className="panel"
      data-state={view.kind}
      data-network={(reviewed ?? failed)?.network ?? (view.kind === 'off' ? view.network : undefined)}
      data-kind={(reviewed ?? failed)?.kind}
      data-verdict={failed ? 'error' : reviewed?.review.verdict}
      aria-busy={view.kind === 'loading' ? true : undefined}
    >
      {view.kind === 'loading' && <p className="panel__loading">{t('panelLoading')}</p>}
      {view.kind !== 'loading' && <WhatsNewNotice />}
      {view.kind !== 'loading' && <BoxOfferNotice />}
      {view.kind === 'empty' && <EmptyState />}
      {view.kind === 'off' && <NetworkOffState network={view.network} />}
      {reviewed && <DismissOffer network={reviewed.network} />}
      {reviewed && <DraftReview draft={reviewed} />}
      {failed && <FailedState draft={failed} />}
      {view.kind !== 'loading' && <HabitsFooter network={reviewed?.network} />}
    </main>
  );
}
