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
    '[role="menuitem"]:is([data-testid="retweetConfirm"], [data-testid="repostConfirm"])': [0, 0, 0],
    'a[role="menuitem"]:is([href$="/compose/post"], [href$="/compose/tweet"])': [0, 0, 0],
  },
  fragments: {
    '[role="dialog"]': '',
    '[role="menuitem"]:is([data-testid="retweetConfirm"], [data-testid="repostConfirm"])': '',
    'a[role="menuitem"]:is([href$="/compose/post"], [href$="/compose/tweet"])': '',
  },
};
