/**
 * The words every layer shares: networks, languages, severities, check ids, phrase lists, composer kinds and
 * insert modes, as plain constants. No zod, no DOM, no browser API: the engine (lib/review), the site adapters
 * (lib/sites) and the content script import these instead of lib/settings/schema.ts, which loads zod and
 * configures it globally. The schema builds its enums from them.
 */

/** The networks Postcheck reviews drafts for; each has its descriptor in lib/networks/<id>.ts. */
export const NETWORKS = ['x', 'linkedin', 'facebook'] as const;
export type NetworkId = (typeof NETWORKS)[number];

/** The languages the UI, the checks and the phrase lists speak. */
export const LANGS = ['en', 'de', 'sv'] as const;
export type Lang = (typeof LANGS)[number];

/** off: never counts against the verdict; warn: at most a warning; fail: a problem blocks "ready". */
export const SEVERITIES = ['off', 'warn', 'fail'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** The built-in checks whose severity the person sets per network, in the order the review lists them. */
export const CHECK_IDS = ['value', 'cta', 'fit', 'length', 'crosspost', 'share-comment', 'privacy', 'timing', 'goal'] as const;
export type BuiltinCheckId = (typeof CHECK_IDS)[number];

/** Every id a check result can carry: a built-in check, the pause list, or one of the person's rules. */
export type CheckId = BuiltinCheckId | 'pause' | `custom:${string}`;

/** The goals of the default rules, by id: each has its signal phrases (`goal-<id>`) and its own value hint. */
export const DEFAULT_GOAL_IDS = ['relationships', 'promote', 'brand'] as const;
export type DefaultGoalId = (typeof DEFAULT_GOAL_IDS)[number];

/**
 * The editable phrase lists, per language; each network has its fit list (`fit-<network>`), each default goal
 * its signals (`goal-<id>`). The order is the one earlier versions stored the lists in, new lists at the end.
 */
export const PHRASE_LISTS = [
  'cta',
  'value',
  'promotion',
  'token',
  'fit-facebook',
  'fit-linkedin',
  'fit-x',
  'goal-relationships',
  'goal-promote',
  'goal-brand',
] as const;
export type PhraseListId = (typeof PHRASE_LISTS)[number];
/** A network's fit triggers: the compiler refuses a network without its list in PHRASE_LISTS. */
export type FitListId = `fit-${NetworkId}` & PhraseListId;
const everyNetworkHasAFitList: `fit-${NetworkId}` extends PhraseListId ? true : never = true;
void everyNetworkHasAFitList;
/** A default goal's signal phrases: the compiler refuses a default goal without its list in PHRASE_LISTS. */
export type GoalListId = `goal-${DefaultGoalId}` & PhraseListId;
const everyDefaultGoalHasAList: `goal-${DefaultGoalId}` extends PhraseListId ? true : never = true;
void everyDefaultGoalHasAList;

/** What the person is writing: a new post, a reply, a quote (a share with a comment), a comment. */
export const COMPOSER_KINDS = ['post', 'reply', 'quote', 'comment'] as const;
export type ComposerKind = (typeof COMPOSER_KINDS)[number];

/** How a fix's text goes into the composer: after the draft, instead of it, or before it. */
export const INSERT_MODES = ['append', 'replace', 'prepend'] as const;
export type InsertMode = (typeof INSERT_MODES)[number];

/** Whether `value` is one of `ids` (a type guard for payloads read from elsewhere). */
export const isOneOf = <T extends string>(ids: readonly T[], value: unknown): value is T => (ids as readonly unknown[]).includes(value);
