// The messages a page's content script answers (issue 16: one typed handler per message, no casts): each
// handler reads its payload from the wire and answers only one of the right shape; anything else (another
// type, a payload of another shape, a key of Object.prototype) gets no answer.
import { expect, test, vi } from 'vitest';
import { answerPage, pageHandlers, readDraftAnswer } from '../../../lib/content/page-messages';
import type { Composers, Tracked } from '../../../lib/content/composers';

function page({ insert = vi.fn(() => Promise.resolve(true)) } = {}) {
  const set = vi.fn();
  const byId = new Map([['p1-0', { badge: { set } } as unknown as Tracked]]);
  const composers: Pick<Composers, 'byId' | 'insert'> = { byId, insert };
  const boxes = { adoptMenuTarget: vi.fn(() => true), adoptOffered: vi.fn((id: string) => id === 'p1-1') };
  const life = { reload: vi.fn(() => Promise.resolve()) };
  const answer = answerPage(pageHandlers(composers, boxes, life));
  return { answer, insert, set, boxes, life };
}

test('composer:insert puts the text in and answers whether it went in', async () => {
  const { answer, insert } = page();
  await expect(answer({ type: 'composer:insert', payload: { composerId: 'p1-0', text: 'Hi', mode: 'append' } })).resolves.toEqual({
    ok: true,
  });
  expect(insert).toHaveBeenCalledWith('p1-0', 'Hi', 'append');
});

test('composer:insert whose insert fails answers ok: false (and logs once)', async () => {
  const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  const { answer } = page({ insert: vi.fn(() => Promise.reject(new Error('editor gone'))) });
  await expect(answer({ type: 'composer:insert', payload: { composerId: 'p1-0', text: 'Hi', mode: 'replace' } })).resolves.toEqual({
    ok: false,
  });
  expect(warn).toHaveBeenCalledWith('[Postcheck] insert:', expect.any(Error));
});

test.each([
  ['a mode there is none of', { composerId: 'p1-0', text: 'Hi', mode: 'sideways' }],
  ['no text', { composerId: 'p1-0', mode: 'append' }],
  ['a composer id that is no string', { composerId: 0, text: 'Hi', mode: 'append' }],
  ['no payload', undefined],
])('composer:insert with %s gets no answer and inserts nothing', (_, payload) => {
  const { answer, insert } = page();
  expect(answer({ type: 'composer:insert', payload })).toBeUndefined();
  expect(insert).not.toHaveBeenCalled();
});

test("composer:adopt adopts the menu's box, with Firefox's handle for it where the message has one", async () => {
  const { answer, boxes } = page();
  await expect(answer({ type: 'composer:adopt', payload: { targetElementId: 7 } })).resolves.toEqual({ ok: true });
  expect(boxes.adoptMenuTarget).toHaveBeenLastCalledWith(7);
  await answer({ type: 'composer:adopt', payload: { targetElementId: '7' } });
  expect(boxes.adoptMenuTarget).toHaveBeenLastCalledWith(undefined);
  await answer({ type: 'composer:adopt', payload: {} });
  expect(boxes.adoptMenuTarget).toHaveBeenLastCalledWith(undefined);
});

test('box:adopt adopts the offered box by its id; a box id of another shape gets no answer', async () => {
  const { answer, boxes } = page();
  await expect(answer({ type: 'box:adopt', payload: { boxId: 'p1-1' } })).resolves.toEqual({ ok: true });
  await expect(answer({ type: 'box:adopt', payload: { boxId: 'p1-9' } })).resolves.toEqual({ ok: false });
  expect(answer({ type: 'box:adopt', payload: { boxId: 1 } })).toBeUndefined();
  expect(boxes.adoptOffered.mock.calls).toEqual([['p1-1'], ['p1-9']]);
});

test('config:changed reads the rules again', async () => {
  const { answer, life } = page();
  await expect(answer({ type: 'config:changed', payload: {} })).resolves.toBeNull();
  expect(life.reload).toHaveBeenCalledOnce();
});

test('badge:set tells the composer its badge state; a state with no verdict gets no answer', async () => {
  const { answer, set } = page();
  await expect(
    answer({ type: 'badge:set', payload: { composerId: 'p1-0', state: { verdict: 'fix', open: 2, empty: false } } }),
  ).resolves.toBeNull();
  expect(set).toHaveBeenCalledWith({ verdict: 'fix', open: 2, empty: false, incomplete: false });
  expect(answer({ type: 'badge:set', payload: { composerId: 'p1-0', state: { verdict: 'great', open: 0 } } })).toBeUndefined();
  expect(answer({ type: 'badge:set', payload: { composerId: 'p1-0' } })).toBeUndefined();
  expect(set).toHaveBeenCalledOnce();
  // A composer already gone: answered, nothing to tell.
  await expect(
    answer({ type: 'badge:set', payload: { composerId: 'p1-5', state: { verdict: 'ready', open: 0, empty: true } } }),
  ).resolves.toBeNull();
});

test("another component's messages, non-messages and Object.prototype's keys get no answer", () => {
  const { answer, insert, boxes, life } = page();
  for (const message of [
    { type: 'draft:update', payload: { composerId: 'p1-0', text: 'x' } },
    { type: 'toString', payload: {} },
    { type: 'hasOwnProperty', payload: {} },
    { type: 7 },
    'composer:insert',
    null,
  ])
    expect(answer(message)).toBeUndefined();
  expect([insert, boxes.adoptMenuTarget, boxes.adoptOffered, life.reload].every((f) => f.mock.calls.length === 0)).toBe(true);
});

test("a draft's answer over the page's port: its badge state, and whether a side panel watches", () => {
  expect(readDraftAnswer({ verdict: 'consider', open: 1, empty: false, panel: true })).toEqual({
    verdict: 'consider',
    open: 1,
    empty: false,
    incomplete: false,
    panel: true,
  });
  expect(readDraftAnswer({ verdict: 'ready', open: 0, empty: false, incomplete: true })).toEqual({
    verdict: 'ready',
    open: 0,
    empty: false,
    incomplete: true,
  });
  expect(readDraftAnswer(null)).toBeNull();
  expect(readDraftAnswer({ open: 3 })).toBeNull();
});
