/** LinkedIn: professional, value first, always a call to action; 3,000 characters, folded behind "…see more". */
import type { NetworkDescriptor } from './types';
import { WEEKDAYS } from './days';

/** Its pages (NetworkDescriptor.matches), exported alone so the content script's adapter takes them without the rest. */
export const MATCHES: string[] = ['https://www.linkedin.com/*'];

export const linkedin: NetworkDescriptor<'linkedin'> = {
  id: 'linkedin',
  name: 'LinkedIn',
  matches: MATCHES,
  host: 'linkedin.com',
  counting: 'utf16',
  fit: { list: 'fit-linkedin', judge: 'private-life', denseHashtags: false },
  defaults: {
    purpose: {
      en: 'New and existing professional relationships: productivity, goals, happy customers, things that help my target market. Value first, and always a call to action at the end.',
      de: 'Neue und bestehende berufliche Beziehungen: Produktivität, Ziele, zufriedene Kunden, was meiner Zielgruppe hilft. Zuerst der Nutzen, und am Ende immer ein Aufruf zum Handeln.',
      sv: 'Nya och befintliga yrkesmässiga relationer: produktivitet, mål, nöjda kunder, sådant som hjälper min målgrupp. Värde först, och alltid en uppmaning till handling i slutet.',
    },
    severity: { cta: 'fail' },
    limits: { post: 3000, comment: 1250, fold: 210, foldLines: 3 },
    audienceHours: [{ days: WEEKDAYS, from: '07:30', to: '17:30' }],
    hashtagLimit: 7,
    ctaAtEnd: true,
    repost: 'nudge',
  },
  fixture: { url: 'https://www.linkedin.com/feed/', page: 'linkedin-feed.html' },
};
