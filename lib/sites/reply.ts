/**
 * The reply/comment button beside a post's repost button, for "Reply to say why you liked it". LinkedIn
 * and Facebook have no language-independent element for a whole post, so the post is the nearest
 * ancestor of the repost button that holds a reply button: it must hold exactly one, and no other
 * post's repost button, or it is not this post's alone and nothing is returned.
 */
export function replyBeside(trigger: HTMLElement, triggerSelector: string, replySelector: string): HTMLElement | null {
  for (let el = trigger.parentElement; el; el = el.parentElement) {
    // The innermost match only: a `:has()` selector also matches a wrapper with the same role.
    const all = [...el.querySelectorAll<HTMLElement>(replySelector)];
    const replies = all.filter((r) => !all.some((other) => other !== r && r.contains(other)));
    if (replies.length === 0) continue;
    const ownTrigger = [...el.querySelectorAll(triggerSelector)].every((t) => t === trigger || t.contains(trigger) || trigger.contains(t));
    return replies.length === 1 && ownTrigger ? replies[0]! : null;
  }
  return null;
}
