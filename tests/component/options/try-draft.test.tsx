// @vitest-environment happy-dom
/** "Try a draft" on the options page: the side panel's review of a draft typed there, on the rules as edited on the page. */
import { describe, expect, onTestFinished, test, vi } from 'vitest';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { OptionsApp } from '../../../components/options/OptionsApp';
import { tryExamples } from '../../../components/options/try-examples';
import { openOptions, section, settle, storedRules, useFakeClock, useOptionsTestEnvironment, waitForStored } from './options';
import de from '../../../public/_locales/de/messages.json';
import en from '../../../public/_locales/en/messages.json';
import sv from '../../../public/_locales/sv/messages.json';
import checkMessages from '../../../lib/review/data/messages/cta.json';
import shareMessages from '../../../lib/review/data/messages/share-comment.json';
import { speak, type Entry } from '../sidepanel/i18n';
import { AGAIN_MS } from '../../../lib/background/budget';

// The try box keeps the background's time budget for a review (120 ms). The first review in a cold happy-dom on
// a shared machine can take longer and skip checks; what a review that ran out of time shows is the engine's and
// the panel's tests' business, so here a review has the time to finish, but where a test takes the time away
// (`budget.ms`, read as each review starts, which `budget.reads` counts).
const budget = vi.hoisted(() => ({ ms: 60_000, reads: 0 }));
vi.mock('../../../lib/background/budget', async (actual) => ({
  ...(await actual<typeof import('../../../lib/background/budget')>()),
  get REVIEW_BUDGET_MS() {
    budget.reads += 1;
    return budget.ms;
  },
}));

useOptionsTestEnvironment();

const tryBox = () => section('Try a draft');
const review = () =>
  tryBox()
    .getByRole('heading', { level: 2, name: /^(LinkedIn|X|Facebook) · / })
    .closest<HTMLElement>('[data-verdict]')!;
const statusOf = (checkId: string) => review().querySelector(`[data-check="${checkId}"]`)?.getAttribute('data-status') ?? null;
const network = (name: string) => within(section('Networks').getByRole('region', { name }));
const EN = Object.fromEntries(tryExamples('en').map((e) => [e.id, e]));

/** A draft put into the try box at once (pasted), so a test does not spend its time typing it key by key. */
async function putDraft(user: Awaited<ReturnType<typeof openOptions>>, text: string) {
  const box = tryBox().getByLabelText('Draft to try');
  await user.clear(box);
  await user.click(box);
  await user.paste(text);
}

/** Every write to storage waits from here on until `release` is called: nothing the page changes is saved before. */
function holdSaves(): () => void {
  let release!: () => void;
  const gate = new Promise<void>((resolve) => (release = resolve));
  // Even when the test fails before releasing: a write held for ever would hold the rules' lock for the next
  // tests, and one let go must land before the next test's storage is made.
  onTestFinished(async () => {
    release();
    await settle();
  });
  for (const area of [fakeBrowser.storage.local, fakeBrowser.storage.sync]) {
    const set = area.set.bind(area);
    vi.spyOn(area, 'set').mockImplementation((items) => gate.then(() => set(items)));
  }
  return release;
}

describe('try a draft', () => {
  test('a draft typed into the box shows the review the side panel would: heading, verdict, length, checks', async () => {
    const user = await openOptions();
    // Nothing written: no verdict yet, as in the panel.
    expect(tryBox().queryByRole('heading', { level: 2, name: 'Checks' })).toBeNull();
    await user.type(tryBox().getByLabelText('Draft to try'), 'Lessons from a year of remote work.');

    await waitFor(() => expect(statusOf('cta')).toBe('fail'));
    expect(review().getAttribute('data-network')).toBe('linkedin');
    expect(review().getAttribute('data-kind')).toBe('post');
    expect(within(review()).getByRole('heading', { level: 2, name: 'LinkedIn · New post' })).toBeTruthy();
    // The verdict is said politely, where the panel says it.
    const verdict = within(review())
      .getAllByRole('status')
      .find((s) => s.textContent?.includes('Fix before posting'));
    expect(verdict?.textContent).toMatch(/open point/);
    expect(within(review()).getByText('35 / 3,000')).toBeTruthy();
    expect(within(review()).getByRole('heading', { level: 3, name: checkMessages.en.title })).toBeTruthy();
    // A dismissal belongs to a live draft: none here.
    expect(within(review()).queryByRole('button', { name: /^Dismiss/ })).toBeNull();
  });

  test('a fix changes the text in the box, and its review follows', async () => {
    const user = await openOptions();
    await putDraft(user, EN['no-cta']!.text);
    await waitFor(() => expect(statusOf('cta')).toBe('fail'));
    const fix = within(review()).getAllByRole('button', { name: /^Add “/ })[0]!;
    const added = /^Add “(.*)”$/.exec(fix.textContent ?? '')![1]!;
    await user.click(fix);
    const box = tryBox().getByLabelText<HTMLTextAreaElement>('Draft to try');
    expect(box.value.startsWith(EN['no-cta']!.text)).toBe(true);
    expect(box.value.endsWith(added)).toBe(true);
    await waitFor(() => expect(statusOf('cta')).toBe('pass'));
  });

  test('a severity changed on the page changes the review before it is saved', async () => {
    const user = await openOptions();
    await putDraft(user, EN['no-cta']!.text);
    await waitFor(() => expect(statusOf('cta')).toBe('fail'));
    expect(review().getAttribute('data-verdict')).toBe('fix');

    const release = holdSaves();
    await user.selectOptions(network('LinkedIn').getByLabelText('Call to action'), 'Off');
    await waitFor(() => expect(statusOf('cta')).toBe('pass'));
    expect(review().getAttribute('data-verdict')).not.toBe('fix');
    // Still not saved: the review followed the page, not storage.
    expect((await storedRules()).networks.linkedin.severity.cta).toBe('fail');
    expect(tryBox().queryByText(/is not valid yet/)).toBeNull();

    release();
    await waitForStored((rules) => expect(rules.networks.linkedin.severity.cta).toBe('off'));
    expect(statusOf('cta')).toBe('pass');
  });

  test('a phrase added to a list changes the review', async () => {
    const user = await openOptions();
    await putDraft(user, 'Three lessons from a year of remote work. Ping me on Friday.');
    await waitFor(() => expect(statusOf('cta')).toBe('fail'));
    // "ping me" is no call to action of the built-in English list; the person makes it one.
    await user.type(section('Phrase lists').getByLabelText('New phrase'), 'ping me{Enter}');
    await waitFor(() => expect(statusOf('cta')).toBe('pass'));
    await waitForStored((rules) => expect(rules.phrases.en.cta.add).toEqual(['ping me']));
  });

  test('a review that ran out of time is made once more a moment later; one that misses again stays as it is', async () => {
    onTestFinished(() => {
      budget.ms = 60_000;
    });
    const user = await openOptions({ fakeKeyDelay: null });
    await settle();
    useFakeClock();
    const overBudget = () => review().querySelector('[data-skipped="over-budget"]');
    // No time at all: every check is skipped, and the box says so.
    budget.ms = 0;
    await putDraft(user, EN['no-cta']!.text);
    await waitFor(() => expect(overBudget()).not.toBeNull());
    expect(statusOf('cta')).toBeNull();
    // The time back, as on a machine that was only busy: the one more try finds everything.
    budget.ms = 60_000;
    await vi.advanceTimersByTimeAsync(AGAIN_MS);
    await waitFor(() => expect(statusOf('cta')).toBe('fail'));
    expect(overBudget()).toBeNull();

    // A draft that misses its budget again stays cut short, and is not tried a third time.
    budget.ms = 0;
    const text = 'Three lessons from a year of remote work.';
    await putDraft(user, text);
    await waitFor(() => expect(review().querySelector('.draft__text')?.textContent).toBe(text));
    // Fake time moves only here (a step at a time, by waitFor): the one more try comes AGAIN_MS after the review.
    const reviews = budget.reads;
    await waitFor(() => expect(budget.reads).toBe(reviews + 1));
    await vi.advanceTimersByTimeAsync(20 * AGAIN_MS);
    expect(budget.reads).toBe(reviews + 1);
    expect(overBudget()).not.toBeNull();
  });

  test('switching network and kind reviews the draft for that composer', async () => {
    const user = await openOptions();
    await putDraft(user, EN['no-cta']!.text);
    await waitFor(() => expect(statusOf('cta')).toBe('fail'));

    // X: a call to action is a warning by default, and the length is counted against X's limit.
    await user.selectOptions(tryBox().getByLabelText('Network'), 'X');
    await waitFor(() => expect(review().getAttribute('data-network')).toBe('x'));
    expect(within(review()).getByRole('heading', { level: 2, name: 'X · New post' })).toBeTruthy();
    expect(statusOf('cta')).toBe('warn');
    expect(within(review()).getByText(/^\d+ \/ 280$/)).toBeTruthy();

    // A comment answers someone: no call to action asked of it, and it is said why.
    await user.selectOptions(tryBox().getByLabelText('Kind of draft'), 'Comment');
    await waitFor(() => expect(review().getAttribute('data-kind')).toBe('comment'));
    expect(statusOf('cta')).toBeNull();
    expect(within(review()).getByText(/^Not relevant here \(Comment\): .*Call to action/)).toBeTruthy();
    expect(statusOf('share-comment')).toBeNull();

    await user.selectOptions(tryBox().getByLabelText('Kind of draft'), 'Quote');
    await waitFor(() => expect(statusOf('share-comment')).toBe('pass'));
  });

  test('a rule being edited that is not valid leaves the review on its last valid value, and says so', async () => {
    const user = await openOptions();
    await putDraft(user, EN['no-cta']!.text);
    await waitFor(() => expect(statusOf('cta')).toBe('fail'));
    await user.selectOptions(network('LinkedIn').getByLabelText('Call to action'), 'Off');
    await waitFor(() => expect(statusOf('cta')).toBe('pass'));

    const longest = network('LinkedIn').getByLabelText('Longest post (characters)');
    await user.clear(longest);
    const note = await tryBox().findByText('A rule you are editing is not valid yet: this review uses its last valid value.');
    expect(note.closest('[role="status"]')).toBeTruthy();
    // The review stands: the last valid limit, and the severity changed before.
    const length = EN['no-cta']!.text.length;
    expect(within(review()).getByText(`${length} / 3,000`)).toBeTruthy();
    expect(statusOf('cta')).toBe('pass');
    expect(statusOf('length')).toBe('pass');

    // Valid again: the review takes it, and the note goes.
    await user.paste('200');
    await waitFor(() => expect(statusOf('length')).toBe('fail'));
    expect(within(review()).getByText(`${length} / 200`)).toBeTruthy();
    expect(tryBox().queryByText(/is not valid yet/)).toBeNull();
  });
});

describe('example drafts', () => {
  test.each([
    ['en', en],
    ['de', de],
    ['sv', sv],
  ] as const)('are in the UI language (%s), and fill the box, network and kind', async (lang, messages) => {
    speak(messages as Record<string, Entry>);
    const user = userEvent.setup();
    render(<OptionsApp />);
    const title = messages.tryTitle.message;
    const box = within(await screen.findByRole('region', { name: title }));
    const examples = within(box.getByRole('group', { name: messages.tryExamples.message }));
    const ours = tryExamples(lang);
    expect(examples.getAllByRole('button').map((b) => b.textContent)).toEqual(ours.map((e) => e.label));

    const promotion = ours.find((e) => e.id === 'promotion')!;
    await user.click(examples.getByRole('button', { name: promotion.label }));
    expect(box.getByLabelText<HTMLTextAreaElement>(messages.tryText.message).value).toBe(promotion.text);
    expect(box.getByLabelText<HTMLSelectElement>(messages.tryNetwork.message).value).toBe('x');
    // The review reads the example as written in that language, and speaks it.
    const reviewed = await waitFor(() => {
      const found = box.getByRole('region', { name: messages.draftHeading.message }).querySelector('[lang]');
      expect(found?.getAttribute('lang')).toBe(lang);
      return found!;
    });
    expect(reviewed.textContent).toBe(promotion.text);
    expect(box.getByRole('heading', { level: 3, name: checkMessages[lang].title })).toBeTruthy();

    const share = ours.find((e) => e.id === 'token-share')!;
    await user.click(examples.getByRole('button', { name: share.label }));
    expect(box.getByLabelText<HTMLSelectElement>(messages.tryKind.message).value).toBe('quote');
    await waitFor(() =>
      expect(box.getByRole('region', { name: messages.draftHeading.message }).querySelector('.draft__text')?.textContent).toBe(share.text),
    );
    expect(box.getByRole('heading', { level: 3, name: shareMessages[lang].title })).toBeTruthy();
    // Every example in every language differs from the English one (no untranslated example).
    if (lang !== 'en') for (const e of ours) expect(e.text).not.toBe(EN[e.id]!.text);
  });
});
