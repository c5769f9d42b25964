/**
 * Run in a sample page (Playwright's or Puppeteer's page.evaluate, with the key): what the page recorded
 * under `key` in `window.__fixture` — the posts it published, the reposts and shares it made — or [] when
 * nothing yet. The sample pages' scripts record there what the real site would have sent.
 */
export function fixtureRecord(key: string): unknown[] {
  return (window as unknown as { __fixture: Record<string, unknown[] | undefined> }).__fixture[key] ?? [];
}
