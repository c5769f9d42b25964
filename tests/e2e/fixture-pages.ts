// Real site URLs and the local page (in tests/fixtures/pages) each is served from during the browser tests: each
// network's sample page, from its descriptor (lib/networks/<id>.ts, `fixture`). The content scripts match on
// these URLs exactly as on the live sites. A single test can map one of its own with `ext.servePage(url, file)`.
import { DESCRIPTORS } from '../../lib/networks';

export const fixturePages: Readonly<Record<string, string>> = Object.fromEntries(DESCRIPTORS.map((d) => [d.fixture.url, d.fixture.page]));
