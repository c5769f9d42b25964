import { defineContentScript } from 'wxt/utils/define-content-script';
export default defineContentScript({
  matches: ['https://x.com/*', 'https://twitter.com/*'],
  main() {},
});
