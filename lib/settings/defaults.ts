/** Default rules, taken from the personal strategy Postcheck is built around. */
import { CHECK_IDS, LANGS, PHRASE_LISTS, RULES_VERSION } from './schema';
import type { BuiltinCheckId, Lang, NetworkRules, PhraseListId, Rules, Severity } from './schema';

const WEEKDAYS = [1, 2, 3, 4, 5];
const EVERY_DAY = [0, 1, 2, 3, 4, 5, 6];

function severities(overrides: Partial<Record<BuiltinCheckId, Severity>>): Record<BuiltinCheckId, Severity> {
  const base = Object.fromEntries(CHECK_IDS.map((id) => [id, 'warn'])) as Record<BuiltinCheckId, Severity>;
  // Over the limit the site will not post at all; an empty share comment is a bare repost.
  return { ...base, length: 'fail', 'share-comment': 'fail', ...overrides };
}

const networks: Record<'x' | 'linkedin' | 'facebook', NetworkRules> = {
  x: {
    enabled: true,
    purpose:
      'Public, to everyone: new and existing personal and professional relationships. Valuable posts that lean toward a call to action — a follow, a reply, a link visit.',
    severity: severities({ cta: 'warn' }),
    limits: { post: 280, comment: 280, fold: 0, foldLines: 0 },
    audienceHours: [{ days: EVERY_DAY, from: '08:00', to: '21:00' }],
    hashtagLimit: 5,
    ctaAtEnd: false,
  },
  linkedin: {
    enabled: true,
    purpose:
      'New and existing professional relationships: productivity, goals, happy customers, things that help my target market. Value first, and always a call to action at the end.',
    severity: severities({ cta: 'fail' }),
    limits: { post: 3000, comment: 1250, fold: 210, foldLines: 3 },
    audienceHours: [{ days: WEEKDAYS, from: '07:30', to: '17:30' }],
    hashtagLimit: 7,
    ctaAtEnd: true,
  },
  facebook: {
    enabled: true,
    purpose: 'Friends and family, people I have met in real life; mostly private audiences. Personal, not a sales channel.',
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

/** A fresh copy each call, so nobody mutates the defaults. */
export function defaultRules(): Rules {
  return {
    version: RULES_VERSION,
    goals: [
      { id: 'relationships', text: 'Build and strengthen personal relationships', enabled: true },
      { id: 'promote', text: 'Promote my work or cause in a way that is valuable to others', enabled: true },
      { id: 'brand', text: 'Build my personal brand', enabled: true },
    ],
    networks: structuredClone(networks),
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
