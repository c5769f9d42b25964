/**
 * The content-script runtime the three sites share, wired from its pieces: the composers it tracks
 * (./composers.ts), the boxes the person adopts (./adoption.ts), the messages the page answers
 * (./page-messages.ts) and its life on the page (./page-life.ts). No React, zod or engine here: the
 * background reviews. Nothing may reach the page: every callback is guarded and logs once.
 */
import { browser } from 'wxt/browser';
import type { SiteAdapter } from '../sites/types';
import { pageId } from './page-id';
import { pagePort } from './port';
import type { NudgeEvent } from '../messaging/protocol';
import { logOnce } from '../log';
import { draftOf, trackComposers } from './composers';
import { watchReposts } from './repost';
import { watchPostClicks } from './gate';
import { observeComposers } from './observe';
import { boxAdoption } from './adoption';
import { answerPage, pageHandlers, readDraftAnswer } from './page-messages';
import { pageLife } from './page-life';

/** A port broken this soon after a send has the latest drafts sent again (the background writes a held draft within 250 ms). */
const RESEND_WITHIN_MS = 1000;

export function startContent(adapter: SiteAdapter, signal: AbortSignal): void {
  // Every request to the background goes over the page's port (all but panel:open, whose click must
  // carry its user gesture in a message): the port closes as the page goes, which takes the page's
  // drafts away, and an answer still on its way then settles a promise of ours, never one Firefox logs.
  // A port that breaks within moments of a send (the worker stopped or crashed mid-typing, before it
  // wrote the draft it was holding) has the latest drafts sent again; one that breaks after a quiet
  // spell (Chromium stopping an idle worker) does not, or it would wake the worker for nothing.
  // Drafts are posts: the background tells a composer's badge state only when it changed (./port.ts).
  const port = pagePort(pageId, {
    broken: () => composers.resend(RESEND_WITHIN_MS),
    told: (id, reply, error) => composers.told(id, readDraftAnswer(reply), error),
  });
  // Each count may move the nudges' back-off (lib/habits/nudges.ts): the config is read again after it.
  const count = (kind: NudgeEvent): void => {
    port
      .request('habit:count', { network: adapter.network, kind })
      .then(() => life.reload())
      .catch((e) => logOnce('habit', e));
  };
  const enabled = () => life.config()?.enabled !== false;
  const composers = trackComposers(adapter, port, enabled);
  const boxes = boxAdoption(adapter, composers, port, () => life.watching() && enabled());

  const life = pageLife(
    {
      config: () => port.request('content:config', { network: adapter.network }),
      standUp(on) {
        // A click on a composer's Post button: the post gate, and the share-with-comment habit.
        watchPostClicks(
          {
            composers: () => composers.tracked.values(),
            postButton: (editor) => adapter.postButton(editor),
            read: (editor) => draftOf(adapter, editor),
            gate: () => life.config()?.postGate ?? 'off',
            rests: () => life.config()?.gateRests === true,
            commented: () => count('comment'),
            posted: count,
          },
          on,
        );
        boxes.watch(on);
        // Each on its own: a failure in one leaves the other working.
        try {
          observeComposers(adapter, { found: composers.found, removed: composers.removed, focused: boxes.focused }, on);
        } catch (e) {
          logOnce('observe', e);
        }
        try {
          watchReposts(
            adapter,
            { config: life.config, arrived: life.arrived, expectQuote: composers.expectQuote, expectReply: composers.expectReply, count },
            on,
          );
        } catch (e) {
          logOnce('repost', e);
        }
      },
      standDown() {
        boxes.stop();
        composers.forgetAll();
      },
      restored: () => composers.resend(Number.POSITIVE_INFINITY),
      end() {
        browser.runtime.onMessage.removeListener(onMessage);
        port.close();
      },
    },
    signal,
  );
  const answer = answerPage(pageHandlers(composers, boxes, life));
  // The browser's own API (no polyfill in the content scripts): an answer goes through sendResponse, the
  // listener returning true to keep it open; a message this page does not answer is left to others.
  const onMessage = (message: unknown, _sender: unknown, sendResponse: (reply: unknown) => void): true | undefined => {
    let answering: Promise<unknown> | undefined;
    try {
      answering = answer(message);
    } catch (e) {
      // Unanswered: the sender's promise fails, as it did when the polyfill caught a listener's throw.
      logOnce('answer', e);
    }
    if (!answering) return undefined;
    answering.then(sendResponse, (e: unknown) => {
      logOnce('answer', e);
      sendResponse(undefined);
    });
    return true;
  };
  browser.runtime.onMessage.addListener(onMessage);
  life.start();
}
