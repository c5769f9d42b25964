// LinkedIn- and Facebook-shaped feeds for the keystroke benchmark (issue 14, point 3): N posts, the
// first post's comment box open and the site's post dialog open beside the feed (both in sight, so
// either can be typed into), and a `__tick` that keeps the feed mutating as a live one does (the
// benchmark stops it for the per-keystroke rows). The markup is the fixtures' (tests/fixtures/pages):
// Quill boxes in LinkedIn's classic comment box and share modal, Lexical boxes in Facebook's comment
// form and "Create post" dialog. Plain contenteditables: the browser's own editing stands in for the
// editor frameworks.

export interface FeedPage {
  url: string;
  html: string;
  /** the editors typed into, by name */
  editors: Record<'comment' | 'dialog', string>;
}

const quill = (label: string) => `<div class="editor-container"><div class="editor-content ql-container">
<div class="ql-editor ql-blank" data-gramm="false" contenteditable="true" role="textbox" aria-multiline="true" aria-label="${label}" spellcheck="true"><p><br></p></div>
<div class="ql-clipboard" contenteditable="true" tabindex="-1"></div></div></div>`;

const lexical = (label: string) => `<div class="xzsf02u x1a2a7pz" contenteditable="true" role="textbox" spellcheck="true" tabindex="0"
data-lexical-editor="true" aria-label="${label}" style="user-select: text; white-space: pre-wrap; word-break: break-word;"><p class="xdj266r"><br></p></div>`;

// The dialog sits to the right of the feed, not over it: the comment box below the first post stays in sight.
const LAYOUT = `<style>body { margin: 0; font: 14px sans-serif; } #feed { width: 560px; }
[role=dialog] { position: fixed; top: 20px; left: 620px; width: 480px; background: #fff; border: 1px solid #ccc; }
[contenteditable=true] { min-height: 40px; border: 1px solid #999; }</style>`;

/** The live-feed script: `make(i)` renders post i; ticks prepend 3 posts, drop 3, bump 20 counters. */
const feedScript = (posts: number, make: string, counter: string) => `<script>
  const feed = document.getElementById('feed');
  const make = ${make};
  let next = ${posts};
  window.__tick = () => {
    const box = document.createElement('div');
    box.innerHTML = make(next++) + make(next++) + make(next++);
    // New posts go below the first (the one with the open comment box), which stays put.
    feed.firstElementChild.after(...box.children);
    for (let k = 0; k < 3; k++) feed.lastElementChild.remove();
    for (let k = 0; k < 20; k++) {
      const c = feed.children[(next * 7 + k * 13) % feed.children.length].querySelector(${JSON.stringify(counter)});
      if (c) c.textContent = String(Number(c.textContent) + 1);
    }
  };
  window.__mutate = setInterval(window.__tick, 16);
</script>`;

function linkedinPost(i: number): string {
  return `<div class="feed-shared-update-v2" data-urn="urn:li:activity:${7260000000000000000 + i}" role="article">
<div class="update-components-actor"><span class="update-components-actor__name">Member ${i}</span></div>
<div class="feed-shared-inline-show-more-text"><span class="break-words">Post ${i}: small teams ship faster when decisions are written down.</span></div>
<div class="social-details-social-counts"><span class="social-details-social-counts__reactions-count">${i % 97}</span></div>
<div class="feed-shared-social-action-bar"><button class="comment-button" type="button">Comment</button><button class="social-reshare-button" type="button">Repost</button></div>
<div class="feed-shared-update-v2__comments-container"></div></div>`;
}

export function linkedinFeed(posts: number): FeedPage {
  const first = linkedinPost(0).replace(
    '<div class="feed-shared-update-v2__comments-container"></div>',
    `<div class="feed-shared-update-v2__comments-container"><div class="comments-comment-box"><form class="comments-comment-box__form"><div class="comments-comment-texteditor">${quill('Add a comment…')}</div>
<button class="comments-comment-box__submit-button artdeco-button" type="submit">Comment</button></form></div></div>`,
  );
  const html = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Feed | LinkedIn</title>${LAYOUT}</head><body>
<main class="scaffold-layout__main"><div id="feed">${first}${Array.from({ length: posts - 1 }, (_, i) => linkedinPost(i + 1)).join('')}</div></main>
<div id="artdeco-modal-outlet"><div class="artdeco-modal-overlay"><div role="dialog" aria-labelledby="share-h" class="artdeco-modal share-box-v2__modal">
<div class="artdeco-modal__header"><h2 id="share-h">Create a post</h2></div><div class="artdeco-modal__content"><div class="share-creation-state"><div class="share-creation-state__text-editor">${quill('Text editor for creating content')}</div></div></div>
<div class="share-box-footer"><button class="share-actions__primary-action artdeco-button" type="button" disabled>Post</button></div></div></div></div>
${feedScript(posts, linkedinPost.toString(), '.social-details-social-counts__reactions-count')}</body></html>`;
  return {
    url: 'https://www.linkedin.com/feed/',
    html,
    editors: { comment: '.comments-comment-box .ql-editor', dialog: '[role=dialog] .ql-editor' },
  };
}

function facebookPost(i: number): string {
  return `<div class="x1yztbdb"><div role="article" aria-labelledby="a-${i}"><div><span id="a-${i}"><a href="/p${i}">Person ${i}</a></span></div>
<div data-ad-rendering-role="story_message"><div dir="auto">Post ${i}: small teams ship faster when decisions are written down.</div></div>
<div role="group"><div role="button" tabindex="0" aria-label="Like"><span class="x-count">${i % 97}</span></div><div role="button" tabindex="0" aria-label="Leave a comment">Comment</div></div>
<div class="comments"></div></div></div>`;
}

export function facebookFeed(posts: number): FeedPage {
  const first = facebookPost(0).replace(
    '<div class="comments"></div>',
    `<div class="comments"><form method="POST"><div class="xmjcpbm">${lexical('Write a comment…')}</div><div id="focused-state-composer-submit"><div role="button" tabindex="0" aria-label="Comment">➤</div></div></form></div>`,
  );
  const html = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Facebook</title>${LAYOUT}</head><body>
<div role="main"><div id="feed">${first}${Array.from({ length: posts - 1 }, (_, i) => facebookPost(i + 1)).join('')}</div></div>
<div id="portal"><div class="x1n2onr6" role="dialog" aria-modal="true" aria-labelledby="dlg-h"><form method="POST"><h2 id="dlg-h" dir="auto">Create post</h2>
${lexical('What’s on your mind, Sam?')}<div aria-label="Post" role="button" tabindex="0">Post</div></form></div></div>
${feedScript(posts, facebookPost.toString(), '.x-count')}</body></html>`;
  return {
    url: 'https://www.facebook.com/',
    html,
    editors: { comment: '[role=article] form [data-lexical-editor]', dialog: '[role=dialog] [data-lexical-editor]' },
  };
}
