/** Facebook: friends and family, people met in real life; not a sales channel. */
import type { NetworkDescriptor } from './types';
import { EVERY_DAY } from './days';

/** Its pages (NetworkDescriptor.matches), exported alone so the content script's adapter takes them without the rest. */
export const MATCHES: string[] = ['https://www.facebook.com/*', 'https://web.facebook.com/*'];

export const facebook: NetworkDescriptor<'facebook'> = {
  id: 'facebook',
  name: 'Facebook',
  matches: MATCHES,
  host: 'facebook.com',
  counting: 'utf16',
  fit: { list: 'fit-facebook', judge: 'sales-pitch', denseHashtags: false },
  defaults: {
    purpose: {
      en: 'Friends and family, people I have met in real life; mostly private audiences. Personal, not a sales channel.',
      de: 'Familie und Freunde, Menschen, die ich im echten Leben kenne; meist private Zielgruppen. Persönlich, kein Verkaufskanal.',
      sv: 'Vänner och familj, människor jag har träffat i verkliga livet; mest privata målgrupper. Personligt, ingen försäljningskanal.',
    },
    severity: { cta: 'off' },
    limits: { post: 63206, comment: 8000, fold: 0, foldLines: 0 },
    audienceHours: [{ days: EVERY_DAY, from: '09:00', to: '22:00' }],
    hashtagLimit: 3,
    ctaAtEnd: false,
    repost: 'nudge',
  },
  fixture: { url: 'https://www.facebook.com/', page: 'facebook-home.html' },
};
