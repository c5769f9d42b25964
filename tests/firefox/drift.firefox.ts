// Firefox: the way in when a site changes its DOM, on our X page with its hooks renamed (see
// tests/e2e/support/redesign.ts). Typing into the box no adapter recognises makes the sidebar offer
// "Review this box"; a real right-click opens Firefox's own context menu, whose "Review with Postcheck"
// item (menus API: info.targetElementId, getTargetElement) adopts the box, also where the page stops the
// contextmenu event; the draft is reviewed.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { BOX, redesign } from '../e2e/support/redesign';
import { sharedFirefox, NO_PROBLEMS, type FirefoxSession } from './harness';

const FIXTURE_DIR = fileURLToPath(new URL('../fixtures/pages/', import.meta.url));
const DRAFT = 'Shipping weekly taught us one thing: write decisions down. What did it teach you?';

let ff: FirefoxSession;
let dir: string;
beforeAll(async () => {
  ff = await sharedFirefox();
  dir = await mkdtemp(join(tmpdir(), 'postcheck-drift-ff-'));
});
afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

/** Choose the item in Firefox's open content-area context menu, as the person would. */
const chooseMenuItem = (label: string) =>
  ff.chrome<string>(`new Promise((resolve, reject) => {
    const menu = document.getElementById('contentAreaContextMenu');
    const timer = setTimeout(() => reject(new Error('context menu ' + menu.state)), 5000);
    const go = () => {
      clearTimeout(timer);
      const item = [...menu.querySelectorAll('menuitem')].find((m) => m.getAttribute('label') === ${JSON.stringify(label)});
      if (!item) return reject(new Error('no item; items: ' + [...menu.querySelectorAll('menuitem:not([hidden])')].map((m) => m.getAttribute('label')).join('|')));
      menu.activateItem(item);
      resolve(item.id);
    };
    if (menu.state === 'open') go();
    else menu.addEventListener('popupshown', go, { once: true });
  })`);

it('a renamed X composer: offered in the sidebar on typing, and reviewed through the context menu', async () => {
  const file = join(dir, 'x-home-redesigned.html');
  await writeFile(file, redesign(await readFile(join(FIXTURE_DIR, 'x-home.html'), 'utf8')));
  const page = await ff.page('https://x.com/home', relative(FIXTURE_DIR, file));
  const box = `main ${BOX}`;
  await page.click(box);
  await page.keyboard.type(DRAFT);
  await ff.sidebar.open();
  await expect.poll(() => ff.sidebar.text(), { timeout: 10_000 }).toContain('Review this box');
  expect(await page.$eval(box, (el) => el.getAttribute('data-postcheck'))).toBeNull();

  // The page stops the contextmenu event before it reaches the document (where the content script
  // remembers the right-clicked box): Firefox's menus.getTargetElement still names the box.
  await page.evaluate(() => window.addEventListener('contextmenu', (e) => e.stopImmediatePropagation(), true));
  await page.click(box, { button: 'right' });
  expect(await chooseMenuItem('Review with Postcheck')).toMatch(/postcheck/i);
  await page.waitForSelector(`${box}[data-postcheck="x:post"]`);
  await page.waitForSelector('postcheck-badge');
  await expect.poll(() => ff.sidebar.text(), { timeout: 10_000 }).toContain(DRAFT);
  // The offer leaves by storage, the draft by the panel's port: either may come first.
  await expect.poll(() => ff.sidebar.text()).not.toContain('Review this box');
  expect(await ff.problems()).toEqual(NO_PROBLEMS);
});
