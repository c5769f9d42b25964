import { defineContentScript } from 'wxt/utils/define-content-script';
import { x } from '../lib/sites/x';
import { startContent } from '../lib/content/runtime';

export default defineContentScript({
  matches: x.matches,
  runAt: 'document_idle',
  main: (ctx) => startContent(x, ctx.signal),
});
