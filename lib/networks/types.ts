/**
 * A network's descriptor: everything Postcheck knows about a network apart from its site's markup (that is its
 * adapter, lib/sites/<id>.ts) and its words (phrase lists, messages). Plain data, no zod, no DOM: the engine,
 * the settings, the background, the pages and the tests all read it, so a network is declared once.
 */
import type { BuiltinCheckId, FitListId, Lang, NetworkId, Severity } from '../ids';
import type { RepostMode } from '../settings/schema';

/**
 * How the site counts a draft's length. `twitter-weighted`: twitter-text's weights (a link counts 23, most
 * emoji and CJK count 2). `utf16`: UTF-16 code units, as LinkedIn's and Facebook's composers count (an emoji
 * outside the Basic Multilingual Plane counts 2), so the count never says "fits" when the site would refuse.
 */
export type LengthCounting = 'twitter-weighted' | 'utf16';

/**
 * How the fit check judges a draft beyond the network's trigger list. `none`: each hit of the list is a misfit;
 * `private-life`: the list's hits are weighed (private life with no work angle); `sales-pitch`: job offers and
 * sales pitches, on top of the list's hits.
 */
export type FitJudge = 'none' | 'private-life' | 'sales-pitch';

export interface NetworkDescriptor<Id extends NetworkId = NetworkId> {
  id: Id;
  /** its name as the checks and pages write it: a brand, the same in every language */
  name: string;
  /**
   * Match patterns (`https://host/*`) of the pages Postcheck works on: its content script's matches in the
   * manifest, the context menu's pages, and the network of a sender's or a tab's URL (networkOfUrl).
   */
  matches: readonly string[];
  /** the host the side panel names when there is no draft yet */
  host: string;
  /** how the site counts a draft's length (the length check, the meter and the cut-to-fit fix) */
  counting: LengthCounting;
  fit: {
    /** the phrase list of words that do not fit there, in every language's phrase file */
    list: FitListId;
    judge: FitJudge;
    /** a post that is mostly hashtags is soup there even within the hashtag limit */
    denseHashtags: boolean;
  };
  /** what new rules start with for this network */
  defaults: {
    /** what the network is for, in each language Postcheck speaks */
    purpose: Record<Lang, string>;
    /** severities other than the usual ones (warn; fail for length and share-comment) */
    severity: Partial<Record<BuiltinCheckId, Severity>>;
    /** post and comment limits; where the feed folds a long post (characters, lines; 0: no fold) */
    limits: { post: number; comment: number; fold: number; foldLines: number };
    /** when its audience reads (0 = Sunday … 6 = Saturday) */
    audienceHours: readonly { days: readonly number[]; from: string; to: string }[];
    hashtagLimit: number;
    /** the call to action belongs in the closing part of the post */
    ctaAtEnd: boolean;
    repost: RepostMode;
  };
  /** the sample page (tests/fixtures/pages) the browser tests and the demo serve at a real URL of the network */
  fixture: { url: string; page: string };
}
