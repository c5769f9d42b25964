/**
 * The try box's example drafts, in each language Postcheck speaks: each one shows a check at work on the
 * default rules (a call to action missing on LinkedIn, a bare promotion on X, a token share, private life
 * on LinkedIn), so changing that rule on the page visibly changes its review.
 */
import type { ComposerKind, Lang, NetworkId } from '../../lib/ids';

export interface TryExample {
  id: string;
  /** what the example button says */
  label: string;
  network: NetworkId;
  kind: ComposerKind;
  text: string;
}

type Words = Record<Lang, { label: string; text: string }>;

const example = (id: string, network: NetworkId, kind: ComposerKind, words: Words) => ({ id, network, kind, words });

const EXAMPLES = [
  example('no-cta', 'linkedin', 'post', {
    en: {
      label: 'LinkedIn post without a call to action',
      text: 'Three things I learned when our team moved to a four-day week:\n\n1. Meetings got shorter, because nobody wanted to give up a Friday for them.\n2. Customers noticed nothing, except faster answers on Mondays.\n3. The hardest part was trusting that less time can mean better work.',
    },
    de: {
      label: 'LinkedIn-Beitrag ohne Aufruf zum Handeln',
      text: 'Drei Dinge, die ich gelernt habe, als unser Team auf die Vier-Tage-Woche umgestellt hat:\n\n1. Meetings wurden kürzer, weil niemand seinen Freitag dafür opfern wollte.\n2. Die Kunden haben nichts gemerkt, außer schnelleren Antworten am Montag.\n3. Am schwersten war es, darauf zu vertrauen, dass weniger Zeit bessere Arbeit bedeuten kann.',
    },
    sv: {
      label: 'LinkedIn-inlägg utan uppmaning till handling',
      text: 'Tre saker jag lärde mig när vårt team gick över till fyradagarsvecka:\n\n1. Mötena blev kortare, eftersom ingen ville offra sin fredag på dem.\n2. Kunderna märkte ingenting, förutom snabbare svar på måndagarna.\n3. Det svåraste var att lita på att mindre tid kan ge bättre arbete.',
    },
  }),
  example('promotion', 'x', 'post', {
    en: {
      label: 'Promotion on X',
      text: 'My new course is out now! 50% off this week only. Link in bio #marketing #growth #sales #course #deal #startup',
    },
    de: {
      label: 'Werbung auf X',
      text: 'Mein neuer Kurs ist jetzt erhältlich! Nur diese Woche 50 % Rabatt. Link in der Bio #marketing #wachstum #vertrieb #kurs #angebot #startup',
    },
    sv: {
      label: 'Reklam på X',
      text: 'Min nya kurs är ute nu! 50 % rabatt bara den här veckan. Länk i bion #marknadsföring #tillväxt #försäljning #kurs #erbjudande #startup',
    },
  }),
  example('token-share', 'linkedin', 'quote', {
    en: { label: 'Sharing with a token comment', text: 'So true 👇' },
    de: { label: 'Teilen mit einem Alibi-Kommentar', text: 'Genau so 👇' },
    sv: { label: 'Dela med en kommentar för syns skull', text: 'Så sant 👇' },
  }),
  example('private-life', 'linkedin', 'post', {
    en: {
      label: 'Private life on LinkedIn',
      text: 'Back from our family holiday at the lake. My kids caught their first fish and my daughter refuses to eat it. Best week of the year!',
    },
    de: {
      label: 'Privatleben auf LinkedIn',
      text: 'Zurück aus dem Familienurlaub am See. Meine Kinder haben ihren ersten Fisch gefangen, und meine Tochter weigert sich, ihn zu essen. Die beste Woche des Jahres!',
    },
    sv: {
      label: 'Privatliv på LinkedIn',
      text: 'Hemma igen efter familjesemestern vid sjön. Mina barn fick sin första fisk och min dotter vägrar äta den. Årets bästa vecka!',
    },
  }),
];

/** The examples in `lang`. */
export function tryExamples(lang: Lang): TryExample[] {
  return EXAMPLES.map(({ id, network, kind, words }) => ({ id, network, kind, ...words[lang] }));
}
