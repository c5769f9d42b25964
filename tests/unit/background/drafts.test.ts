import { beforeEach, describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createDraftService, badgeOf } from '../../../lib/background/drafts';
import { parseDraftUpdate, networkOfUrl } from '../../../lib/background/validate';
import type { CheckResult } from '../../../lib/review/types';
import { contentConfig } from '../../../lib/background/content-config';
import { draftItem, isFailed, lastDraftTab } from '../../../lib/drafts/state';
import type { TabDraft } from '../../../lib/drafts/state';
import { defaultRules } from '../../../lib/settings/defaults';
import type { Rules } from '../../../lib/settings/schema';
import { noBudget } from '../../support/budget';

const MONDAY_10 = new Date(2026, 10, 23, 10, 0);

function service(rules: Rules = defaultRules()) {
  return createDraftService({ rules: async () => rules, locale: 'en', now: () => MONDAY_10, budget: noBudget });
}

beforeEach(() => fakeBrowser.reset());

/** The tab's stored draft with its review (null when there is none, or only a failure record). */
async function reviewed(tabId: number): Promise<TabDraft | null> {
  const stored = await draftItem(tabId).getValue();
  return stored && !isFailed(stored) ? stored : null;
}

describe('draft service', () => {
  test('reviews once, keeps the draft and its review in session storage, and answers the badge', async () => {
    const s = service();
    const badge = await s.update(7, 'www.linkedin.com', {
      composerId: 'c1',
      network: 'linkedin',
      kind: 'post',
      text: 'We cut onboarding time in half by writing decisions down, because memory fades.',
    });
    expect(badge).toEqual({ verdict: 'fix', open: 1, empty: false, failing: ['cta'] });
    const stored = await reviewed(7);
    expect(stored?.review.checks.find((c) => c.id === 'cta')?.status).toBe('fail');
    expect(stored?.host).toBe('www.linkedin.com');
    expect(await lastDraftTab.getValue()).toBe(7);
    // Nothing of the draft goes to local or sync storage.
    expect(JSON.stringify(await fakeBrowser.storage.local.get(null))).not.toContain('onboarding');
    expect(JSON.stringify(await fakeBrowser.storage.sync.get(null))).not.toContain('onboarding');
  });

  test('a goal chosen in the panel passes the goal check for that draft only: kept while it is edited and after a worker restart, gone for a new composer', async () => {
    const rules = defaultRules();
    rules.networks.linkedin.severity.goal = 'fail';
    rules.networks.linkedin.severity.cta = 'off';
    const s = service(rules);
    const draft = { composerId: 'c1', network: 'linkedin' as const, kind: 'post' as const, text: 'Rain again in Gothenburg today.' };
    const goalOf = async (tabId: number) => (await reviewed(tabId))?.review.checks.find((c) => c.id === 'goal')?.status;
    expect((await s.update(1, 'www.linkedin.com', draft))!.verdict).toBe('fix');
    expect(await goalOf(1)).toBe('fail');

    expect((await s.chooseGoal(1, 'c1', 'relationships'))!.state).toMatchObject({ verdict: 'ready', open: 0 });
    expect(await reviewed(1)).toMatchObject({ goal: 'relationships' });
    expect((await s.update(1, 'www.linkedin.com', { ...draft, text: `${draft.text} Again.` }))!.verdict).toBe('ready');
    // A restarted worker reads the choice back from storage.session.
    const restarted = service(rules);
    expect((await restarted.update(1, 'www.linkedin.com', { ...draft, text: `${draft.text} And again.` }))!.verdict).toBe('ready');
    // Meant for a composer that is not the tab's draft: not applied.
    expect(await restarted.chooseGoal(1, 'c0', null)).toBeNull();
    expect(await goalOf(1)).toBe('pass');
    // None chosen any more.
    expect((await restarted.chooseGoal(1, 'c1', null))!.state.verdict).toBe('fix');
    expect(await reviewed(1)).not.toHaveProperty('goal');
    await restarted.chooseGoal(1, 'c1', 'brand');
    // Another composer's draft starts with none chosen.
    expect((await restarted.update(1, 'www.linkedin.com', { ...draft, composerId: 'c2' }))!.verdict).toBe('fix');
    expect(await reviewed(1)).not.toHaveProperty('goal');
  });

  test('a dismissed check stops counting, and a new composer starts with none dismissed', async () => {
    const s = service();
    const draft = {
      composerId: 'c1',
      network: 'linkedin' as const,
      kind: 'post' as const,
      text: 'We cut onboarding time in half, because memory fades.',
    };
    await s.update(1, 'www.linkedin.com', draft);
    const dismissed = await s.dismiss(1, 'c1', 'cta', true);
    expect(dismissed!.state).toMatchObject({ verdict: 'ready', open: 0 });
    expect(badgeOf((await reviewed(1))!.review)).toMatchObject({ verdict: 'ready', open: 0 });
    expect((await s.update(1, 'www.linkedin.com', { ...draft, text: `${draft.text} Truly.` }))!.verdict).toBe('ready');
    expect((await s.update(1, 'www.linkedin.com', { ...draft, composerId: 'c2' }))!.verdict).toBe('fix');
  });

  test('an empty composer is neutral on the badge', async () => {
    const badge = await service().update(2, 'x.com', { composerId: 'c1', network: 'x', kind: 'post', text: '  \n' });
    expect(badge).toEqual({ verdict: 'ready', open: 0, empty: true });
  });

  test("a composer that goes away takes its draft with it, but not another composer's", async () => {
    const s = service();
    await s.update(3, 'x.com', { composerId: 'c1', network: 'x', kind: 'post', text: 'Hello there, what do you think?' });
    await s.gone(3, 'other');
    expect(await draftItem(3).getValue()).not.toBeNull();
    await s.gone(3, 'c1');
    expect(await draftItem(3).getValue()).toBeNull();
  });

  test('a page that goes takes the drafts of its composers, and only those', async () => {
    const s = service();
    await s.update(3, 'x.com', { composerId: 'pold-0', network: 'x', kind: 'post', text: 'Written on the page before the reload.' });
    await s.gone(3, { page: 'pnew' });
    expect(await draftItem(3).getValue()).not.toBeNull();
    // A prefix of the id is not its page: `pold` is not page `p`.
    await s.gone(3, { page: 'p' });
    expect(await draftItem(3).getValue()).not.toBeNull();
    await s.gone(3, { page: 'pold' });
    expect(await draftItem(3).getValue()).toBeNull();
    // The tab loads another document: whatever page the draft came from, it goes, and the tab stays open.
    await s.update(3, 'x.com', { composerId: 'pmid-0', network: 'x', kind: 'post', text: 'Written on the page in between.' });
    await s.gone(3, {});
    expect(await draftItem(3).getValue()).toBeNull();
    // The tab stays open: a later draft from its next page is taken.
    await s.update(3, 'x.com', { composerId: 'pnew-0', network: 'x', kind: 'post', text: 'Written after the reload.' });
    expect(await draftItem(3).getValue()).not.toBeNull();
  });

  test('new rules review every open draft again', async () => {
    const rules = defaultRules();
    const s = createDraftService({ rules: async () => rules, locale: 'en', now: () => MONDAY_10, budget: noBudget });
    await s.update(4, 'www.linkedin.com', {
      composerId: 'c1',
      network: 'linkedin',
      kind: 'post',
      text: 'We cut onboarding time in half, because memory fades.',
    });
    rules.networks.linkedin.severity.cta = 'warn';
    const [again, ...none] = await s.rereviewAll([4, 5]);
    expect(again).toEqual({ tabId: 4, composerId: 'c1', state: { verdict: 'consider', open: 1, empty: false } });
    expect(none).toEqual([]);
    expect((await reviewed(4))?.review.checks.find((c) => c.id === 'cta')?.status).toBe('warn');
  });

  test('remembers a signature, not the text, for cross-post detection on another network', async () => {
    const s = service();
    const text = 'Writing decisions down saves our team hours every single week, because nobody has to guess why.';
    await s.update(5, 'x.com', { composerId: 'a', network: 'x', kind: 'post', text });
    await s.update(6, 'www.linkedin.com', { composerId: 'b', network: 'linkedin', kind: 'post', text: `${text} Thoughts?` });
    const crosspost = (await reviewed(6))?.review.checks.find((c) => c.id === 'crosspost');
    expect(crosspost?.status).toBe('warn');
    expect(crosspost?.reason).toMatch(/X/);
  });

  test('a draft is never its own duplicate, and the same network is not cross-posting', async () => {
    const s = service();
    const text = 'Writing decisions down saves our team hours every single week, because nobody has to guess why.';
    const crosspost = async (tab: number) => (await reviewed(tab))?.review.checks.find((c) => c.id === 'crosspost')?.status;
    await s.update(5, 'x.com', { composerId: 'a', network: 'x', kind: 'post', text });
    await s.update(5, 'x.com', { composerId: 'a', network: 'x', kind: 'post', text: `${text} Really.` });
    expect(await crosspost(5)).toBe('pass');
    await s.update(6, 'x.com', { composerId: 'b', network: 'x', kind: 'post', text });
    expect(await crosspost(6)).toBe('pass');
  });
});

describe('one tab at a time, from a cold start (storage read before the first write)', () => {
  const draft = {
    composerId: 'c1',
    network: 'linkedin' as const,
    kind: 'post' as const,
    text: 'We cut onboarding time in half, because memory fades.',
  };

  test('a composer that goes while its last keystroke is still being reviewed stays gone', async () => {
    await service().update(1, 'www.linkedin.com', draft);
    // A restarted worker: its cache is empty, storage holds the draft.
    const s = service();
    await Promise.all([s.update(1, 'www.linkedin.com', { ...draft, text: `${draft.text} More.` }), s.gone(1, 'c1')]);
    expect(await draftItem(1).getValue()).toBeNull();
  });

  test('a tab closed right after typing keeps no draft, also from an update still on its way', async () => {
    const s = service();
    const typed = s.update(2, 'www.linkedin.com', draft);
    await s.gone(2);
    await typed;
    expect(await s.update(2, 'www.linkedin.com', { ...draft, text: 'Late.' })).toBeNull();
    expect(await draftItem(2).getValue()).toBeNull();
  });

  test('a dismissal meant for a composer that another has just replaced is not applied to the new one', async () => {
    const s = service();
    await s.update(4, 'www.linkedin.com', draft);
    // A reply box opened: the tab's draft is now composer c2's.
    await s.update(4, 'www.linkedin.com', { ...draft, composerId: 'c2', text: '' });
    expect(await s.dismiss(4, 'c1', 'cta', true)).toBeNull();
    expect((await reviewed(4))?.dismissed).toEqual([]);
  });

  test('a dismissal made while a keystroke is reviewed is kept', async () => {
    await service().update(3, 'www.linkedin.com', draft);
    const s = service();
    await Promise.all([s.dismiss(3, 'c1', 'cta', true), s.update(3, 'www.linkedin.com', { ...draft, text: `${draft.text} More.` })]);
    expect((await reviewed(3))?.dismissed).toEqual(['cta']);
  });
});

describe('content-script messages are checked before use', () => {
  const ok = { composerId: 'c1', network: 'x', kind: 'post', text: 'hi' };
  test.each([
    ['a valid draft from its own site', ok, 'https://x.com/home', true],
    ['twitter.com counts as X', ok, 'https://twitter.com/home', true],
    ['a page speaking for another network', ok, 'https://www.linkedin.com/feed/', false],
    ['plain http', ok, 'http://x.com/home', false],
    ['an unknown kind', { ...ok, kind: 'story' }, 'https://x.com/home', false],
    ['a text far past any limit', { ...ok, text: 'a'.repeat(200_001) }, 'https://x.com/home', false],
    ['a composer id with markup', { ...ok, composerId: '<img>' }, 'https://x.com/home', false],
    ['not an object', 'draft', 'https://x.com/home', false],
  ])('%s', (_, payload, url, accepted) => {
    expect(parseDraftUpdate(payload, url) !== null).toBe(accepted);
  });

  test('networks by host', () => {
    expect(networkOfUrl('https://web.facebook.com/')).toBe('facebook');
    expect(networkOfUrl('https://evil.example/x.com')).toBeNull();
    expect(networkOfUrl(undefined)).toBeNull();
  });
});

test('the content script gets only its share of the rules, in the UI language', () => {
  const rules = defaultRules();
  rules.repost.mode.linkedin = 'off';
  expect(contentConfig(rules, 'linkedin', 'de')).toEqual({
    enabled: true,
    repostMode: 'off',
    starter: 'Lesenswert, weil …',
    replyStarter: 'Mir gefällt das, weil …',
    postGate: 'off',
    quietUntil: 0,
    gateRests: false,
  });
  expect(contentConfig(rules, 'x', 'sv').starter).toBe('Värt att läsa eftersom …');
  // The reply starter: the first of the UI language's, as edited.
  rules.repost.replyStarters.sv = ['Tack för att du delade: …'];
  expect(contentConfig(rules, 'x', 'sv').replyStarter).toBe('Tack för att du delade: …');
});

test("the content config carries the network's nudges: when the prompt is quiet until, and whether the gate rests (K from the rules)", () => {
  const rules = defaultRules();
  const counts = { commentStreak: 2, quietUntil: 1_000, readyStreak: 3 };
  expect(contentConfig(rules, 'x', 'en', counts)).toMatchObject({ quietUntil: 1_000, gateRests: true });
  rules.nudges.gateRestsAfter = 4;
  expect(contentConfig(rules, 'x', 'en', counts).gateRests).toBe(false);
});

test('a review names its failing checks, sorted, for the post gate; dismissed and warning ones are not among them', () => {
  const check = (id: string, status: 'pass' | 'warn' | 'fail', dismissed = false): CheckResult => ({
    id,
    status,
    severity: 'fail',
    title: '',
    reason: '',
    hint: '',
    evidence: [],
    ...(dismissed ? { dismissed } : {}),
  });
  const review = {
    verdict: 'fix',
    checks: [check('value', 'fail'), check('length', 'fail'), check('cta', 'warn'), check('pause', 'fail', true)],
    skipped: [],
  } as unknown as Parameters<typeof badgeOf>[0];
  expect(badgeOf(review)).toMatchObject({ open: 3, failing: ['length', 'value'] });
  expect(badgeOf({ ...review, checks: [check('cta', 'warn')] })).not.toHaveProperty('failing');
});
