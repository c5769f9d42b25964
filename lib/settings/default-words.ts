/**
 * The words of the default rules in each language Postcheck speaks: the goals and what each network
 * is for, taken from the personal strategy Postcheck is built around. New rules start in the browser's
 * UI language (a German or Swedish panel never quotes an English purpose), and the options page can
 * put them back in any of the three.
 */
import { LANGS, NETWORKS } from '../ids';
import type { DefaultGoalId, Lang, NetworkId } from '../ids';
import { NETWORK } from '../networks';

export type { DefaultGoalId };

export interface DefaultWords {
  goals: Record<DefaultGoalId, string>;
  /** what each network is for: its descriptor's default purpose (lib/networks) */
  purposes: Record<NetworkId, string>;
}

const GOALS: Record<Lang, Pick<DefaultWords, 'goals'>> = {
  en: {
    goals: {
      relationships: 'Build and strengthen personal relationships',
      promote: 'Promote my work or cause in a way that is valuable to others',
      brand: 'Build my personal brand',
    },
  },
  de: {
    goals: {
      relationships: 'Persönliche Beziehungen aufbauen und pflegen',
      promote: 'Meine Arbeit oder mein Anliegen so bekannt machen, dass es anderen etwas bringt',
      brand: 'Meine persönliche Marke aufbauen',
    },
  },
  sv: {
    goals: {
      relationships: 'Bygga och stärka personliga relationer',
      promote: 'Marknadsföra mitt arbete eller min sak på ett sätt som ger andra något',
      brand: 'Bygga mitt personliga varumärke',
    },
  },
};

export const DEFAULT_WORDS: Record<Lang, DefaultWords> = Object.fromEntries(
  LANGS.map((lang) => [
    lang,
    { ...GOALS[lang], purposes: Object.fromEntries(NETWORKS.map((n) => [n, NETWORK[n].defaults.purpose[lang]])) },
  ]),
) as Record<Lang, DefaultWords>;
