/**
 * Realistic drafts for the benchmark, in English, German and Swedish: sentences assembled
 * from openers, middles and endings with a seeded generator, so a 60,000-character paste
 * reads like text (varied words, links, mentions, hashtags, emoji, numbers, dates) rather
 * than one word repeated. Deterministic: the same seed gives the same drafts.
 */
import type { Lang } from '../../lib/settings/schema';

/** mulberry32: small, fast, and good enough to shuffle sentence parts. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Parts {
  openers: string[];
  middles: string[];
  endings: string[];
  extras: string[];
}

const PARTS: Record<Lang, Parts> = {
  en: {
    openers: [
      'Last week our team',
      'After twelve years in product,',
      'Yesterday a customer told me that',
      'The most useful thing I learned in 2024:',
      'When we rebuilt the onboarding flow,',
      'Nobody warned me that',
      'Three months into remote work,',
      'Our smallest client',
      'Every Friday at 4pm we',
      'The best manager I ever had',
    ],
    middles: [
      'shipped a release that cut support tickets by 38%',
      'stopped writing status reports and started writing decisions',
      'asked why the checkout took eleven clicks',
      'measured the first week instead of the first day',
      'found that people skip tutorials but read error messages',
      'moved the weekly sync to a shared document',
      'spent half the budget on interviews before any design',
      'turned a complaint into our most requested feature',
      'paired juniors with customers rather than with seniors',
      'deleted a dashboard nobody had opened since March',
    ],
    endings: [
      'and nobody missed the old way.',
      'which changed how we plan the quarter.',
      'so now we write the FAQ before the feature.',
      'and the numbers surprised all of us.',
      'because small teams that trust each other ship more.',
      'and I would do it again tomorrow.',
      'which is why I keep a notebook on my desk.',
      'even though it felt slow at first.',
      'and the retro was the shortest we ever had.',
      'so the question is what you would try first?',
    ],
    extras: [
      'Full write-up: https://example.com/blog/2025/onboarding-lessons',
      'Thanks @maria_codes for the push 🙌',
      '#productmanagement #leadership',
      'What would you add? Tell me in the comments.',
      'Slides from the talk: https://example.org/talks/calm-teams?ref=li',
      'Meetup on 12/03 at 18:30, tickets $15.',
      'Version 2.4.1 is out today 🚀',
    ],
  },
  de: {
    openers: [
      'Letzte Woche hat unser Team',
      'Nach zwölf Jahren im Produktmanagement',
      'Gestern erzählte mir eine Kundin, dass sie',
      'Das Wichtigste, was ich 2024 gelernt habe:',
      'Als wir das Onboarding neu gebaut haben,',
      'Niemand hat mich gewarnt, dass wir',
      'Nach drei Monaten Homeoffice haben wir',
      'Unser kleinster Kunde hat',
      'Jeden Freitag um 16 Uhr haben wir',
      'Die beste Chefin, die ich je hatte,',
    ],
    middles: [
      'ein Release veröffentlicht, das die Supportanfragen um 38 % gesenkt hat',
      'keine Statusberichte mehr geschrieben, sondern Entscheidungen',
      'gefragt, warum der Checkout elf Klicks braucht',
      'die erste Woche gemessen statt des ersten Tages',
      'gemerkt, dass Leute Tutorials überspringen, aber Fehlermeldungen lesen',
      'das wöchentliche Meeting in ein gemeinsames Dokument verlegt',
      'die Hälfte des Budgets für Interviews ausgegeben',
      'aus einer Beschwerde unsere meistgewünschte Funktion gemacht',
      'Berufseinsteiger mit Kunden statt mit Senioren zusammengebracht',
      'ein Dashboard gelöscht, das seit März niemand geöffnet hatte',
    ],
    endings: [
      'und niemand hat den alten Weg vermisst.',
      'und das hat unsere Quartalsplanung verändert.',
      'also schreiben wir jetzt die FAQ vor der Funktion.',
      'und die Zahlen haben uns alle überrascht.',
      'weil kleine Teams, die sich vertrauen, mehr liefern.',
      'und ich würde es morgen wieder tun.',
      'deshalb liegt ein Notizbuch auf meinem Schreibtisch.',
      'auch wenn es sich anfangs langsam anfühlte.',
      'und die Retro war die kürzeste, die wir je hatten.',
      'was würdet ihr zuerst ausprobieren?',
    ],
    extras: [
      'Ganzer Artikel: https://example.de/blog/onboarding-lektionen',
      'Danke @lena_schmidt für den Anstoß 🙌',
      '#Produktmanagement #Führung',
      'Was meint ihr? Schreibt es in die Kommentare.',
      'Folien vom Vortrag: https://example.de/vortraege/ruhige-teams',
      'Treffen am 05.03.2025 um 18:30 Uhr, Eintritt 12,50 €.',
      'Version 2.4.1 ist ab heute verfügbar 🚀',
    ],
  },
  sv: {
    openers: [
      'Förra veckan',
      'Efter tolv år inom produktutveckling',
      'I går berättade en kund att hon',
      'Det viktigaste jag lärde mig 2024:',
      'När vi byggde om introduktionsflödet',
      'Ingen varnade mig för att vi',
      'Efter tre månader på distans',
      'Vår minsta kund',
      'Varje fredag klockan 16',
      'Den bästa chef jag haft',
    ],
    middles: [
      'släppte vi en version som minskade supportärendena med 38 %',
      'slutade vi skriva statusrapporter och började skriva beslut',
      'frågade varför kassan krävde elva klick',
      'mätte vi första veckan i stället för första dagen',
      'märkte vi att folk hoppar över guider men läser felmeddelanden',
      'flyttade vi veckomötet till ett delat dokument',
      'lade vi halva budgeten på intervjuer före all design',
      'gjorde vi ett klagomål till vår mest efterfrågade funktion',
      'parade vi juniorer med kunder i stället för med seniorer',
      'tog vi bort en instrumentpanel som ingen öppnat sedan mars',
    ],
    endings: [
      'och ingen saknade det gamla sättet.',
      'vilket ändrade hur vi planerar kvartalet.',
      'så nu skriver vi vanliga frågor före funktionen.',
      'och siffrorna överraskade oss alla.',
      'eftersom små team som litar på varandra levererar mer.',
      'och jag skulle göra det igen i morgon.',
      'därför har jag en anteckningsbok på skrivbordet.',
      'även om det kändes långsamt i början.',
      'och retron blev den kortaste vi haft.',
      'vad skulle du prova först?',
    ],
    extras: [
      'Hela texten: https://example.se/blogg/lardomar-fran-introduktionen',
      'Tack @erik_lind för knuffen 🙌',
      '#produktledning #ledarskap',
      'Vad tycker du? Skriv gärna i kommentarerna.',
      'Bilderna från föredraget: https://example.se/foredrag/lugna-team',
      'Träff den 5 mars kl. 18.30, biljetter 150 kr.',
      'Version 2.4.1 finns ute i dag 🚀',
    ],
  },
};

const pick = <T>(items: readonly T[], next: () => number): T => items[Math.floor(next() * items.length)]!;

/** One paragraph of 2–5 sentences, sometimes with a link, a mention, hashtags or a number. */
function paragraph(lang: Lang, next: () => number): string {
  const p = PARTS[lang];
  const sentences: string[] = [];
  const count = 2 + Math.floor(next() * 4);
  for (let i = 0; i < count; i++) sentences.push(`${pick(p.openers, next)} ${pick(p.middles, next)} ${pick(p.endings, next)}`);
  if (next() < 0.5) sentences.push(pick(p.extras, next));
  return sentences.join(' ');
}

/** A draft of exactly `chars` UTF-16 code units, cut at a word boundary and padded with one more sentence if short. */
export function draftText(lang: Lang, chars: number, seed = 1): string {
  const next = random(seed);
  let text = '';
  while (text.length < chars) text += (text ? '\n\n' : '') + paragraph(lang, next);
  const cut = text.lastIndexOf(' ', chars);
  return text.slice(0, cut > chars * 0.9 ? cut : chars).trimEnd();
}

/** Paragraphs of all three languages in turn: a long paste from a mixed-language team. */
export function mixedText(chars: number, seed = 1): string {
  const next = random(seed);
  const langs: Lang[] = ['en', 'de', 'sv'];
  let text = '';
  for (let i = 0; text.length < chars; i++) text += (text ? '\n\n' : '') + paragraph(langs[i % 3]!, next);
  return text.slice(0, chars);
}
