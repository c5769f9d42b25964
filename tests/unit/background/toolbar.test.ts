// The toolbar button per tab: open points coloured by verdict and the verdict in words, "?" for an
// offered box, nothing otherwise; redrawn from storage.session whenever the tab's draft or offer changes.
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { toolbarState, watchToolbar } from '../../../lib/background/toolbar';
import { createDraftService } from '../../../lib/background/drafts';
import { offerItem } from '../../../lib/drafts/offer';
import type { BoxOffer } from '../../../lib/drafts/offer';
import type { StoredDraft } from '../../../lib/drafts/state';
import { defaultRules } from '../../../lib/settings/defaults';
import { useEnglishMessages } from '../../component/sidepanel/i18n';
import { noBudget } from '../../support/budget';

const review = (statuses: string[], extra: object = {}) =>
  ({
    composerId: 'p1-0',
    network: 'x',
    kind: 'post',
    text: 'x',
    host: 'x.com',
    dismissed: [],
    review: { verdict: 'consider', checks: statuses.map((status, i) => ({ id: `c${i}`, status })), skipped: [], ...extra },
  }) as unknown as StoredDraft;
const offer = { tabId: 1, frameId: 0, boxId: 'p1-0', network: 'x', host: 'x.com', at: 0 } as BoxOffer;

describe('toolbarState', () => {
  test('the open points, coloured by verdict, and the verdict in words', () => {
    expect(toolbarState(review(['pass', 'warn', 'warn'], { verdict: 'consider' }), null)).toEqual({
      text: '2',
      color: '#9a6700',
      title: { key: 'badgeConsider', subs: ['2'] },
    });
    expect(toolbarState(review(['fail', 'warn'], { verdict: 'fix' }), null)).toEqual({
      text: '2',
      color: '#c62828',
      title: { key: 'badgeFix', subs: ['2'] },
    });
    expect(toolbarState(review(['pass'], { verdict: 'ready' }), null)).toEqual({
      text: '✓',
      color: '#1a7f37',
      title: { key: 'badgeReady' },
    });
    expect(
      toolbarState({ composerId: 'p1-0', network: 'x', kind: 'post', host: 'x.com', failed: true } as unknown as StoredDraft, null).text,
    ).toBe('!');
  });

  test('"?" for an offered box with no review, and nothing for an empty draft or none', () => {
    expect(toolbarState(null, offer)).toMatchObject({ text: '?', title: { key: 'actionTitleUnrecognised' } });
    expect(toolbarState(review([], { verdict: 'ready', skipped: [{ id: 'value', why: 'empty' }] }), null)).toEqual({
      text: '',
      title: { key: 'actionTitle' },
    });
    expect(toolbarState(null, null)).toEqual({ text: '', title: { key: 'actionTitle' } });
  });
});

describe('watchToolbar', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    useEnglishMessages();
  });

  test("follows each tab's draft and offer, per tab, and clears when they go", async () => {
    watchToolbar();
    // Monday 10:00, within LinkedIn's audience hours: the open points do not depend on when the test runs.
    const service = createDraftService({
      rules: async () => defaultRules(),
      locale: 'en',
      now: () => new Date(2026, 10, 23, 10, 0),
      budget: noBudget,
    });
    const text = (tabId: number) => fakeBrowser.action.getBadgeText({ tabId });
    await service.update(3, 'www.linkedin.com', {
      composerId: 'p1-0',
      network: 'linkedin',
      kind: 'post',
      text: 'We cut onboarding time in half, because memory fades.',
    });
    await vi.waitFor(async () => expect(await text(3)).toBe('1'));
    expect(await fakeBrowser.action.getTitle({ tabId: 3 })).toBe('Postcheck: 1 to fix');
    await offerItem(4).setValue({ ...offer, tabId: 4 });
    await vi.waitFor(async () => expect(await text(4)).toBe('?'));
    expect(await text(3)).toBe('1');
    await service.gone(3, { page: 'p1' });
    await vi.waitFor(async () => expect(await text(3)).toBe(''));
    await offerItem(4).removeValue();
    await vi.waitFor(async () => expect(await text(4)).toBe(''));
  });
});
