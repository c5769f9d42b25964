// Which adapter a URL gets, and that each adapter's manifest patterns are the ones it answers for.
import { describe, expect, it } from 'vitest';
import { adapterFor, adapters } from '../../lib/sites/index';

describe('adapterFor', () => {
  it.each([
    ['https://x.com/home', 'x'],
    ['https://x.com/ada_builds/status/1861000000000000001', 'x'],
    ['https://twitter.com/compose/tweet', 'x'],
    ['https://mobile.twitter.com/home', 'x'],
    ['https://www.linkedin.com/feed/', 'linkedin'],
    ['https://www.facebook.com/', 'facebook'],
    ['https://web.facebook.com/groups/1', 'facebook'],
    ['https://linkedin.com/feed/', null], // LinkedIn redirects to www; the manifest matches www only
    ['http://x.com/home', null],
    ['https://x.com.example.org/home', null],
    ['https://example.com/?u=https://x.com/', null],
    ['not a url', null],
  ])('%s → %s', (url, network) => {
    expect(adapterFor(url)?.network ?? null).toBe(network);
  });

  it('covers every network once, each with https match patterns', () => {
    expect(adapters.map((a) => a.network).sort()).toEqual(['facebook', 'linkedin', 'x']);
    for (const a of adapters) for (const p of a.matches) expect(p).toMatch(/^https:\/\/[a-z.]+\/\*$/);
  });
});
