// The toolbar button follows the draft of its own tab: its badge shows the open points coloured by
// verdict (✓ when ready), its title the verdict in words; another tab keeps its own; a page that goes
// takes it with it.
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Browser } from 'webextension-polyfill';
import { freshExtension, NO_PROBLEMS, type ExtensionSession } from './harness';
import { readStorage } from './support/storage';
import { setRules } from './support/rules';

// Functions passed to worker.evaluate run in the service worker, where the extension API is the `chrome` global.
declare const chrome: Browser;

let ext: ExtensionSession;
beforeAll(async () => {
  ext = await freshExtension();
  // The counts must not depend on the hour the test runs at: no audience-hours point.
  await setRules(ext, (r) => {
    for (const net of Object.values(r.networks)) net.severity.timing = 'off';
  });
});
afterAll(() => ext?.close());

/** The tabs with a draft, by the keys the background stores them under. */
const draftTabs = async () =>
  Object.keys(await readStorage(ext, 'session'))
    .map((k) => /^draft:(\d+)$/.exec(k)?.[1])
    .filter((id): id is string => !!id)
    .map(Number);

const toolbar = async (tabId: number) => {
  const worker = await ext.serviceWorker();
  return worker.evaluate(
    async (id) => ({
      text: await chrome.action.getBadgeText({ tabId: id }),
      title: await chrome.action.getTitle({ tabId: id }),
      color: await chrome.action.getBadgeBackgroundColor({ tabId: id }),
    }),
    tabId,
  );
};

it("shows the open points of each tab's own draft, in the verdict's colour, and clears as the page goes", async () => {
  const linkedin = await ext.page('https://www.linkedin.com/feed/');
  await linkedin.locator('.share-box-feed-entry__trigger').click();
  await linkedin.locator('[role=dialog] .ql-editor').click();
  // Value, but no call to action, which LinkedIn's rules require: one point to fix.
  await linkedin.keyboard.type('We cut onboarding time in half by writing every decision down, because memory fades.');
  await expect.poll(draftTabs).toHaveLength(1);
  const [linkedinTab] = await draftTabs();
  await expect.poll(() => toolbar(linkedinTab!)).toEqual({ text: '1', title: 'Postcheck: 1 to fix', color: [198, 40, 40, 255] });

  // A second tab's draft has its own badge; the first keeps its.
  const x = await ext.page('https://x.com/home');
  await x.locator('main [data-testid=tweetTextarea_0]').click();
  await x.keyboard.type('What is the one habit that saved you most time this year? Reply below.');
  await expect.poll(draftTabs).toHaveLength(2);
  const xTab = (await draftTabs()).find((id) => id !== linkedinTab)!;
  await expect.poll(async () => (await toolbar(xTab)).text).toBe('✓');
  expect(await toolbar(xTab)).toMatchObject({ title: 'Postcheck: ready to post', color: [26, 127, 55, 255] });
  expect((await toolbar(linkedinTab!)).text).toBe('1');

  // The call to action added: fixed, the badge follows.
  await linkedin.bringToFront();
  await linkedin.locator('[role=dialog] .ql-editor').click();
  await linkedin.keyboard.press('End');
  await linkedin.keyboard.type(' What would you write down first? Tell me in the comments.');
  await expect.poll(async () => (await toolbar(linkedinTab!)).text).toBe('✓');

  // The page goes (a reload): its draft, and so its badge, go with it.
  await linkedin.reload();
  await expect.poll(async () => (await toolbar(linkedinTab!)).text).toBe('');
  expect((await toolbar(linkedinTab!)).title).toBe('Open the Postcheck checklist');
  expect((await toolbar(xTab)).text).toBe('✓');
  expect(ext.problems()).toEqual(NO_PROBLEMS);
  await linkedin.close();
  await x.close();
});
