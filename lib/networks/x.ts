/** X (Twitter): public, to everyone; 280 weighted characters. */
import type { NetworkDescriptor } from './types';
import { EVERY_DAY } from './days';

/**
 * Its pages (NetworkDescriptor.matches), exported alone so the content script's adapter takes them without the
 * rest. twitter.com and mobile.twitter.com are compatibility: X moved to x.com in 2024 (the saved page
 * x-home-2024-12 still came from twitter.com/home); they may go after 2027-06-30.
 */
export const MATCHES: string[] = ['https://x.com/*', 'https://twitter.com/*', 'https://mobile.twitter.com/*'];

export const x: NetworkDescriptor<'x'> = {
  id: 'x',
  name: 'X',
  matches: MATCHES,
  host: 'x.com',
  counting: 'twitter-weighted',
  fit: { list: 'fit-x', judge: 'none', denseHashtags: true },
  defaults: {
    purpose: {
      en: 'Public, to everyone: new and existing personal and professional relationships. Valuable posts that lean toward a call to action — a follow, a reply, a link visit.',
      de: 'Öffentlich, für alle: neue und bestehende persönliche und berufliche Beziehungen. Wertvolle Beiträge, die zu einer Handlung einladen – folgen, antworten, einen Link besuchen.',
      sv: 'Offentligt, för alla: nya och befintliga personliga och yrkesmässiga relationer. Värdefulla inlägg som lutar mot en uppmaning – en följning, ett svar, ett klick på en länk.',
    },
    severity: { cta: 'warn' },
    limits: { post: 280, comment: 280, fold: 0, foldLines: 0 },
    audienceHours: [{ days: EVERY_DAY, from: '08:00', to: '21:00' }],
    hashtagLimit: 5,
    ctaAtEnd: false,
    repost: 'nudge',
  },
  fixture: { url: 'https://x.com/home', page: 'x-home.html' },
};
