/** Default rules, taken from the personal strategy Postcheck is built around. */
import { CHECK_IDS, DEFAULT_GOAL_IDS, LANGS, NETWORKS, PHRASE_LISTS } from '../ids';
import type { BuiltinCheckId, Lang, NetworkId, PhraseListId, Severity } from '../ids';
import { NETWORK } from '../networks';
import { RULES_VERSION } from './schema';
import type { NetworkRules, Rules } from './schema';
import { DEFAULT_WORDS } from './default-words';

/**
 * The nudges' back-off: quiet after 5 shares with a comment in a row, for 14 days; the gate rests after 3
 * ready posts; a check dismissed 5 times on a network within 14 days is offered to be eased there.
 */
export const DEFAULT_NUDGES = { quietAfter: 5, quietDays: 14, gateRestsAfter: 3, dismissAfter: 5 } as const;

function severities(overrides: Partial<Record<BuiltinCheckId, Severity>>): Record<BuiltinCheckId, Severity> {
  const base = Object.fromEntries(CHECK_IDS.map((id) => [id, 'warn'])) as Record<BuiltinCheckId, Severity>;
  // Over the limit the site will not post at all; an empty share comment is a bare repost. The goal check
  // only asks (it passes, with its question and the goals to choose from) until the person makes it stricter.
  return { ...base, length: 'fail', 'share-comment': 'fail', goal: 'off', ...overrides };
}

/** A network's default rules, from its descriptor (lib/networks), with its purpose in `lang`. */
function networkDefaults(network: NetworkId, lang: Lang): NetworkRules {
  const d = NETWORK[network].defaults;
  // (The purpose keeps its place, second, where the schema and every earlier export have it.)
  return {
    enabled: true,
    purpose: defaultPurpose(network, lang),
    severity: severities(d.severity),
    limits: { ...d.limits },
    audienceHours: d.audienceHours.map((w) => ({ ...w, days: [...w.days] })),
    hashtagLimit: d.hashtagLimit,
    ctaAtEnd: d.ctaAtEnd,
  };
}

/** One value per network, in the order of NETWORKS. */
function byNetwork<T>(value: (network: NetworkId) => T): Record<NetworkId, T> {
  return Object.fromEntries(NETWORKS.map((n) => [n, value(n)])) as Record<NetworkId, T>;
}

function emptyPhraseEdits(): Rules['phrases'] {
  const perLang = () =>
    Object.fromEntries(PHRASE_LISTS.map((id) => [id, { add: [] as string[], remove: [] as string[] }])) as Record<
      PhraseListId,
      { add: string[]; remove: string[] }
    >;
  return Object.fromEntries(LANGS.map((l) => [l, perLang()])) as Record<Lang, ReturnType<typeof perLang>>;
}

/** The default goals, and each network's default purpose, in `lang`. */
export function defaultGoals(lang: Lang): Rules['goals'] {
  return DEFAULT_GOAL_IDS.map((id) => ({ id, text: DEFAULT_WORDS[lang].goals[id], enabled: true }));
}
export const defaultPurpose = (network: NetworkId, lang: Lang): string => DEFAULT_WORDS[lang].purposes[network];

/** A fresh copy each call, so nobody mutates the defaults; its words in `lang`. */
export function defaultRules(lang: Lang = 'en'): Rules {
  return {
    version: RULES_VERSION,
    goals: defaultGoals(lang),
    networks: byNetwork((n) => networkDefaults(n, lang)),
    phrases: emptyPhraseEdits(),
    thresholds: { valueMinWords: 5, shareCommentMinWords: 4, crosspostSimilarity: 0.8, crosspostDays: 14 },
    custom: [],
    pause: [],
    repost: {
      mode: byNetwork((n) => NETWORK[n].defaults.repost),
      starters: {
        en: ['Worth reading because …', 'This matters to anyone who …', 'The key point for me: …'],
        de: ['Lesenswert, weil …', 'Wichtig für alle, die …', 'Der entscheidende Punkt für mich: …'],
        sv: ['Värt att läsa eftersom …', 'Viktigt för alla som …', 'Det viktigaste för mig: …'],
      },
      replyStarters: {
        en: ['I liked this because …', 'What stayed with me: …', 'This made me think of …'],
        de: ['Mir gefällt das, weil …', 'Hängen geblieben ist mir: …', 'Das erinnert mich an …'],
        sv: ['Jag gillade det här eftersom …', 'Det som fastnade för mig: …', 'Det här får mig att tänka på …'],
      },
    },
    ctaTemplates: {
      en: ['What do you think? Let me know in the comments.', 'Follow me for more like this.', 'Read the full story here:'],
      de: ['Was meint ihr? Schreibt es in die Kommentare.', 'Folgt mir für mehr davon.', 'Hier geht es zum ganzen Artikel:'],
      sv: ['Vad tycker du? Skriv gärna i kommentarerna.', 'Följ mig för mer sånt här.', 'Läs hela texten här:'],
    },
    postGate: 'off',
    nudges: { ...DEFAULT_NUDGES },
  };
}

/** `rules` with the default goals and every network's default purpose in `lang`; the rest as it was. */
export function withDefaultWords(rules: Rules, lang: Lang): Rules {
  const networks = Object.fromEntries(
    Object.entries(rules.networks).map(([id, net]) => [id, { ...net, purpose: defaultPurpose(id as NetworkId, lang) }]),
  ) as Rules['networks'];
  return { ...rules, goals: defaultGoals(lang), networks };
}
