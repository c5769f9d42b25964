// @vitest-environment happy-dom
import { describe, expect, test, vi } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { draftItem } from '../../../lib/drafts/state';
import { defaultRules } from '../../../lib/settings/defaults';
import { saveRules } from '../../../lib/settings/storage';
import { LINKEDIN_TEXT, linkedinDraft, xReplyDraft } from './drafts';
import { findCheck, panelRoot, startPanel, storeDraft, usePanelTestEnvironment } from './panel';

usePanelTestEnvironment();

describe('no draft yet', () => {
  test('explains what to do and lists the networks with their state', async () => {
    startPanel();
    expect(await screen.findByRole('heading', { name: 'No draft yet' })).toBeTruthy();
    expect(screen.getByText('Start writing a post on X, LinkedIn or Facebook and Postcheck reviews it here.')).toBeTruthy();
    const list = screen.getByRole('list', { name: 'Networks Postcheck reviews' });
    const items = within(list).getAllByRole('listitem');
    expect(items.map((li) => li.dataset.network)).toEqual(['x', 'linkedin', 'facebook']);
    await waitFor(() =>
      expect(items.map((li) => li.textContent)).toEqual(['Xx.comOn', 'LinkedInlinkedin.comOn', 'Facebookfacebook.comOn']),
    );
    expect(panelRoot().dataset.state).toBe('empty');
    expect(panelRoot().hasAttribute('data-verdict')).toBe(false);
  });
});

describe('a stored draft', () => {
  test('renders its network, kind, verdict and every check with the automation hooks', async () => {
    await storeDraft(linkedinDraft());
    startPanel();
    await waitFor(() => expect(panelRoot().dataset.verdict).toBe('fix'));
    expect(panelRoot().dataset.network).toBe('linkedin');
    expect(panelRoot().dataset.kind).toBe('post');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('LinkedIn · New post');
    expect(screen.getByText('on www.linkedin.com')).toBeTruthy();
    expect(screen.getByText('Fix before posting')).toBeTruthy();
    expect(screen.getByText('2 open points')).toBeTruthy();

    const checks = [...document.querySelectorAll<HTMLElement>('[data-check]')];
    expect(checks.map((c) => [c.dataset.check, c.dataset.status])).toEqual([
      ['value', 'pass'],
      ['cta', 'fail'],
      ['fit', 'pass'],
      ['length', 'pass'],
      ['crosspost', 'warn'],
    ]);
    const cta = checks[1]!;
    expect(within(cta).getByRole('heading', { name: 'Call to action' })).toBeTruthy();
    expect(within(cta).getByText('No call to action found.')).toBeTruthy();
    expect(within(cta).getByText('Call to action: hint')).toBeTruthy();
    expect(within(cta).getByRole('img', { name: 'Problem' })).toBeTruthy();
    // passing checks cannot be dismissed; open ones can
    expect(within(checks[0]!).queryByRole('button', { name: /Dismiss/ })).toBeNull();
    expect(within(cta).getByRole('button', { name: 'Dismiss Call to action' })).toBeTruthy();

    expect(screen.getByText('Not relevant here (New post): Why you share it')).toBeTruthy();
  });

  test('shows the draft with the open checks’ evidence marked and LinkedIn’s fold', async () => {
    await storeDraft(linkedinDraft());
    startPanel();
    const marks = await waitFor(() => {
      const found = document.querySelectorAll<HTMLElement>('.draft__text mark');
      expect(found.length).toBeGreaterThan(0);
      return [...found];
    });
    // the link's evidence, split where the fold crosses it
    expect(marks.map((m) => m.dataset.evidence)).toEqual(['crosspost', 'crosspost']);
    expect(marks.map((m) => m.textContent).join('')).toBe('https://lnkd.in/abc');
    expect(marks.map((m) => m.classList.contains('is-folded'))).toEqual([false, true]);
    const box = document.querySelector<HTMLElement>('.draft__text')!;
    const marker = box.querySelector('.fold-marker')!;
    expect(marker.textContent).toBe('…see more');
    // the marker sits after the 210th character; the text around it is the draft, whole
    expect(box.textContent!.replace('…see more', '')).toBe(LINKEDIN_TEXT);
    const before = [...box.childNodes]
      .slice(0, [...box.childNodes].indexOf(marker))
      .map((n) => n.textContent)
      .join('');
    expect(before).toBe(LINKEDIN_TEXT.slice(0, 210));

    expect(screen.getByText(`${LINKEDIN_TEXT.length} / 3,000`)).toBeTruthy();
    expect(screen.getByText(`${(3000 - LINKEDIN_TEXT.length).toLocaleString('en')} left`)).toBeTruthy();
    expect(screen.getByText('“…see more” after 210 characters')).toBeTruthy();
  });

  test('focusing a check highlights its evidence, even a passing one', async () => {
    const draft = linkedinDraft();
    const start = draft.text.indexOf('customers');
    draft.review.checks[0]!.evidence = [{ start, end: start + 'customers'.length, label: 'value' }];
    await storeDraft(draft);
    startPanel();
    const value = await findCheck('value');
    expect(document.querySelector('mark[data-evidence="value"]')).toBeNull();

    fireEvent.focus(value);
    const mark = await waitFor(() => {
      const found = document.querySelector<HTMLElement>('mark[data-evidence="value"]');
      expect(found).not.toBeNull();
      return found!;
    });
    expect(mark.textContent).toBe('customers');
    expect(mark.classList.contains('is-focused')).toBe(true);
    expect(document.querySelector('mark[data-evidence="crosspost"]')!.classList.contains('is-focused')).toBe(false);

    fireEvent.blur(value);
    await waitFor(() => expect(document.querySelector('mark[data-evidence="value"]')).toBeNull());

    fireEvent.mouseEnter(document.querySelector('[data-check="crosspost"]')!);
    await waitFor(() => expect(document.querySelector('mark[data-evidence="crosspost"]')!.classList.contains('is-focused')).toBe(true));
  });

  test('shows a dismissed check muted, with Restore, not counted as open', async () => {
    const draft = linkedinDraft({ dismissed: ['crosspost'] });
    draft.review.checks[4]!.dismissed = true;
    await storeDraft(draft);
    startPanel();
    const crosspost = await findCheck('crosspost');
    expect(crosspost.dataset.status).toBe('warn');
    expect(crosspost.classList.contains('is-dismissed')).toBe(true);
    expect(within(crosspost).getByText('Dismissed for this draft')).toBeTruthy();
    expect(within(crosspost).getByRole('button', { name: 'Restore Written for this network' })).toBeTruthy();
    expect(screen.getByText('1 open point')).toBeTruthy();
    // its evidence is no longer marked
    expect(document.querySelector('mark[data-evidence="crosspost"]')).toBeNull();
  });

  test('follows the stored draft as it changes, without reloading', async () => {
    await storeDraft(linkedinDraft());
    startPanel();
    await waitFor(() => expect(panelRoot().dataset.verdict).toBe('fix'));

    const fixed = linkedinDraft({ text: `${LINKEDIN_TEXT}\n\nWhat would you change?` });
    fixed.review.verdict = 'consider';
    fixed.review.checks[1]!.status = 'pass';
    await draftItem(7).setValue(fixed);

    await waitFor(() => expect(panelRoot().dataset.verdict).toBe('consider'));
    expect(document.querySelector<HTMLElement>('[data-check="cta"]')!.dataset.status).toBe('pass');
    expect(screen.getByText('1 open point')).toBeTruthy();
    expect(document.querySelector('.draft__text')!.textContent).toContain('What would you change?');

    // the composer went away: back to the empty state
    await draftItem(7).removeValue();
    expect(await screen.findByRole('heading', { name: 'No draft yet' })).toBeTruthy();
  });

  test('an empty draft: no verdict yet, a prompt to start typing', async () => {
    const draft = xReplyDraft({ text: '' });
    draft.review.checks = [];
    draft.review.skipped = [
      { id: 'value', why: 'empty' },
      { id: 'cta', why: 'empty' },
      { id: 'share-comment', why: 'not-applicable' },
    ];
    await storeDraft(draft);
    startPanel();
    expect(await screen.findByText('Nothing written yet — start typing and the checks appear here.')).toBeTruthy();
    expect(panelRoot().dataset.kind).toBe('reply');
    expect(panelRoot().dataset.verdict).toBe('ready');
    // "Ready to post" would be wrong for a draft with nothing in it
    expect(screen.queryByText('Ready to post')).toBeNull();
    expect(screen.getByText('Not relevant here (Reply): Why you share it')).toBeTruthy();
  });

  test('an empty share comment: its check has run, so the verdict shows', async () => {
    const draft = xReplyDraft({ text: '', kind: 'quote' });
    draft.review.verdict = 'fix';
    draft.review.checks = [
      {
        id: 'share-comment',
        status: 'fail',
        severity: 'fail',
        title: 'Why you share it',
        reason: 'The comment is empty.',
        hint: '',
        evidence: [],
      },
    ];
    await storeDraft(draft);
    startPanel();
    expect(await screen.findByText('Fix before posting')).toBeTruthy();
    expect(screen.getByText('1 open point')).toBeTruthy();
    expect((await findCheck('share-comment')).dataset.status).toBe('fail');
  });
});

describe('which draft', () => {
  async function activeTab(url: string) {
    const win = await fakeBrowser.windows.create({ focused: true });
    return fakeBrowser.tabs.create({ active: true, windowId: win!.id, url });
  }

  test('prefers its own tab’s draft over the most recently edited one, and follows tab switches', async () => {
    const tab = await activeTab('https://x.com/home');
    await storeDraft(xReplyDraft({ tabId: tab.id! }));
    await storeDraft(linkedinDraft({ tabId: 42 })); // edited last, in another tab
    startPanel();
    await waitFor(() => expect(panelRoot().dataset.network).toBe('x'));
    expect(panelRoot().dataset.kind).toBe('reply');
    expect(panelRoot().dataset.verdict).toBe('ready');

    // switching to a tab with no draft: the most recently edited draft
    await fakeBrowser.tabs.create({ active: true, windowId: tab.windowId, url: 'https://example.com/' });
    await waitFor(() => expect(panelRoot().dataset.network).toBe('linkedin'));
  });

  test('says so when its tab’s network is switched off', async () => {
    const rules = defaultRules();
    rules.networks.facebook.enabled = false;
    expect((await saveRules(rules)).ok).toBe(true);
    await activeTab('https://www.facebook.com/');
    await storeDraft(linkedinDraft({ tabId: 42 }));
    startPanel();
    expect(await screen.findByRole('heading', { name: 'Postcheck is switched off for Facebook' })).toBeTruthy();
    expect(panelRoot().dataset.state).toBe('off');
    expect(panelRoot().dataset.network).toBe('facebook');
    const open = vi.spyOn(fakeBrowser.runtime, 'openOptionsPage').mockResolvedValue(undefined);
    fireEvent.click(screen.getByRole('button', { name: 'Open options' }));
    expect(open).toHaveBeenCalled();
  });

  test('shows the off state for a draft whose network the person switches off', async () => {
    await storeDraft(linkedinDraft());
    startPanel();
    await waitFor(() => expect(panelRoot().dataset.verdict).toBe('fix'));
    const rules = defaultRules();
    rules.networks.linkedin.enabled = false;
    await saveRules(rules);
    expect(await screen.findByRole('heading', { name: 'Postcheck is switched off for LinkedIn' })).toBeTruthy();
  });
});
