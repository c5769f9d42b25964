/**
 * The words of the default rules in each language Postcheck speaks: the goals and what each network
 * is for, taken from the personal strategy Postcheck is built around. New rules start in the browser's
 * UI language (a German or Swedish panel never quotes an English purpose), and the options page can
 * put them back in any of the three.
 */
import type { Lang } from '../ids';

export type DefaultGoalId = 'relationships' | 'promote' | 'brand';

export interface DefaultWords {
  goals: Record<DefaultGoalId, string>;
  purposes: Record<'x' | 'linkedin' | 'facebook', string>;
}

export const DEFAULT_WORDS: Record<Lang, DefaultWords> = {
  en: {
    goals: {
      relationships: 'Build and strengthen personal relationships',
      promote: 'Promote my work or cause in a way that is valuable to others',
      brand: 'Build my personal brand',
    },
    purposes: {
      x: 'Public, to everyone: new and existing personal and professional relationships. Valuable posts that lean toward a call to action — a follow, a reply, a link visit.',
      linkedin:
        'New and existing professional relationships: productivity, goals, happy customers, things that help my target market. Value first, and always a call to action at the end.',
      facebook: 'Friends and family, people I have met in real life; mostly private audiences. Personal, not a sales channel.',
    },
  },
  de: {
    goals: {
      relationships: 'Persönliche Beziehungen aufbauen und pflegen',
      promote: 'Meine Arbeit oder mein Anliegen so bekannt machen, dass es anderen etwas bringt',
      brand: 'Meine persönliche Marke aufbauen',
    },
    purposes: {
      x: 'Öffentlich, für alle: neue und bestehende persönliche und berufliche Beziehungen. Wertvolle Beiträge, die zu einer Handlung einladen – folgen, antworten, einen Link besuchen.',
      linkedin:
        'Neue und bestehende berufliche Beziehungen: Produktivität, Ziele, zufriedene Kunden, was meiner Zielgruppe hilft. Zuerst der Nutzen, und am Ende immer ein Aufruf zum Handeln.',
      facebook: 'Familie und Freunde, Menschen, die ich im echten Leben kenne; meist private Zielgruppen. Persönlich, kein Verkaufskanal.',
    },
  },
  sv: {
    goals: {
      relationships: 'Bygga och stärka personliga relationer',
      promote: 'Marknadsföra mitt arbete eller min sak på ett sätt som ger andra något',
      brand: 'Bygga mitt personliga varumärke',
    },
    purposes: {
      x: 'Offentligt, för alla: nya och befintliga personliga och yrkesmässiga relationer. Värdefulla inlägg som lutar mot en uppmaning – en följning, ett svar, ett klick på en länk.',
      linkedin:
        'Nya och befintliga yrkesmässiga relationer: produktivitet, mål, nöjda kunder, sådant som hjälper min målgrupp. Värde först, och alltid en uppmaning till handling i slutet.',
      facebook: 'Vänner och familj, människor jag har träffat i verkliga livet; mest privata målgrupper. Personligt, ingen försäljningskanal.',
    },
  },
};
