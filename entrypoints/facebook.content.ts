import { defineContentScript } from 'wxt/utils/define-content-script';
import { facebook } from '../lib/sites/facebook';
import { startContent } from '../lib/content/runtime';

export default defineContentScript({
  matches: facebook.matches,
  runAt: 'document_idle',
  main: (ctx) => startContent(facebook, ctx.signal),
});
