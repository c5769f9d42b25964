// Real site URLs and the local page (in tests/fixtures/pages) each is served from during the browser tests.
// The content scripts match on these URLs exactly as on the live sites. Add a row for every new fixture;
// a single test can also map one of its own with `ext.servePage(url, file)`.
export const fixturePages: Readonly<Record<string, string>> = {
  'https://x.com/home': 'x-home.html',
  'https://www.linkedin.com/feed/': 'linkedin-feed.html',
  'https://www.facebook.com/': 'facebook-home.html',
};
