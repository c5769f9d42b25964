import { defineContentScript } from 'wxt/utils/define-content-script';
import { linkedin } from '../lib/sites/linkedin';
import { startContent } from '../lib/content/runtime';

export default defineContentScript({
  matches: linkedin.matches,
  runAt: 'document_idle',
  main: (ctx) => startContent(linkedin, ctx.signal),
});
