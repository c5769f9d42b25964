// Postcheck follows the browser's language: in a German and in a Swedish Chromium, the badge, the share
// prompt (and the reply starter it puts in), the side panel (and the review's own reasons) and the options page speak that language.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, NO_PROBLEMS, type ExtensionSession } from './harness';
import { SidePanel } from './pages/side-panel';

const cases = [
  {
    lang: 'de',
    draft: 'Wir haben die Einarbeitung halbiert, weil jede Entscheidung aufgeschrieben wird. Was meint ihr?',
    badge: /^Postcheck: /,
    prompt: 'Mit Kommentar zitieren',
    reply: 'Antworten und sagen, was dir gefallen hat',
    replyStarter: /^Mir gefällt das, weil\s*$/,
    panel: ['Dein Entwurf', 'Mehrwert'],
    importLabel: 'Regeln importieren',
  },
  {
    lang: 'sv',
    draft: 'Vi halverade introduktionen eftersom varje beslut skrivs ner. Vad tycker ni?',
    badge: /^Postcheck: /,
    prompt: 'Citera med en kommentar',
    reply: 'Svara och säg vad du gillade',
    replyStarter: /^Jag gillade det här eftersom\s*$/,
    panel: ['Ditt utkast', 'Värde'],
    importLabel: 'Importera regler',
  },
];

describe.each(cases)('a browser in $lang', (c) => {
  let ext: ExtensionSession;
  beforeAll(async () => {
    ext = await launchExtension({ lang: c.lang });
  });
  afterAll(() => ext?.close());

  it('speaks its language on the page, in the panel and on the options page', async () => {
    const panel = await SidePanel.open(ext);
    const page = await ext.page('https://x.com/home');
    await page.locator('main [data-testid=tweetTextarea_0]').click();
    await page.keyboard.type(c.draft);
    await expect.poll(() => panel.draftText()).toContain(c.draft.slice(-12));
    // Section headings are set in capitals by CSS, which innerText follows.
    const text = (await panel.draftText()).toLowerCase();
    for (const words of c.panel) expect(text).toContain(words.toLowerCase());
    // The review itself is written in the UI language too.
    expect(text).not.toContain('value for readers');
    await expect.poll(() => page.locator('postcheck-badge button').first().getAttribute('aria-label')).toMatch(c.badge);
    expect(await page.locator('postcheck-badge button').first().getAttribute('aria-label')).not.toMatch(/to fix|to consider|ready to post/);

    await page.locator('article >> nth=0 >> [data-testid=retweet]').click();
    await expect.poll(() => page.locator('postcheck-share-prompt [data-action=quote]').innerText()).toBe(c.prompt);
    // Reply instead: the reply composer gets the starter in the same language.
    const reply = page.locator('postcheck-share-prompt [data-action=reply]');
    expect(await reply.innerText()).toBe(c.reply);
    await reply.click();
    await expect.poll(() => page.locator('[role=dialog] [data-testid=tweetTextarea_0]').innerText()).toMatch(c.replyStarter);

    const options = await ext.openExtensionPage('options.html');
    await expect.poll(() => options.getByLabel(c.importLabel).count()).toBe(1);
    expect(await options.locator('html').getAttribute('lang')).toBe(c.lang);
    expect(ext.problems()).toEqual(NO_PROBLEMS);
  });
});

// Started with --lang=de and no LANGUAGE in its environment, Chromium's i18n.getUILanguage() says en-US
// while its messages come out in German: the review and the default rules follow the messages.
describe('a browser in German by --lang alone', () => {
  let ext: ExtensionSession;
  beforeAll(async () => {
    ext = await launchExtension({ lang: 'de', languageEnv: false });
  });
  afterAll(() => ext?.close());

  it('reviews in German, and starts with German goals and purposes', async () => {
    const panel = await SidePanel.open(ext);
    const page = await ext.page('https://x.com/home');
    await page.locator('main [data-testid=tweetTextarea_0]').click();
    await page.keyboard.type(cases[0]!.draft);
    await expect.poll(() => panel.draftText()).toContain('Was meint ihr?');
    const text = (await panel.draftText()).toLowerCase();
    expect(text).toContain('mehrwert');
    expect(text).not.toContain('value for readers');
    // The fit check quotes the person's purpose for X: the German default.
    expect(text).toContain('öffentlich, für alle');
    expect(ext.problems()).toEqual(NO_PROBLEMS);
  });
});
