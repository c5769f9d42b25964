// The content script's life on a page (issue 16: small pieces, events injected): it watches until the
// rules arrive, stands down when they switch the network off and up again when they switch it on, sends
// its drafts again when the page comes back from the back/forward cache, and ends (standing down first)
// when its signal aborts.
import { expect, test, vi } from 'vitest';
import { pageLife } from '../../../lib/content/page-life';
import type { PageParts } from '../../../lib/content/page-life';
import type { ContentConfig } from '../../../lib/messaging/protocol';

const rules = (enabled: boolean): ContentConfig => ({ enabled, repostMode: 'off', starter: '', replyStarter: '', postGate: 'off' });

function setup(answers: (ContentConfig | null | Error)[]) {
  const events = new EventTarget();
  const stop = new AbortController();
  const log: string[] = [];
  const watching: AbortSignal[] = [];
  const parts: PageParts = {
    config: () => {
      const next = answers.shift() ?? null;
      return next instanceof Error ? Promise.reject(next) : Promise.resolve(next);
    },
    standUp: (on) => {
      watching.push(on);
      log.push('up');
    },
    standDown: () => log.push('down'),
    restored: () => log.push('restored'),
    end: () => log.push('end'),
  };
  const life = pageLife(parts, stop.signal, events);
  const pageshow = (persisted: boolean) => events.dispatchEvent(Object.assign(new Event('pageshow'), { persisted }));
  return { life, log, watching, stop, pageshow };
}

const settled = () => new Promise((resolve) => setTimeout(resolve, 0));

test('stands up at once and stays up while the rules have the network on', async () => {
  const { life, log, watching } = setup([rules(true)]);
  expect(log).toEqual([]);
  life.start();
  expect(log).toEqual(['up']);
  expect(life.watching()).toBe(true);
  await settled();
  expect(log).toEqual(['up']);
  expect(life.config()).toEqual(rules(true));
  expect(watching[0]!.aborted).toBe(false);
});

test('switched off it stands down (its watchers aborted), switched on it stands up again', async () => {
  const { life, log, watching } = setup([rules(false), rules(false), rules(true)]);
  life.start();
  await settled();
  expect(log).toEqual(['up', 'down']);
  expect(watching[0]!.aborted).toBe(true);
  expect(life.watching()).toBe(false);
  await life.reload();
  expect(log).toEqual(['up', 'down']);
  await life.reload();
  expect(log).toEqual(['up', 'down', 'up']);
  expect(watching[1]!.aborted).toBe(false);
  expect(life.config()?.enabled).toBe(true);
});

test('no answer from the background, or a failed one, keeps it watching as before', async () => {
  const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  const { life, log } = setup([null, new Error('no background')]);
  life.start();
  await settled();
  await life.reload();
  expect(log).toEqual(['up']);
  expect(life.watching()).toBe(true);
  expect(life.config()).toBeNull();
  expect(warn).toHaveBeenCalledWith('[Postcheck] config:', expect.any(Error));
});

test('a page restored from the back/forward cache sends its drafts again; a page first shown does not', () => {
  const { life, log, pageshow } = setup([]);
  life.start();
  pageshow(false);
  expect(log).toEqual(['up']);
  pageshow(true);
  expect(log).toEqual(['up', 'restored']);
});

test('aborted, it stands down and then ends; the page coming back or the rules switching on after that do nothing', async () => {
  const { life, log, watching, stop, pageshow } = setup([rules(true)]);
  life.start();
  stop.abort();
  expect(log).toEqual(['up', 'down', 'end']);
  expect(watching[0]!.aborted).toBe(true);
  pageshow(true);
  await life.reload();
  expect(log).toEqual(['up', 'down', 'end']);
});

test('stood down already, it ends without standing down twice', async () => {
  const { life, log, stop } = setup([rules(false)]);
  life.start();
  await settled();
  stop.abort();
  expect(log).toEqual(['up', 'down', 'end']);
});

test('says when the rules have arrived: at once once they have, not while no background answers', async () => {
  const { life } = setup([null, rules(true)]);
  const seen: ContentConfig[] = [];
  void life.arrived().then((c) => seen.push(c));
  life.start();
  await settled();
  expect(seen).toEqual([]);
  await life.reload();
  await settled();
  expect(seen).toEqual([rules(true)]);
  expect(await life.arrived()).toEqual(rules(true));
});
