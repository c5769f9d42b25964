// A page shaped like X's home timeline for the content-script benchmark: the inline composer,
// 2,000 posts, and a script that keeps the timeline mutating the way a live feed does.
const post = (
  i: number,
) => `<article role="article" data-testid="tweet" tabindex="0"><div data-testid="User-Name"><a href="/u${i}">user ${i}</a>
<time datetime="2026-11-20T10:00:00.000Z">Nov 20</time></div><div lang="en" data-testid="tweetText"><span>Post number ${i}: small teams ship faster when decisions are written down.</span></div>
<div role="group"><button data-testid="reply" type="button"><span>${i % 17}</span></button><button data-testid="retweet" aria-haspopup="menu" type="button"><span>${i % 31}</span></button>
<button data-testid="like" type="button"><span>${i % 97}</span></button></div></article>`;

/** `grow`: new posts arrive and none leave, so the page gets longer in every frame, as a feed being read down does. */
export function timelinePage(posts = 2000, grow = false): string {
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Home / X</title></head><body>
<main role="main"><div data-testid="primaryColumn">
<div data-testid="tweetTextarea_0RichTextInputContainer"><div class="DraftEditor-root"><div class="DraftEditor-editorContainer">
<div class="notranslate public-DraftEditor-content" contenteditable="true" data-testid="tweetTextarea_0" role="textbox"><div data-contents="true"><div data-block="true"><div class="public-DraftStyleDefault-block"><span><br data-text="true"></span></div></div></div></div>
</div></div></div><div data-testid="toolBar" role="group"><button data-testid="tweetButtonInline" type="button" disabled>Post</button></div>
<section role="region"><div id="timeline">${Array.from({ length: posts }, (_, i) => post(i)).join('')}</div></section></div></main>
<div id="layers"></div>
<script>
  // A live feed: new posts arrive at the top, old ones leave at the bottom, counters tick.
  const timeline = document.getElementById('timeline');
  let next = ${posts};
  const make = ${post.toString()};
  // One tick of the feed; the benchmark also drives ticks itself, back to back, to time them.
  window.__tick = () => {
    const box = document.createElement('div');
    box.innerHTML = make(next++) + make(next++) + make(next++);
    timeline.prepend(...box.children);
    if (!${grow}) for (let k = 0; k < 3; k++) timeline.lastElementChild.remove();
    for (let k = 0; k < 20; k++) {
      const like = timeline.children[(next * 7 + k * 13) % timeline.children.length].querySelector('[data-testid=like] span');
      like.textContent = String(Number(like.textContent) + 1);
    }
  };
  window.__mutate = setInterval(window.__tick, 16);
</script></body></html>`;
}
