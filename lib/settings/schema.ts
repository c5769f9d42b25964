/**
 * The person's rules: one zod schema for the current version.
 * Older versions are brought here by ./migrations.ts; defaults live in ./defaults.ts.
 */
import { z } from 'zod';
import { MAX_PROGRAMS, programSize, regexProblem } from '../review/pattern';
import { CHECK_IDS, LANGS, NETWORKS, PHRASE_LISTS, SEVERITIES } from '../ids';
import type { PhraseListId } from '../ids';

// No generated code: zod would otherwise compile parsers with new Function() where the page allows it.
z.config({ jitless: true });

export const RULES_VERSION = 6;

export { NETWORKS, LANGS, CHECK_IDS, PHRASE_LISTS } from '../ids';
export type { NetworkId, Lang, Severity, BuiltinCheckId, PhraseListId } from '../ids';

export const NetworkIdSchema = z.enum(NETWORKS);
export const LangSchema = z.enum(LANGS);
export const SeveritySchema = z.enum(SEVERITIES);

/** One field per id, each of one schema: a network or a language added in lib/ids.ts becomes a field here unasked. */
const each = <K extends string, S extends z.ZodType>(ids: readonly K[], schema: S) =>
  z.object(Object.fromEntries(ids.map((id) => [id, schema])) as Record<K, S>);

const text = (max: number) => z.string().trim().min(1, 'must not be empty').max(max, `must be at most ${max} characters`);
const HHMM = /^([01]\d|2[0-3]):[0-5]\d$|^24:00$/;
const hhmm = z.string().regex(HHMM, 'must be a time as HH:MM (00:00 to 24:00)');
const YYYY_MM_DD = /^\d{4}-\d{2}-\d{2}$/;
const isRealDate = (d: string) => {
  const time = Date.parse(`${d}T00:00:00Z`);
  return !Number.isNaN(time) && new Date(time).toISOString().slice(0, 10) === d;
};
const isoDate = z
  .string()
  .regex(YYYY_MM_DD, 'must be a date as YYYY-MM-DD')
  // Round-trip rather than Date.parse alone, which takes 2025-02-30 as 2 March; skipped when
  // the format is already wrong (zod runs it anyway, and that has its own error).
  .refine((d) => !YYYY_MM_DD.test(d) || isRealDate(d), 'is not a real date');
const slug = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{0,39}$/, 'must be 1–40 lowercase letters, digits or dashes, starting with a letter or digit');

/** A phrase: matched case-insensitively on word boundaries; a trailing `*` matches any word ending. */
export const PhraseSchema = text(80).refine((p) => !/[\n\r]/.test(p), 'must be on one line');

const minutesOf = (t: string) => Number(t.slice(0, 2)) * 60 + Number(t.slice(3, 5));

export const AudienceWindowSchema = z
  .object({
    /** 0 = Sunday … 6 = Saturday */
    days: z.array(z.number().int().min(0).max(6)).min(1, 'needs at least one day').max(7),
    from: hhmm,
    to: hhmm,
  })
  // zod runs this even when a time is malformed; that time already has its own error.
  .refine((w) => !HHMM.test(w.from) || !HHMM.test(w.to) || minutesOf(w.from) < minutesOf(w.to), {
    message: 'must end after it starts',
    path: ['to'],
  });
export type AudienceWindow = z.infer<typeof AudienceWindowSchema>;

export const NetworkRulesSchema = z.object({
  enabled: z.boolean(),
  /** what this network is for, in the person's words */
  purpose: text(500),
  severity: each(CHECK_IDS, SeveritySchema),
  limits: z.object({
    /** characters for a post (weighted on X) */
    post: z.number().int().min(1).max(100_000),
    /** characters for a comment or reply */
    comment: z.number().int().min(1).max(100_000),
    /** where the feed folds a long post behind "…see more" (0: no fold) */
    fold: z.number().int().min(0).max(5_000),
    /** lines shown before the fold (0: no line rule) */
    foldLines: z.number().int().min(0).max(50),
  }),
  audienceHours: z.array(AudienceWindowSchema).max(14),
  hashtagLimit: z.number().int().min(0).max(30),
  /** the call to action must sit in the closing part of the post */
  ctaAtEnd: z.boolean(),
});
export type NetworkRules = z.infer<typeof NetworkRulesSchema>;

/**
 * How many phrases a person may add to and remove from one list. A goal's signals take a few words of
 * the person's own: a shorter list, as every list is scanned in the review of each draft (the largest
 * rules must keep a long draft's review within its budget).
 */
export const phraseLimits = (list: PhraseListId): { add: number; remove: number } =>
  list.startsWith('goal-') ? { add: 50, remove: 100 } : { add: 200, remove: 500 };

const phraseEdits = ({ add, remove }: { add: number; remove: number }) =>
  z.object({ add: z.array(PhraseSchema).max(add), remove: z.array(PhraseSchema).max(remove) });

/** The person's edits to the built-in phrase lists: kept as edits so sync stays small and new defaults arrive. */
export const PhraseEditsSchema = phraseEdits(phraseLimits('cta'));
export type PhraseEdits = z.infer<typeof PhraseEditsSchema>;

export const LanguagePhrasesSchema = z.object(
  Object.fromEntries(PHRASE_LISTS.map((id) => [id, phraseEdits(phraseLimits(id))])) as Record<PhraseListId, typeof PhraseEditsSchema>,
);

export const CustomRuleSchema = z
  .object({
    id: slug,
    enabled: z.boolean(),
    /** avoid: warn when the draft contains it; require: warn when it does not */
    mode: z.enum(['avoid', 'require']),
    pattern: text(200),
    /** pattern is a regular expression in RE2 syntax (Unicode, case-insensitive) rather than a phrase */
    regex: z.boolean(),
    /** networks it applies to; empty: all */
    networks: z.array(NetworkIdSchema).max(NETWORKS.length),
    message: text(200),
    severity: z.enum(['warn', 'fail']),
  })
  .superRefine((r, ctx) => {
    // A switched-off rule may keep a pattern RE2 cannot read (one written before patterns ran on RE2,
    // see repairRules): it never runs, and switching it on is refused with the reason.
    if (!r.regex || !r.enabled) return;
    // RE2, the linear-time engine the review runs it on: look-around, back-references and the like are refused, by name.
    const problem = regexProblem(r.pattern);
    if (problem) ctx.addIssue({ code: 'custom', path: ['pattern'], message: `is not a valid regular expression (${problem})` });
  });
export type CustomRule = z.infer<typeof CustomRuleSchema>;

/** A time or topic during which promotional posts get a warning. */
export const PauseEntrySchema = z
  .object({
    id: slug,
    label: text(100),
    from: isoDate.nullable(),
    to: isoDate.nullable(),
    /** when set, only drafts that mention one of these are flagged */
    topics: z.array(PhraseSchema).max(50),
  })
  // Compared as text, which orders YYYY-MM-DD correctly; a malformed date has its own error.
  .refine((p) => !p.from || !p.to || !YYYY_MM_DD.test(p.from) || !YYYY_MM_DD.test(p.to) || p.from <= p.to, {
    message: 'must not be before the start date',
    path: ['to'],
  })
  .refine((p) => p.from || p.to || p.topics.length > 0, { message: 'needs a date range or at least one topic', path: ['topics'] });
export type PauseEntry = z.infer<typeof PauseEntrySchema>;

export const RepostModeSchema = z.enum(['off', 'nudge', 'always-quote']);
export type RepostMode = z.infer<typeof RepostModeSchema>;

export const GoalSchema = z.object({ id: slug, text: text(200), enabled: z.boolean() });

const uniqueIds = <T extends { id: string }>(items: T[], ctx: z.RefinementCtx, path: string) => {
  const seen = new Set<string>();
  items.forEach((item, i) => {
    if (seen.has(item.id)) ctx.addIssue({ code: 'custom', path: [path, i, 'id'], message: `"${item.id}" is used twice` });
    seen.add(item.id);
  });
};

export const RulesSchema = z
  .object({
    version: z.literal(RULES_VERSION),
    goals: z.array(GoalSchema).max(20),
    networks: each(NETWORKS, NetworkRulesSchema),
    phrases: each(LANGS, LanguagePhrasesSchema),
    thresholds: z.object({
      /** fewer words than this beyond links, hashtags and mentions: "almost nothing to read" */
      valueMinWords: z.number().int().min(0).max(100),
      /** a share comment shorter than this many words is a token one */
      shareCommentMinWords: z.number().int().min(0).max(50),
      /** MinHash similarity from which two drafts count as the same text (0.5–1) */
      crosspostSimilarity: z.number().min(0.5).max(1),
      /** how long a draft is remembered for cross-post detection */
      crosspostDays: z.number().int().min(1).max(90),
    }),
    custom: z.array(CustomRuleSchema).max(50),
    pause: z.array(PauseEntrySchema).max(50),
    repost: z.object({
      mode: each(NETWORKS, RepostModeSchema),
      /** comment starters per language; "…" marks where the caret goes */
      starters: each(LANGS, z.array(text(140)).min(1, 'needs at least one starter').max(20)),
      /** reply starters per language, for the prompt's "Reply to say why you liked it"; "…" as above */
      replyStarters: each(LANGS, z.array(text(140)).min(1, 'needs at least one starter').max(20)),
    }),
    /** templates offered by "add a call to action", per language */
    ctaTemplates: each(LANGS, z.array(text(140)).max(20)),
    postGate: z.enum(['off', 'nudge']),
    /** nudges that back off, counted per network in this browser (lib/habits/nudges.ts) */
    nudges: z.object({
      /** shares with a comment in a row after which the repost prompt is a quiet hint (N) */
      quietAfter: z.number().int().min(1).max(50),
      /** days the prompt stays quiet, unless a plain repost brings it back sooner */
      quietDays: z.number().int().min(1).max(90),
      /** posts in a row that went out ready after which the post gate rests (K) */
      gateRestsAfter: z.number().int().min(1).max(50),
      /** dismissals of one check on one network within 14 days after which the panel offers, once, to ease it (M) */
      dismissAfter: z.number().int().min(1).max(50),
    }),
  })
  .superRefine((r, ctx) => {
    uniqueIds(r.goals, ctx, 'goals');
    uniqueIds(r.custom, ctx, 'custom');
    uniqueIds(r.pause, ctx, 'pause');
    const over = patternsOverBudget(r.custom);
    if (over) ctx.addIssue({ code: 'custom', path: ['custom', over.index, 'pattern'], message: over.message });
  });

/**
 * The first switched-on regular expression that takes all of them past MAX_PROGRAMS steps: the review
 * runs every one on every keystroke, so together they must stay quick, as each must alone.
 */
export function patternsOverBudget(
  custom: readonly { regex: boolean; enabled: boolean; pattern: string }[],
): { index: number; message: string } | null {
  let total = 0;
  for (const [index, rule] of custom.entries()) {
    if (!rule.regex || !rule.enabled) continue;
    total += programSize(rule.pattern);
    if (total > MAX_PROGRAMS) {
      return {
        index,
        message: `is one regular expression too many to match quickly: with the ones before it, ${total} steps, at most ${MAX_PROGRAMS} for all (switch one off, or write it as a phrase)`,
      };
    }
  }
  return null;
}

export type Rules = z.infer<typeof RulesSchema>;
