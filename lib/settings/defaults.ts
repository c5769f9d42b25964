/** Default rules, taken from the personal strategy Postcheck is built around. */
import { CHECK_IDS, LANGS, PHRASE_LISTS } from '../ids';
import { RULES_VERSION } from './schema';
import type { BuiltinCheckId, Lang, PhraseListId, Severity } from '../ids';
import type { NetworkRules, Rules } from './schema';
import { DEFAULT_WORDS } from './default-words';
import type { DefaultGoalId } from './default-words';

const WEEKDAYS = [1, 2, 3, 4, 5];
const EVERY_DAY = [0, 1, 2, 3, 4, 5, 6];

function severities(overrides: Partial<Record<BuiltinCheckId, Severity>>): Record<BuiltinCheckId, Severity> {
  const base = Object.fromEntries(CHECK_IDS.map((id) => [id, 'warn'])) as Record<BuiltinCheckId, Severity>;
  // Over the limit the site will not post at all; an empty share comment is a bare repost.
  return { ...base, length: 'fail', 'share-comment': 'fail', ...overrides };
}

/** A network's defaults; its purpose is in words (./default-words.ts), put in by defaultRules. */
const networks: Record<'x' | 'linkedin' | 'facebook', NetworkRules> = {
  x: {
    enabled: true,
    purpose: '',
    severity: severities({ cta: 'warn' }),
    limits: { post: 280, comment: 280, fold: 0, foldLines: 0 },
    audienceHours: [{ days: EVERY_DAY, from: '08:00', to: '21:00' }],
    hashtagLimit: 5,
    ctaAtEnd: false,
  },
  linkedin: {
    enabled: true,
    purpose: '',
    severity: severities({ cta: 'fail' }),
    limits: { post: 3000, comment: 1250, fold: 210, foldLines: 3 },
    audienceHours: [{ days: WEEKDAYS, from: '07:30', to: '17:30' }],
    hashtagLimit: 7,
    ctaAtEnd: true,
  },
  facebook: {
    enabled: true,
    purpose: '',
    severity: severities({ cta: 'off' }),
    limits: { post: 63206, comment: 8000, fold: 0, foldLines: 0 },
    audienceHours: [{ days: EVERY_DAY, from: '09:00', to: '22:00' }],
    hashtagLimit: 3,
    ctaAtEnd: false,
  },
};

function emptyPhraseEdits(): Rules['phrases'] {
  const perLang = () =>
    Object.fromEntries(PHRASE_LISTS.map((id) => [id, { add: [] as string[], remove: [] as string[] }])) as Record<PhraseListId, { add: string[]; remove: string[] }>;
  return Object.fromEntries(LANGS.map((l) => [l, perLang()])) as Record<Lang, ReturnType<typeof perLang>>;
}

const GOAL_IDS: DefaultGoalId[] = ['relationships', 'promote', 'brand'];

/** The default goals, and each network's default purpose, in `lang`. */
export function defaultGoals(lang: Lang): Rules['goals'] {
  return GOAL_IDS.map((id) => ({ id, text: DEFAULT_WORDS[lang].goals[id], enabled: true }));
}
export const defaultPurpose = (network: keyof typeof networks, lang: Lang): string => DEFAULT_WORDS[lang].purposes[network];

/** A fresh copy each call, so nobody mutates the defaults; its words in `lang`. */
export function defaultRules(lang: Lang = 'en'): Rules {
  const nets = structuredClone(networks);
  return {
    version: RULES_VERSION,
    goals: defaultGoals(lang),
    // (The purpose keeps its place, second, where the schema and every earlier export have it.)
    networks: {
      x: { ...nets.x, purpose: defaultPurpose('x', lang) },
      linkedin: { ...nets.linkedin, purpose: defaultPurpose('linkedin', lang) },
      facebook: { ...nets.facebook, purpose: defaultPurpose('facebook', lang) },
    },
    phrases: emptyPhraseEdits(),
    thresholds: { valueMinWords: 5, shareCommentMinWords: 4, crosspostSimilarity: 0.8, crosspostDays: 14 },
    custom: [],
    pause: [],
    repost: {
      mode: { x: 'nudge', linkedin: 'nudge', facebook: 'nudge' },
      starters: {
        en: ['Worth reading because …', 'This matters to anyone who …', 'The key point for me: …'],
        de: ['Lesenswert, weil …', 'Wichtig für alle, die …', 'Der entscheidende Punkt für mich: …'],
        sv: ['Värt att läsa eftersom …', 'Viktigt för alla som …', 'Det viktigaste för mig: …'],
      },
    },
    ctaTemplates: {
      en: ['What do you think? Let me know in the comments.', 'Follow me for more like this.', 'Read the full story here:'],
      de: ['Was meint ihr? Schreibt es in die Kommentare.', 'Folgt mir für mehr davon.', 'Hier geht es zum ganzen Artikel:'],
      sv: ['Vad tycker du? Skriv gärna i kommentarerna.', 'Följ mig för mer sånt här.', 'Läs hela texten här:'],
    },
    postGate: 'off',
  };
}

/** `rules` with the default goals and every network's default purpose in `lang`; the rest as it was. */
export function withDefaultWords(rules: Rules, lang: Lang): Rules {
  const networks = Object.fromEntries(
    Object.entries(rules.networks).map(([id, net]) => [id, { ...net, purpose: defaultPurpose(id as keyof typeof DEFAULT_WORDS.en.purposes, lang) }]),
  ) as Rules['networks'];
  return { ...rules, goals: defaultGoals(lang), networks };
}
