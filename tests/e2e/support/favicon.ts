// Chromium fetches https://<site>/favicon.ico after every load of a page that declares no icon. Playwright
// hides such requests from routing and aborts them itself, except when the page's frame is already gone
// (the page closing or reloading just as its load ends): then it lets them through, and the egress
// recorder saw `CONNECT www.linkedin.com:443` one run in a few. Served pages declare an inline icon, so
// Chromium never asks the site for one and the recorder stays strict.

/** A 1×1 transparent GIF: a real image, so Chromium takes it and looks no further. */
export const INLINE_ICON = 'data:image/gif;base64,R0lGODlhAQABAAAAACH5BAEKAAEALAAAAAABAAEAAAICTAEAOw==';
const ICON_LINK = `<link rel="icon" href="${INLINE_ICON}">`;

/**
 * The page's bytes with the inline icon declared at the end of its head (or, with no `</head>`, after
 * the doctype, where the parser still puts it in the head). Read as latin1 so any encoding comes back
 * byte for byte.
 */
export function withInlineIcon(page: Buffer): Buffer {
  const html = page.toString('latin1');
  const headEnd = html.search(/<\/head\s*>/i);
  const at = headEnd >= 0 ? headEnd : (/^(?:\u00EF\u00BB\u00BF)?\s*(<!doctype[^>]*>)?/i.exec(html)?.[0].length ?? 0);
  return Buffer.from(html.slice(0, at) + ICON_LINK + html.slice(at), 'latin1');
}
