/**
 * Repost → share with a comment. When the person reaches for the site's plain repost,
 * the site's own menu opens as always and the share prompt appears beside it. "Quote with
 * a comment" takes the site's own quote path and starts the comment; "Reply to say why you liked it"
 * (where the adapter knows the post's reply button) closes the menu, takes the site's own reply or
 * comment path and starts the reply; "Just repost" completes the site's plain repost, exactly once.
 * Nothing is intercepted: where the menu is not what the adapter expects, the site goes on untouched
 * and we log once.
 */
import type { SiteAdapter, RepostControls, RepostMenu } from '../sites/types';
import type { ContentConfig, HabitKind } from '../messaging/protocol';
import { guard, logOnce } from '../log';
import { showSharePrompt } from './share-prompt';
import { showQuietHint } from './prompt-mode';
import type { SharePrompt } from './share-prompt';
import { waitFor } from './wait';
import { timeLimit } from '../time-limit';
import { onKeysOutsideFields } from './keys-outside-fields';

/** How long the site may take to open its menu after the click. */
const MENU_TIMEOUT_MS = 1500;

export interface RepostDeps {
  config(): ContentConfig | null;
  /** the rules once they have arrived (lib/content/page-life.ts) */
  arrived(): Promise<ContentConfig>;
  /** the next quote composer that opens should get the starter */
  expectQuote(starter: string): void;
  /** the next reply or comment composer that opens (or takes focus) should get the starter */
  expectReply(starter: string): void;
  count(kind: HabitKind): void;
}

type Item = Exclude<keyof RepostMenu, 'element'>;

async function clickItem(controls: RepostControls, trigger: HTMLElement, which: Item): Promise<boolean> {
  let menu = controls.menu(document);
  if (!menu && trigger.isConnected) {
    // The menu closed meanwhile (a click outside it): open it again the site's own way.
    trigger.click();
    menu = await waitFor(() => controls.menu(document), MENU_TIMEOUT_MS);
  }
  if (!menu) {
    logOnce('repost', new Error(`repost menu not found for its ${which} item (trigger ${controls.trigger})`));
    return false;
  }
  menu[which].click();
  return true;
}

export function watchReposts(adapter: SiteAdapter, deps: RepostDeps, signal: AbortSignal): void {
  const controls = adapter.repost;
  if (!controls) return;
  let prompt: SharePrompt | null = null;

  const quotePath = async (trigger: HTMLElement, starter: string) => {
    deps.expectQuote(starter);
    await clickItem(controls, trigger, 'quote');
  };

  const replyPath = (trigger: HTMLElement, menu: HTMLElement, starter: string) => {
    // Found again: the site may have re-rendered the post while the prompt was up.
    const button = controls.reply?.(trigger);
    if (!button) {
      logOnce('repost', new Error("the post's reply button is gone"));
      return;
    }
    // The site's menu is closed its own way first (menus close on Escape), so it is not left over the composer.
    if (menu.isConnected)
      menu.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', code: 'Escape', bubbles: true, composed: true }));
    deps.expectReply(starter);
    button.click();
  };

  const open = async (trigger: HTMLElement, byKeyboard: boolean) => {
    // Clicked before the rules came (the page just loaded, the background waking up): they are on their
    // way, and the site's menu stays open meanwhile.
    const config = deps.config() ?? (await timeLimit(deps.arrived(), MENU_TIMEOUT_MS, () => null));
    if (!config || !config.enabled || config.repostMode === 'off') return;
    prompt?.close();
    // Let the site open its menu first; we only add to it.
    const menu = await waitFor(() => controls.menu(document), MENU_TIMEOUT_MS);
    // Stood down while the menu opened (the network switched off): the site goes on alone.
    if (signal.aborted) return;
    if (!menu) {
      // Not there, or not recognised for sure (another UI language): the site's menu stays as it is.
      logOnce('repost', new Error(`no recognised repost menu after ${controls.trigger}`));
      return;
    }
    if (config.repostMode === 'always-quote') {
      await quotePath(trigger, config.starter);
      return;
    }
    // The habit has formed: a quiet line beside the menu instead of the prompt (./prompt-mode.ts).
    prompt = showQuietHint(menu.element, config);
    if (prompt) return;
    prompt = showSharePrompt(
      menu.element,
      {
        quote: guard('prompt-quote', () => quotePath(trigger, config.starter)),
        // Offered only where the adapter finds this post's own reply button.
        reply: controls.reply?.(trigger) ? guard('prompt-reply', () => replyPath(trigger, menu.element, config.replyStarter)) : undefined,
        repost: guard('prompt-repost', async () => {
          if (await clickItem(controls, trigger, 'plain')) deps.count('plain');
        }),
        dismiss: () => {
          prompt = null;
        },
      },
      byKeyboard,
    );
  };

  const triggerOf = (event: Event): HTMLElement | null => {
    const target = event.composedPath()[0];
    return target instanceof Element ? target.closest<HTMLElement>(controls.trigger) : null;
  };

  // Capture phase on the document: we see the click before the site's own handlers, and let it go on.
  document.addEventListener(
    'click',
    guard('repost-click', (event: MouseEvent) => {
      if (!event.isTrusted) return; // our own re-open click, or another script's
      const trigger = triggerOf(event);
      if (trigger) {
        void open(trigger, event.detail === 0).catch((e) => logOnce('repost', e));
        return;
      }
      // The person picked the site's own plain repost directly: count the habit.
      const target = event.composedPath()[0];
      if (target instanceof Node && controls.menu(document)?.plain.contains(target)) deps.count('plain');
    }),
    { capture: true, signal },
  );
  // Keyboard users get the same prompt. A <button> turns Enter/Space into a click (handled above);
  // a div with role="button" (Facebook) does not, so its keys are watched here: only while the focus
  // is outside text fields (a repost button has it), so typing calls none of this.
  onKeysOutsideFields(
    guard('repost-key', (event: KeyboardEvent) => {
      if (!event.isTrusted || (event.key !== 'Enter' && event.key !== ' ')) return;
      const trigger = triggerOf(event);
      if (trigger && trigger.tagName !== 'BUTTON') void open(trigger, true).catch((e) => logOnce('repost', e));
    }),
    signal,
  );
  signal.addEventListener('abort', () => prompt?.close(), { once: true });
}
