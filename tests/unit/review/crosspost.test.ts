import { describe, expect, test } from 'vitest';
import { crosspost } from '../../../lib/review/checks/crosspost';
import { contextAt } from '../../../lib/review/context';
import { fingerprint, similarity } from '../../../lib/review/fingerprint';
import { defaultRules } from '../../../lib/settings/defaults';
import type { NetworkId, RecentDraft } from '../../../lib/review/types';
import type { Lang } from '../../../lib/settings/schema';
import { TUESDAY_10, draft, reviewOf, runCheck, slices } from './check-harness';

describe('crosspost: traces of another network', () => {
  test.each([
    {
      network: 'linkedin',
      text: 'Great thread on hiring juniors https://t.co/AbC123xyz',
      found: [['t.co', 'https://t.co/AbC123xyz']],
      names: 'X',
    },
    { network: 'linkedin', text: 'RT @acme: Wir stellen ein! Drei Stellen im Team Berlin.', found: [['rt', 'RT @acme']], names: 'X' },
    {
      network: 'facebook',
      text: 'Retweeted Acme Tools (@acmetools):\n\nOur spring release is out today.',
      found: [['retweeted', 'Retweeted Acme Tools (@acmetools):']],
      names: 'X',
    },
    {
      network: 'x',
      text: 'Mein neuer Artikel über Teamkultur lnkd.in/eXyZ12 #fb',
      found: [
        ['lnkd.in', 'lnkd.in/eXyZ12'],
        ['#fb', '#fb'],
      ],
      names: 'LinkedIn',
    },
    {
      network: 'x',
      text: 'Nytt jobb! Jag börjar på Spotify i mars (via LinkedIn)',
      found: [['via-linkedin', '(via LinkedIn)']],
      names: 'LinkedIn',
    },
    {
      network: 'linkedin',
      text: 'Our summer party pics are up https://fb.me/abc-123',
      found: [['fb.me', 'https://fb.me/abc-123']],
      names: 'Facebook',
    },
    // Instagram and Foursquare auto-shares
    {
      network: 'x',
      text: 'Sunday brunch with the whole crew 🥞 #brunch @ Café Norr https://t.co/Ab12',
      found: [['instagram-place', '@ Café Norr']],
      names: 'Instagram',
    },
    {
      network: 'facebook',
      text: 'Endlich Feierabend 🍻 @ Biergarten am See… http',
      found: [['instagram-place', '@ Biergarten am See…']],
      names: 'Instagram',
    },
    {
      network: 'linkedin',
      text: '#Repost from the team: our booth is ready for tomorrow!',
      found: [['instagram-tag', '#Repost']],
      names: 'Instagram',
    },
    { network: 'x', text: 'regram annaberg\nKvällsdopp i sjön 🌅', found: [['regram', 'regram']], names: 'Instagram' },
    { network: 'x', text: 'Best view in town #latergram', found: [['instagram-tag', '#latergram']], names: 'Instagram' },
    {
      network: 'x',
      text: 'Queue is moving fast today (@ Central Library w/ 3 others) https://example.com/c/1',
      found: [['foursquare', '(@ Central Library w/ 3 others)']],
      names: 'Foursquare',
    },
    {
      network: 'x',
      text: 'Kaffee und Kuchen (hier: Café Luise) http',
      found: [['foursquare-at', '(hier: Café Luise)']],
      names: 'Foursquare',
    },
    {
      network: 'facebook',
      text: "I'm at Central Station in Malmö https://www.swarmapp.com/c/abc12",
      found: [
        ['foursquare-im-at', "I'm at Central Station in Malmö"],
        ['foursquare-link', 'swarmapp.com/c/abc12'],
      ],
      names: 'Foursquare',
    },
    { network: 'x', text: 'Photo: Morning fog over the harbour https://example.com/p/1', found: [['tumblr', 'Photo:']], names: 'Tumblr' },
    // activity lines other services post in a person's name
    {
      network: 'x',
      text: 'I liked a @YouTube video https://youtu.be/abc How to bake bread',
      found: [['youtube-activity', 'I liked a @YouTube']],
      names: 'YouTube',
    },
    {
      network: 'x',
      text: 'Jag gillade ett videoklipp på @YouTube https://youtu.be/abc',
      found: [['youtube-activity', 'Jag gillade ett videoklipp på @YouTube']],
      names: 'YouTube',
    },
    {
      network: 'x',
      text: 'Ich habe ein @YouTube-Video positiv bewertet: https://youtu.be/abc',
      found: [['youtube-activity', 'Ich habe ein @YouTube-Video']],
      names: 'YouTube',
    },
    {
      network: 'linkedin',
      text: 'Liked "Ten rules for better slides" on SlideShare',
      found: [['slideshare-activity', 'Liked "Ten rules for better slides" on SlideShare']],
      names: 'SlideShare',
    },
    {
      network: 'facebook',
      text: 'Live now! Multistreaming with https://restream.io',
      found: [['restream', 'Multistreaming with https://restream.io']],
      names: 'Restream',
    },
    {
      network: 'x',
      text: 'Fünf Dinge, die ich über gute Meetings gelernt habe: 1. Agenda vorher verschicken … mehr anzeigen',
      found: [['see-more', '… mehr anzeigen']],
      names: 'feed',
    },
  ] as { network: NetworkId; text: string; found: string[][]; names: string }[])('$network: $text', ({ network, text, found, names }) => {
    const finding = runCheck(crosspost, draft(network, text));
    expect(finding.level).toBe('problem');
    expect(finding.evidence.map((e, i) => [e.label, slices(text, finding.evidence)[i]])).toEqual(found);
    expect(finding.reason).toContain(names);
  });

  test('a network’s own traces are at home there', () => {
    expect(runCheck(crosspost, draft('x', 'Great thread on hiring juniors https://t.co/AbC123xyz via @janedoe')).level).toBe('ok');
    expect(
      runCheck(crosspost, draft('x', 'RT @acme: Our spring release is out today, with the new editor and faster sync for every…')).level,
    ).toBe('ok');
    expect(runCheck(crosspost, draft('linkedin', 'Proud of the team! lnkd.in/eXyZ12')).level).toBe('ok');
    expect(runCheck(crosspost, draft('facebook', 'Sommerfest-Fotos sind online https://fb.me/abc-123 #fb')).level).toBe('ok');
  });

  test('not traces: a share button’s “via @site”, network names as topics, “@” and “(at …)” in a sentence', () => {
    for (const [network, text] of [
      ['facebook', 'So true about remote work https://example.com/remote via @janedoe'],
      ['x', 'Three tools we use for hiring #socialmedia #facebook #linkedin #recruiting'],
      ['facebook', 'Lunch @ the office again, who wants to join?'],
      ['facebook', 'interview @ Elon tomorrow!!'],
      ['facebook', 'No fever today (at least I think so!)'],
      ['x', 'Repost this if you agree: every team needs a quiet hour.'],
      ['linkedin', 'Photos: our team at the offsite. What a week of learning and planning it was.'],
      ['x', 'photo: a quick sketch from the train'],
    ] as [NetworkId, string][]) {
      expect(runCheck(crosspost, draft(network, text)), text).toMatchObject({ level: 'ok' });
    }
  });

  test('a long text cut off with an ellipsis, as auto-posters leave it', () => {
    const text =
      'Vi har precis lanserat vår nya tjänst för små företag som vill komma igång med digital bokföring utan att anlita en konsult och ' +
      'utan att behöva lära sig ett helt nytt syst… https://example.se/blogg/ny-tjanst';
    const finding = runCheck(crosspost, draft('linkedin', text), { locale: 'sv' });
    expect(finding.level).toBe('problem');
    expect(slices(text, finding.evidence)).toEqual(['…']);
    expect(finding.reason).toBe('Texten slutar avklippt med ”…”, som när automatiska publiceringsverktyg kortar ett inlägg.');
    expect(finding.hint).toMatch(/^Publicera hela texten/);
  });

  test('a short post cut off with …, as a link-stripping copy of an auto-share leaves it', () => {
    for (const [text, cut] of [
      ['Tomorrow is the big day at our studio! Doors open at noon, come early and bring your…', '…'],
      ['Sonntagsspaziergang an der Elbe mit der ganzen Familie #elbe #sonntag #hamburg…', '…'],
      ['Grattis till alla som sprang i dag! Ni var fantastiska allihop 💪 …', '…'],
      ['Vi har en helt ny meny från och med i dag, kom förbi och prova... http://example.se/meny', '...'],
    ]) {
      const finding = runCheck(crosspost, draft('x', text!));
      expect(finding.level, text).toBe('problem');
      expect(slices(text!, finding.evidence)).toEqual([cut]);
    }
  });

  test('not cut off: a teaser, three dots without a link, a very short or a long post ending in …', () => {
    expect(runCheck(crosspost, draft('x', 'Big news tomorrow. Stay tuned...')).level).toBe('ok');
    expect(runCheck(crosspost, draft('x', 'Was ich heute gelernt habe? Dass Pausen produktiv sind. Mehr dazu morgen…')).level).toBe('ok');
    expect(
      runCheck(crosspost, draft('x', 'Our new guide is out, with all the details in it. Read more… https://example.com/guide')).level,
    ).toBe('ok');
    expect(runCheck(crosspost, draft('facebook', 'House to myself... Time for a long bath and a good book...')).level).toBe('ok');
    expect(runCheck(crosspost, draft('x', 'Monday again…')).level).toBe('ok');
    const long =
      'Twenty years ago I walked into my first newsroom with a notebook and no idea what I was doing. ' +
      'I learned to ask short questions, to listen longer than felt comfortable, and to check every number twice. ' +
      'Today I handed in my badge. What comes next? I honestly do not know yet…';
    expect(runCheck(crosspost, draft('linkedin', long)).level).toBe('ok');
  });
});

describe('crosspost: near-duplicates of recent drafts elsewhere', () => {
  const LINKEDIN =
    'Three lessons from shipping our new onboarding flow: interview people before you design, write error messages ' +
    'like small lessons, and measure the first week rather than the first day. What would you add?';
  const ON_X =
    'Three lessons from shipping our new onboarding flow: interview people before you design, write error messages ' +
    'like small lessons, and measure the first week rather than the first day. What would you add? 👇';
  const DAY = 86_400_000;
  const now = TUESDAY_10.getTime();
  const recent = (network: NetworkId, daysAgo: number, text = LINKEDIN): RecentDraft => ({
    network,
    at: now - daysAgo * DAY,
    signature: fingerprint(text),
  });
  const run = (text: string, recentDrafts: RecentDraft[], locale: Lang = 'en', network: NetworkId = 'x') =>
    runCheck(crosspost, draft(network, text), { context: contextAt(TUESDAY_10, locale, { recent: recentDrafts }) });

  test.each([
    {
      name: 'LinkedIn draft 3 days ago',
      recent: [recent('linkedin', 3)],
      level: 'problem',
      reason: 'It is 100% the same as a draft for LinkedIn (3 days ago).',
    },
    {
      name: 'a draft earlier today',
      recent: [recent('facebook', 0.2)],
      level: 'problem',
      reason: 'It is 100% the same as a draft for Facebook (today).',
    },
    {
      name: 'exactly 14 days ago',
      recent: [recent('linkedin', 14)],
      level: 'problem',
      reason: 'It is 100% the same as a draft for LinkedIn (14 days ago).',
    },
    { name: 'after the 14-day window', recent: [recent('linkedin', 14.01)], level: 'ok', reason: undefined },
    { name: 'the same network', recent: [recent('x', 1)], level: 'ok', reason: undefined },
    {
      name: 'a different text elsewhere',
      recent: [recent('linkedin', 1, 'Heute mit den Kindern im Zoo gewesen, die Giraffen waren das Highlight des Tages.')],
      level: 'ok',
      reason: undefined,
    },
  ])('$name', ({ recent: r, level, reason }) => {
    const finding = run(ON_X, r);
    expect(finding.level).toBe(level);
    if (reason) {
      expect(finding.reason).toBe(reason);
      expect(finding.hint).toBe('Rewrite it for X: its own opening, tone and call to action.');
    }
  });

  test('drafts under 8 words are not compared', () => {
    const short = 'Shipped the new onboarding flow today!';
    expect(run(short, [recent('linkedin', 1, short)]).level).toBe('ok');
  });

  test('the best match is named, localized', () => {
    const de = run(
      ON_X,
      [recent('facebook', 5, 'Ganz etwas anderes über unseren Urlaub am Meer mit der ganzen Familie und dem Hund.'), recent('linkedin', 2)],
      'de',
    );
    expect(de.reason).toBe('Der Entwurf stimmt zu 100\u00a0% mit einem Entwurf für LinkedIn überein (vor 2 Tagen).');
    const sv = run(ON_X, [recent('linkedin', 1)], 'sv');
    expect(sv.reason).toBe('Utkastet är till 100\u00a0% detsamma som ett utkast för LinkedIn (i går).');
  });

  test('the similarity threshold is the person’s', () => {
    const edited = ON_X.replace('our new onboarding flow', 'the onboarding');
    const score = similarity(fingerprint(edited), fingerprint(LINKEDIN));
    expect(score).toBeGreaterThan(0.5);
    expect(score).toBeLessThan(0.8);
    const context = contextAt(TUESDAY_10, 'en', { recent: [recent('linkedin', 1)] });
    expect(runCheck(crosspost, draft('x', edited), { context }).level).toBe('ok');
    const rules = defaultRules();
    rules.thresholds.crosspostSimilarity = 0.5;
    expect(runCheck(crosspost, draft('x', edited), { context, rules }).level).toBe('problem');
  });
});

describe('crosspost through review()', () => {
  test('recent drafts come in through the context; replies are not checked', () => {
    const text =
      'Drei Lektionen aus unserem Produktlaunch: früh mit Kunden sprechen, Fehlermeldungen wie kleine Lektionen schreiben, die erste Woche messen.';
    const context = contextAt(TUESDAY_10, 'de', {
      recent: [{ network: 'linkedin', at: TUESDAY_10.getTime() - 86_400_000, signature: fingerprint(text) }],
    });
    const post = reviewOf(draft('facebook', text), { context });
    expect(post.check('crosspost')).toMatchObject({
      status: 'warn',
      reason: 'Der Entwurf stimmt zu 100\u00a0% mit einem Entwurf für LinkedIn überein (gestern).',
    });
    const reply = reviewOf(draft('facebook', text, 'reply'), { context });
    expect(reply.check('crosspost')).toBeUndefined();
    expect(reply.skipped).toContainEqual({ id: 'crosspost', why: 'not-applicable' });
  });
});
