/**
 * The toolbar button, per tab: the open points of the tab's draft as its badge (coloured by verdict,
 * "✓" when it is ready), its title the verdict in words; "?" while a box Postcheck does not recognise
 * is offered there; nothing when the tab has neither. Drawn from what storage.session holds for the
 * tab, so it follows every review, dismissal, failure and page that goes. The browser keeps a per-tab
 * badge with its tab, so switching tabs shows each tab's own.
 */
import { browser } from 'wxt/browser';
import { badgeOf, FAILED_BADGE } from './drafts';
import { isFailed } from '../drafts/state';
import type { StoredDraft } from '../drafts/state';
import type { BoxOffer } from '../drafts/offer';
import type { BadgeState } from '../messaging/protocol';
import { logOnce } from '../log';

export interface ToolbarState {
  text: string;
  /** badge colour; none when there is no badge */
  color?: string;
  /** the i18n key of the title and its substitutions */
  title: { key: string; subs?: string[] };
}

const COLOR: Record<BadgeState['verdict'], string> = { ready: '#1a7f37', consider: '#9a6700', fix: '#c62828', error: '#6b3fa0' };

/** What the toolbar shows for a tab's stored draft and offered box (pure). */
export function toolbarState(draft: StoredDraft | null, offer: BoxOffer | null): ToolbarState {
  const state = draft ? (isFailed(draft) ? FAILED_BADGE : badgeOf(draft.review)) : null;
  // Nothing written yet is no review to show.
  if (!state || (state.empty && state.verdict === 'ready')) {
    return offer
      ? { text: '?', color: COLOR.consider, title: { key: 'actionTitleUnrecognised' } }
      : { text: '', title: { key: 'actionTitle' } };
  }
  const n = String(state.open);
  if (state.verdict === 'error') return { text: '!', color: COLOR.error, title: { key: 'badgeError' } };
  if (state.incomplete) return { text: n === '0' ? '…' : n, color: COLOR[state.verdict], title: { key: 'badgeIncomplete' } };
  if (state.verdict === 'ready') return { text: '✓', color: COLOR.ready, title: { key: 'badgeReady' } };
  return { text: n, color: COLOR[state.verdict], title: { key: state.verdict === 'fix' ? 'badgeFix' : 'badgeConsider', subs: [n] } };
}

/** The toolbar button's API: `action` (MV3), `browserAction` (Firefox MV2). */
type ActionApi = Pick<typeof browser.action, 'setBadgeText' | 'setTitle' | 'setBadgeBackgroundColor'>;
const actionApi = (): ActionApi | undefined =>
  (browser as unknown as { action?: ActionApi; browserAction?: ActionApi }).action ??
  (browser as unknown as { browserAction?: ActionApi }).browserAction;

const TAB_KEY = /^(?:draft|offer):(\d+)$/;

/** Redraw a tab's toolbar button whenever its draft or offered box changes in storage.session. */
export function watchToolbar(): void {
  const action = actionApi();
  if (!action) return;
  const draw = async (tabId: number) => {
    const stored = await browser.storage.session.get([`draft:${tabId}`, `offer:${tabId}`]);
    const draft = (stored[`draft:${tabId}`] as StoredDraft | undefined) ?? null;
    const offer = (stored[`offer:${tabId}`] as BoxOffer | undefined) ?? null;
    const shown = toolbarState(draft, offer);
    const title = browser.i18n.getMessage(shown.title.key as 'actionTitle', shown.title.subs) || 'Postcheck';
    const drawn = Promise.all([
      action.setBadgeText({ tabId, text: shown.text }),
      action.setTitle({ tabId, title }),
      shown.color ? action.setBadgeBackgroundColor({ tabId, color: shown.color }) : undefined,
    ]);
    // Cleared because the tab closed: it has no button left to draw on, and nothing is lost.
    await (draft || offer ? drawn : drawn.catch(() => undefined));
  };
  browser.storage.onChanged.addListener((changes, area) => {
    if (area !== 'session') return;
    const tabs = new Set<number>();
    for (const key of Object.keys(changes)) {
      const tab = TAB_KEY.exec(key)?.[1];
      if (tab) tabs.add(Number(tab));
    }
    for (const tabId of tabs) draw(tabId).catch((e) => logOnce('toolbar', e));
  });
}
