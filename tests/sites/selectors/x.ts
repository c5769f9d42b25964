/** x adapter selectors on the real pages: see ./table.ts. */
import type { SelectorTable } from './table';

export const x: SelectorTable = {
  pages: ['x-home-2025-02', 'x-home-2024-12', 'x-home-2021-09'],
  counts: {
    '[data-testid^="tweetTextarea_"][contenteditable="true"]': [1, 1, 1],
    '[role="dialog"]': [0, 0, 0],
    ':is([data-testid="primaryColumn"], main, [role="main"])': [2, 2, 2],
    'article[data-testid="tweet"]': [6, 5, 0],
    '[data-testid="tweetText"]': [5, 7, 0],
    '[data-testid="User-Name"]': [6, 7, 0],
    ':is([data-testid="tweetButton"], [data-testid="tweetButtonInline"])': [1, 1, 1],
    '#layers': [1, 1, 1],
    '[data-testid$="RichTextInputContainer"]': [1, 1, 0],
    '[data-testid="retweet"]': [6, 5, 4],
    '[data-testid="reply"]': [6, 5, 4],
    '[role="menuitem"][data-testid="retweetConfirm"]': [0, 0, 0],
    'a[role="menuitem"]:is([href$="/compose/post"], [href$="/compose/tweet"])': [0, 0, 0],
  },
  // No saved page has the compose modal or the repost menu open.
  fragments: {
    '[role="dialog"]':
      'kaonasi-biwa/Twitter-UI-Customizer · src/content/modules/observer/functions/replacePostWithTweet.ts · 49ed0d18 (2025-11-10): ' +
      'the compose dialog as `[role="dialog"]`, its Post button `[role="dialog"] [data-testid="tweetButton"]`, a reply by ' +
      '`[role="dialog"] [data-testid="tweet"]`',
    '[role="menuitem"][data-testid="retweetConfirm"]':
      'kaonasi-biwa/Twitter-UI-Customizer · src/content/modules/observer/functions/replacePostWithTweet.ts · 49ed0d18 (2025-11-10): ' +
      '`[role="menuitem"][data-testid="retweetConfirm"]`; DzikStar/X-SCRAPER (X web bundle) · client-web/shared/bundle/ReaderMode/' +
      'bundle/Birdwatch/bundle/TwitterArticles/bundle/Compose/bundle/Settings/bund-b93f71f2.js · fbe2e646 (2025-06-25): test ids ' +
      'retweetConfirm/unretweetConfirm, no repost* id; insin/control-panel-for-twitter · script.js · 0962235a (2026-08-17): ' +
      '`#layers div[data-testid="Dropdown"]` item, Quote its next sibling',
    'a[role="menuitem"]:is([href$="/compose/post"], [href$="/compose/tweet"])':
      'DzikStar/X-SCRAPER (X web bundle) · …/bund-b93f71f2.js · fbe2e646 (2025-06-25): retweetWithCommentLink ' +
      '{ pathname: "/compose/post", state: { quotedStatus } }; kaonasi-biwa/Twitter-UI-Customizer · replacePostWithTweet.ts · ' +
      '49ed0d18 (2025-11-10): `[role="menuitem"][href="/compose/tweet"]` (since 47c9a6ef, 2023-06-23), `a[role="menuitem"]` link ' +
      'items. Compatibility `/compose/tweet`: X moved to /compose/post by 2024-02-28 (control-panel-for-twitter 3ccd191); ' +
      'may go after 2027-06-30',
  },
};
