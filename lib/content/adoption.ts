/**
 * Boxes no adapter recognises that the person chooses to have reviewed: the one "Review with Postcheck"
 * (the context menu) was opened on, and the one they typed into, which is offered (the toolbar icon says
 * so, the panel asks "Review this box") until it goes or is adopted. An adopted box is tracked as a
 * composer, of the adapter's kind if it knows the box, else a post. Time (how long a right-click is
 * remembered) is the injected clock.
 */
import { browser } from 'wxt/browser';
import { guard, logOnce } from '../log';
import type { SiteAdapter } from '../sites/types';
import { classifyBox, editableBox, watchUnrecognised } from './boxes';
import { realClock } from './clock';
import type { Clock } from './clock';
import type { Composers } from './composers';
import { engagedBy } from './engagement';
import { watchRemoval } from './observe';
import { newId } from './page-id';
import type { PagePort } from './port';

/** How long after the right-click on a box "Review with Postcheck" still adopts it. */
export const MENU_WINDOW_MS = 5 * 60_000;

/**
 * Firefox's context-menu target lookup (menus.getTargetElement, in content scripts under the `menus`
 * permission): it names the right-clicked element even where the page stopped the contextmenu event.
 */
type TargetLookup = (id: number) => Element | null;
const targetElement = (): TargetLookup | undefined =>
  (browser as unknown as { menus?: { getTargetElement?: TargetLookup } }).menus?.getTargetElement;

export interface Adoption {
  /** the box "Review with Postcheck" was opened on (Firefox's handle for it, else the last right-click) adopted */
  adoptMenuTarget(targetElementId: number | undefined): boolean;
  /** the offered box adopted, if `boxId` is still its id */
  adoptOffered(boxId: string): boolean;
  /** an element no editor selector matches got focus */
  focused(target: HTMLElement): void;
  /** right-clicks remembered and typing into unrecognised boxes watched, until `signal` aborts */
  watch(signal: AbortSignal): void;
  /** the right-click forgotten and the offer withdrawn (Postcheck stands down) */
  stop(): void;
}

/** `watching`: Postcheck is watching the page (stood up, the network not switched off). */
export function boxAdoption(
  adapter: SiteAdapter,
  composers: Pick<Composers, 'adopted' | 'found' | 'tracked'>,
  port: Pick<PagePort, 'request'>,
  watching: () => boolean,
  clock: Clock = realClock,
): Adoption {
  const { adopted } = composers;
  // The box of the person's last right-click: what "Review with Postcheck" means where the browser
  // cannot name the element (Chrome).
  let rightClicked: { box: WeakRef<HTMLElement>; at: number } | null = null;
  // The unrecognised box offered for review (one at a time), by the id the background and panel know it by.
  let offered: { id: string; box: WeakRef<HTMLElement>; abort: AbortController } | null = null;
  let unrecognised: ((target: Element) => void) | null = null;

  const withdraw = () => {
    if (!offered) return;
    const { id, abort } = offered;
    offered = null;
    abort.abort();
    port.request('box:gone', { boxId: id }).catch((e) => logOnce('box-gone', e));
  };

  /**
   * The person chose the box `find` gives: marked, badged and reviewed as a composer the adapter found.
   * Their choice is their engagement: its draft so far is reviewed at once.
   */
  const adopt = (find: () => HTMLElement | null | undefined): boolean => {
    try {
      const box = find();
      if (!box?.isConnected || !watching()) return false;
      if (offered?.box.deref() === box) withdraw();
      adopted.add(box);
      composers.found(box);
      const t = composers.tracked.get(box);
      t?.engage();
      return !!t;
    } catch (e) {
      logOnce('adopt', e);
      return false;
    }
  };

  const onContextMenu = guard('contextmenu', (event: MouseEvent) => {
    if (!event.isTrusted) return;
    const box = editableBox(event.composedPath()[0]);
    rightClicked = box ? { box: new WeakRef(box), at: clock.now() } : null;
  });

  /** The person typed into a box no adapter knows: offer it (the toolbar icon says so, the panel asks). */
  const offer = guard('offer', (box: HTMLElement) => {
    withdraw();
    const abort = new AbortController();
    offered = { id: newId(), box: new WeakRef(box), abort };
    const { id } = offered;
    watchRemoval(box, () => offered?.id === id && withdraw(), abort.signal);
    port.request('box:offer', { boxId: id }).catch((e) => logOnce('box-offer', e));
  });

  return {
    adoptMenuTarget: (targetElementId) =>
      adopt(() => {
        const find = targetElement();
        const named = find && typeof targetElementId === 'number' ? editableBox(find(targetElementId)) : null;
        if (named || !rightClicked || clock.now() - rightClicked.at > MENU_WINDOW_MS) return named;
        return rightClicked.box.deref();
      }),
    adoptOffered: (boxId) => adopt(() => (offered?.id === boxId ? offered.box.deref() : null)),
    focused: guard('focused', (target: HTMLElement) => {
      // An adopted box the site took out and put back (a re-render that keeps the element) is tracked again.
      const box = editableBox(target);
      if (box && adopted.has(box) && !composers.tracked.has(box)) {
        composers.found(box);
        return;
      }
      unrecognised?.(target);
    }),
    watch(signal) {
      document.addEventListener('contextmenu', onContextMenu, { capture: true, signal });
      unrecognised = watchUnrecognised({ engagedBy, classify: (box) => classifyBox(adapter, box, location.pathname), offer }, signal);
    },
    stop() {
      unrecognised = null;
      rightClicked = null;
      withdraw();
    },
  };
}
