// The live review's actions in real Chromium: fix actions change the composer's text through the
// site's editor, a dismissed check stops counting, the post gate nudges once, a draft goes with its
// page, and a restarted service worker loses no draft.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { NO_PROBLEMS, type ExtensionSession } from './harness';
import { launchWithPanel, SidePanel } from './pages/side-panel';
import { setRules } from './support/rules';
import { readStorage } from './support/storage';

let ext: ExtensionSession;
let panel: SidePanel;
beforeAll(async () => ({ ext, panel } = await launchWithPanel()));
afterAll(() => ext?.close());

async function linkedInComposer() {
  const page = await ext.page('https://www.linkedin.com/feed/');
  await page.locator('.share-box-feed-entry__trigger').click();
  const editor = page.locator('[role=dialog] .ql-editor');
  await editor.click();
  return { page, editor };
}

it('adds a call to action from the templates into the LinkedIn composer', async () => {
  const { page, editor } = await linkedInComposer();
  await page.keyboard.type('We cut onboarding time in half by writing every decision down, because memory fades.');
  await expect.poll(() => panel.status('cta')).toBe('fail');
  expect(await panel.root.getAttribute('data-verdict')).toBe('fix');

  await panel
    .check('cta')
    .getByRole('button', { name: /^Add “What do you think\?/ })
    .click();
  await expect.poll(() => editor.innerText()).toMatch(/memory fades\.\s+What do you think\? Let me know in the comments\.$/);
  await expect.poll(() => panel.status('cta')).toBe('pass');
  // The site's own Post button posts the fixed text: the editor framework saw the change.
  await page.locator('.share-actions__primary-action').click();
  const posted = await page.evaluate(() => (window as unknown as { __fixture: { posted: { text: string }[] } }).__fixture.posted);
  expect(posted.at(-1)?.text).toContain('Let me know in the comments.');
  expect(ext.problems()).toEqual(NO_PROBLEMS);
  await page.close();
});

it('cuts an X post to the limit and removes a cross-post leftover', async () => {
  const page = await ext.page('https://x.com/home');
  const editor = page.locator('main [data-testid=tweetTextarea_0]');
  await editor.click();
  const long = 'Writing decisions down saves teams hours every week, because nobody has to reconstruct why. '.repeat(4);
  await page.keyboard.insertText(long.trim());
  await expect.poll(() => panel.status('length')).toBe('fail');
  await panel
    .check('length')
    .getByRole('button', { name: /^Shorten to 280/ })
    .click();
  await expect.poll(async () => (await editor.innerText()).length).toBeLessThanOrEqual(280);
  await expect.poll(() => panel.status('length')).toBe('pass');
  await page.close();

  const { page: li, editor: liEditor } = await linkedInComposer();
  await li.keyboard.type('Our guide to onboarding is out, because new hires deserve better. What do you think? #fb');
  await expect.poll(() => panel.status('crosspost')).toBe('warn');
  await panel
    .check('crosspost')
    .getByRole('button', { name: /^Remove/ })
    .click();
  await expect.poll(() => liEditor.innerText()).not.toContain('#fb');
  await expect.poll(() => panel.status('crosspost')).toBe('pass');
  expect(ext.problems()).toEqual(NO_PROBLEMS);
  await li.close();
});

it('stops counting a dismissed check, for this draft only', async () => {
  const page = await ext.page('https://x.com/home');
  await page.locator('main [data-testid=tweetTextarea_0]').click();
  await page.keyboard.type('Check out my new video! https://example.com/v Follow me for more.');
  await expect.poll(() => panel.status('value')).toBe('warn');
  await panel
    .check('value')
    .getByRole('button', { name: /^Dismiss/ })
    .click();
  await expect
    .poll(() =>
      panel
        .check('value')
        .getByRole('button', { name: /^Restore/ })
        .count(),
    )
    .toBe(1);
  // Timing may still warn at this hour; the dismissed check must no longer be among the open points.
  const open = await panel.page.locator('[data-check][data-status=warn], [data-check][data-status=fail]').count();
  await expect
    .poll(() => page.locator('postcheck-badge button').getAttribute('aria-label'))
    .toMatch(open - 1 === 0 ? /ready/ : new RegExp(`${open - 1} to`));
  expect(ext.problems()).toEqual(NO_PROBLEMS);
  await page.close();
});

/** The post gate on, a LinkedIn draft to fix, and the first click on Post: the nudge is showing. */
async function nudged() {
  await setRules(ext, (r) => {
    r.postGate = 'nudge';
  });
  const { page } = await linkedInComposer();
  await page.keyboard.type('Our onboarding guide is finally out, because new hires deserve better.');
  await expect.poll(() => panel.root.getAttribute('data-verdict')).toBe('fix');
  await page.locator('.share-actions__primary-action').click();
  await expect.poll(() => page.locator('postcheck-gate').count()).toBe(1);
  return page;
}

it('nudges once on Post when the gate is on and the verdict is fix, then posts', async () => {
  const page = await nudged();
  const posted = () => page.evaluate(() => (window as unknown as { __fixture: { posted: unknown[] } }).__fixture.posted.length);
  expect(await posted()).toBe(0);
  expect(await page.locator('[role=dialog] .ql-editor').innerText()).toContain('new hires deserve better');
  await page.locator('.share-actions__primary-action').click();
  expect(await posted()).toBe(1);
  await setRules(ext, () => undefined);
  expect(ext.problems()).toEqual(NO_PROBLEMS);
  await page.close();
});

it('takes the nudge away at once when Postcheck stands down on the site', async () => {
  const page = await nudged();
  await setRules(ext, (r) => {
    r.postGate = 'nudge';
    r.networks.linkedin.enabled = false;
  });
  // Well before the nudge's own 8 s.
  await expect.poll(() => page.locator('postcheck-gate').count(), { timeout: 2000 }).toBe(0);
  await setRules(ext, () => undefined);
  expect(ext.problems()).toEqual(NO_PROBLEMS);
  await page.close();
});

it('lets a draft go with its page: reloaded, or left for another site', async () => {
  const session = async () => JSON.stringify(await readStorage(ext, 'session'));
  for (const leave of ['reload', 'navigate'] as const) {
    const { page } = await linkedInComposer();
    const text = `Gone with the page (${leave}), because it was never posted.`;
    await page.keyboard.type(text);
    await expect.poll(() => panel.draftText()).toContain(text);
    if (leave === 'reload') await page.reload();
    else await page.goto('https://x.com/home');
    await expect.poll(session).not.toContain(text);
    await expect.poll(() => panel.draftText()).not.toContain(text);
    await page.close();
  }
  expect(ext.problems()).toEqual(NO_PROBLEMS);
});

it('keeps the draft when the service worker restarts', async () => {
  const page = await ext.page('https://www.facebook.com/');
  await page.locator('[role=button]:has-text("on your mind")').click();
  await page.locator('[role=dialog] [data-lexical-editor]').click();
  await page.keyboard.type('We hiked the whole ridge today, because the kids insisted.');
  await expect.poll(() => panel.draftText()).toContain('the kids insisted');

  const cdp = await ext.context.newCDPSession(page);
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await cdp.detach();

  // A new worker starts first (it loads the engine): on a busy 2-core machine that can take a second.
  const restart = { timeout: 5000 };
  const fresh = await SidePanel.open(ext);
  await expect.poll(() => fresh.draftText(), restart).toContain('the kids insisted');
  await expect.poll(() => fresh.root.getAttribute('data-network'), restart).toBe('facebook');
  // Typing again wakes a new worker, which goes on from the stored draft.
  await page.keyboard.type(' What a view!');
  await expect.poll(() => fresh.draftText(), restart).toContain('What a view!');
  expect(ext.problems()).toEqual(NO_PROBLEMS);
  await fresh.page.close();
  await page.close();
});
