// The goal check in real Chromium: the panel offers the person's goals under it, a tap chooses one for the
// draft through the background (draft:goal), the check passes and the value hint follows the goal, and the
// choice stays with the draft when the panel is opened again; a new composer starts with none chosen.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { NO_PROBLEMS, type ExtensionSession } from './harness';
import { launchWithPanel, SidePanel } from './pages/side-panel';
import { setRules } from './support/rules';

let ext: ExtensionSession;
let panel: SidePanel;
beforeAll(async () => ({ ext, panel } = await launchWithPanel()));
afterAll(() => ext?.close());

const RELATIONSHIPS = 'Build and strengthen personal relationships';
const pressed = (p: SidePanel) => p.check('goal').locator('button[aria-pressed=true]').allInnerTexts();

it('a goal tapped in the panel serves the draft: the check passes, the value hint follows it, a reopened panel still shows it', async () => {
  await setRules(ext, (r) => {
    r.networks.x.severity.goal = 'warn';
  });
  const page = await ext.page('https://x.com/home');
  await page.locator('main [data-testid=tweetTextarea_0]').click();
  await page.keyboard.type('Lovely day');
  await expect.poll(() => panel.status('goal')).toBe('warn');
  expect(await panel.check('goal').innerText()).toContain('Which of your goals does this serve?');

  await panel.check('goal').getByRole('button', { name: RELATIONSHIPS }).click();
  await expect.poll(() => panel.status('goal')).toBe('pass');
  expect(await pressed(panel)).toEqual([RELATIONSHIPS]);
  await expect.poll(() => panel.check('value').innerText()).toMatch(/invite an answer or a memory\./);

  // Typing on keeps the choice; so does a panel opened again.
  await page.keyboard.type(' at the lake');
  await panel.page.close();
  panel = await SidePanel.open(ext);
  await expect.poll(() => pressed(panel)).toEqual([RELATIONSHIPS]);
  expect(await panel.status('goal')).toBe('pass');

  // Another composer's draft starts with none chosen.
  await page.reload();
  await page.locator('main [data-testid=tweetTextarea_0]').click();
  await page.keyboard.type('Rain again');
  await expect.poll(() => panel.status('goal')).toBe('warn');
  expect(await pressed(panel)).toEqual([]);

  await setRules(ext, () => undefined);
  expect(ext.problems()).toEqual(NO_PROBLEMS);
  await page.close();
});
