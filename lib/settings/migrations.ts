/**
 * Numbered, pure migrations that bring stored or imported rules of any older version up to
 * RULES_VERSION. Each step takes the previous version's shape and returns the next one's,
 * without mutating its input and without throwing: a malformed field is carried over as it
 * is, so validation afterwards reports it (import) or replaces just that part (storage read).
 *
 * A step never reads ./defaults.ts: the values a step fills in are the ones of the version it
 * produces, frozen here, so a later change to the defaults cannot change what an old
 * migration outputs (the next step is written against exactly that output).
 *
 * Rules of a newer version (synced from a browser with a newer Postcheck) are not migrated down:
 * they are read leniently, and a save stores only the fields it changed over them, keeping their
 * version number and every field this version does not know (parse.ts, mergeOverStored). So a
 * version step must leave the meaning of a field it keeps as it was: a field whose meaning
 * changes gets a new name, so that an older version editing the old one cannot corrupt it.
 */
import { RULES_VERSION } from './schema';

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Version 2's values for the fields version 1 did not have. */
const V2_NEW_FIELDS = {
  thresholds: { valueMinWords: 5, shareCommentMinWords: 4, crosspostSimilarity: 0.8, crosspostDays: 14 },
  pause: [],
  ctaTemplates: {
    en: ['What do you think? Let me know in the comments.', 'Follow me for more like this.', 'Read the full story here:'],
    de: ['Was meint ihr? Schreibt es in die Kommentare.', 'Folgt mir für mehr davon.', 'Hier geht es zum ganzen Artikel:'],
    sv: ['Vad tycker du? Skriv gärna i kommentarerna.', 'Följ mig för mer sånt här.', 'Läs hela texten här:'],
  },
  postGate: 'off',
} as const;

const V2_LANGS = ['en', 'de', 'sv'] as const;
const V2_PHRASE_LISTS = ['cta', 'value', 'promotion', 'token', 'fit-facebook', 'fit-linkedin', 'fit-x'] as const;
const V2_NETWORKS = ['x', 'linkedin', 'facebook'] as const;

/**
 * v1 → v2:
 * - phrases were English only, a list of added phrases per list (cta, value, promotion);
 *   now edits {add, remove} per language and list;
 * - `ctaRequired: boolean` per network becomes `severity.cta` (true: fail, false: warn);
 * - thresholds, pause, ctaTemplates and postGate did not exist;
 * - `repost.mode` was one value for all networks.
 */
function v1ToV2(v1: Json): Json {
  const emptyLists = () => Object.fromEntries(V2_PHRASE_LISTS.map((list) => [list, { add: [], remove: [] }]));
  const phrases: Json = Object.fromEntries(V2_LANGS.map((lang) => [lang, emptyLists()]));
  if (isObject(v1.phrases)) {
    const en = phrases.en as Json;
    for (const list of ['cta', 'value', 'promotion'] as const) {
      const added = v1.phrases[list];
      // A missing list meant "nothing added"; anything else is carried so validation can name it.
      if (added !== undefined) en[list] = { add: Array.isArray(added) ? [...(added as unknown[])] : added, remove: [] };
    }
  } else if (v1.phrases !== undefined) {
    phrases.en = v1.phrases;
  }

  let networks = v1.networks;
  if (isObject(networks)) {
    networks = Object.fromEntries(
      Object.entries(networks).map(([id, net]) => {
        if (!isObject(net)) return [id, net];
        const { ctaRequired, ...rest } = net;
        if (typeof ctaRequired !== 'boolean') return [id, rest];
        const severity = isObject(rest.severity) ? rest.severity : {};
        return [id, { ...rest, severity: { ...severity, cta: ctaRequired ? 'fail' : 'warn' } }];
      }),
    );
  }

  let repost = v1.repost;
  if (isObject(repost) && typeof repost.mode === 'string') {
    const mode = repost.mode;
    repost = { ...repost, mode: Object.fromEntries(V2_NETWORKS.map((n) => [n, mode])) };
  }

  return { ...v1, ...structuredClone(V2_NEW_FIELDS), version: 2, phrases, networks, repost };
}

/** The hashtag limits version 2 shipped with, and version 3's: what real posts show is normal. */
const V2_HASHTAG_DEFAULTS: Readonly<Record<string, number>> = { x: 2, linkedin: 5 };
const V3_HASHTAG_DEFAULTS: Readonly<Record<string, number>> = { x: 5, linkedin: 7 };

/**
 * v2 → v3: the default hashtag limits rise (X 2 → 5, LinkedIn 5 → 7; the fit check now counts
 * only the tags that stand on their own, and 3–5 on X or 6–7 on LinkedIn are ordinary). Rules
 * store every limit as a number, so a limit still at version 2's default is taken as never
 * chosen and moves to the new one; any other value is the person's and stays. The field keeps
 * its meaning (the most hashtags a post should carry), so an older Postcheck reading these rules
 * reads a limit it understands.
 */
function v2ToV3(v2: Json): Json {
  let networks = v2.networks;
  if (isObject(networks)) {
    networks = Object.fromEntries(
      Object.entries(networks).map(([id, net]) => {
        if (!isObject(net) || !(id in V2_HASHTAG_DEFAULTS) || net.hashtagLimit !== V2_HASHTAG_DEFAULTS[id]) return [id, net];
        return [id, { ...net, hashtagLimit: V3_HASHTAG_DEFAULTS[id] }];
      }),
    );
  }
  return { ...v2, version: 3, networks };
}

const V4_GOAL_LISTS = ['goal-relationships', 'goal-promote', 'goal-brand'] as const;

/**
 * v3 → v4: the goal check. Every network gets `severity.goal` at version 4's default, `off` (the check
 * asks which goal a draft serves without counting against the verdict), and every language the goal
 * signal lists, with no edits. A network or language that is not an object, or a value already there,
 * is carried over as it is for validation to name.
 */
function v3ToV4(v3: Json): Json {
  let networks = v3.networks;
  if (isObject(networks)) {
    networks = Object.fromEntries(
      Object.entries(networks).map(([id, net]) => {
        if (!isObject(net) || !isObject(net.severity) || 'goal' in net.severity) return [id, net];
        return [id, { ...net, severity: { ...net.severity, goal: 'off' } }];
      }),
    );
  }
  let phrases = v3.phrases;
  if (isObject(phrases)) {
    phrases = Object.fromEntries(
      Object.entries(phrases).map(([lang, lists]) => {
        if (!isObject(lists)) return [lang, lists];
        const missing = V4_GOAL_LISTS.filter((list) => !(list in lists)).map((list) => [list, { add: [], remove: [] }]);
        return [lang, { ...lists, ...Object.fromEntries(missing) }];
      }),
    );
  }
  return { ...v3, version: 4, networks, phrases };
}

/** Version 5 adds the nudges' back-off thresholds at the v5 defaults (written out: a later default must not change this step). */
function v4ToV5(v4: Json): Json {
  return {
    ...v4,
    version: 5,
    nudges: isObject(v4.nudges) ? v4.nudges : { quietAfter: 5, quietDays: 14, gateRestsAfter: 3, dismissAfter: 5 },
  };
}

/** Version 6's reply starters, as it shipped them. */
const V6_REPLY_STARTERS = {
  en: ['I liked this because …', 'What stayed with me: …', 'This made me think of …'],
  de: ['Mir gefällt das, weil …', 'Hängen geblieben ist mir: …', 'Das erinnert mich an …'],
  sv: ['Jag gillade det här eftersom …', 'Det som fastnade för mig: …', 'Det här får mig att tänka på …'],
} as const;

/**
 * v5 → v6: the share prompt's "Reply to say why you liked it" takes its starter from the rules, edited
 * like the quote starters: `repost.replyStarters` per language at version 6's defaults. A repost that is
 * not an object, or reply starters already there, are carried over as they are for validation to name.
 */
function v5ToV6(v5: Json): Json {
  const repost = v5.repost;
  if (!isObject(repost) || 'replyStarters' in repost) return { ...v5, version: 6 };
  return { ...v5, version: 6, repost: { ...repost, replyStarters: structuredClone(V6_REPLY_STARTERS) } };
}

/** MIGRATIONS[n] takes version n to version n + 1. */
export const MIGRATIONS: Readonly<Record<number, (rules: Json) => Json>> = {
  1: v1ToV2,
  2: v2ToV3,
  3: v3ToV4,
  4: v4ToV5,
  5: v5ToV6,
};

export type MigrationResult =
  { ok: true; rules: Json; from: number } | { ok: false; path: string; message: string; reason: 'not-object' | 'bad-version' | 'newer' };

/** The version a stored object claims; an object with no version is the first shape Postcheck stored. */
export function storedVersion(rules: Json): unknown {
  return rules.version === undefined ? 1 : rules.version;
}

export function migrateRules(input: unknown): MigrationResult {
  if (!isObject(input)) {
    const got = input === null ? 'null' : Array.isArray(input) ? 'a list' : typeof input;
    return { ok: false, reason: 'not-object', path: '', message: `Rules must be a JSON object (got ${got})` };
  }
  const from = storedVersion(input);
  if (typeof from !== 'number' || !Number.isInteger(from) || from < 1) {
    return {
      ok: false,
      reason: 'bad-version',
      path: 'version',
      message: `must be a whole number from 1 to ${RULES_VERSION} (got ${JSON.stringify(from)})`,
    };
  }
  if (from > RULES_VERSION) {
    return {
      ok: false,
      reason: 'newer',
      path: 'version',
      message: `is ${from}, but this version of Postcheck reads rules up to version ${RULES_VERSION}; update Postcheck to use them`,
    };
  }
  let rules = input;
  for (let v = from; v < RULES_VERSION; v++) {
    const step = MIGRATIONS[v];
    if (!step) throw new Error(`No migration from rules version ${v}`); // a programming error, caught by the tests
    rules = step(rules);
  }
  return { ok: true, rules, from };
}
