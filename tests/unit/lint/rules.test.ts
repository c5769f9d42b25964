// The project's own lint rules (scripts/eslint-rules.mjs) with the import zones eslint.config.js gives them.
import { ESLint, RuleTester } from 'eslint';
import type { Rule } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';

RuleTester.describe = describe;
RuleTester.it = it;

const root = fileURLToPath(new URL('../../../', import.meta.url));
// The rules and zones as eslint.config.js really sets them for a file in lib/.
const config = await new ESLint({ cwd: root }).calculateConfigForFile('lib/review/review.ts');
const rules = config.plugins.local.rules as Record<'boundaries' | 'compat-expiry', Rule.RuleModule>;
const zones: unknown = config.rules['local/boundaries'][1].zones;
const tester = new RuleTester({ languageOptions: { parser: tseslint.parser, ecmaVersion: 'latest', sourceType: 'module' } });
const at = (file: string, code: string) => ({ code, filename: `${root}${file}`, options: [{ zones }] });
const bad = (file: string, code: string) => ({ ...at(file, code), errors: [{ messageId: 'forbidden' }] });

tester.run('boundaries', rules.boundaries, {
  valid: [
    at('lib/review/review.ts', "import type { Rules } from '../settings/schema';"),
    at('lib/review/checks/fit.ts', "import { type Rules } from '../../settings/schema';"),
    at('lib/review/links.ts', "import twitter from 'twitter-text';"),
    at('lib/review/checks/cta.ts', "import { analyze } from '../analyze';"),
    at('lib/content/badge.ts', "import type { Review } from '../review/types';"),
    at('lib/content/runtime.ts', "import { browser } from 'wxt/browser';"),
    at('lib/sites/x.ts', "import { NETWORKS } from '../ids';"),
    at('lib/messaging/protocol.ts', "import type { NetworkId } from '../settings/schema';"),
    at('components/sidepanel/App.tsx', "import { useState } from 'react'; import { fixes } from '../../lib/review/fixes';"),
    at('tests/unit/x.test.ts', "import { App } from '../../components/sidepanel/App';"),
  ],
  invalid: [
    bad('lib/review/review.ts', "import { z } from 'zod';"),
    bad('lib/review/review.ts', "import { RULES_VERSION } from '../settings/schema';"),
    bad('lib/review/checks/fit.ts', "import { RULES_VERSION } from '@/lib/settings/schema.ts';"),
    bad('lib/review/fixes.ts', "import type { InsertMode } from '../sites/types';"),
    bad('lib/review/fixes.ts', "export * from '../sites';"),
    bad('lib/review/review.ts', "import { browser } from 'wxt/browser';"),
    bad('lib/review/review.ts', "import browser from 'webextension-polyfill';"),
    bad('lib/review/review.ts', "import { useState } from 'react';"),
    bad('lib/review/review.ts', "const m = import('../content/badge');"),
    bad('lib/review/review.ts', "import { startBackground } from '../background';"),
    bad('lib/content/runtime.ts', "import { review } from '../review/review';"),
    bad('lib/content/runtime.ts', "import { createRoot } from 'react-dom/client';"),
    bad('lib/content/runtime.ts', "import { z } from 'zod';"),
    bad('lib/content/i18n.ts', "import type { MessageKey } from '../../components/common/i18n';"),
    bad('lib/sites/dom.ts', "import { z } from 'zod';"),
    bad('lib/networks/x.ts', "import { review } from '../review/review';"),
    bad('lib/messaging/protocol.ts', "import { RULES_VERSION } from '../settings/schema';"),
    bad('lib/ids.ts', "import { NETWORK_SCHEMA } from './settings/schema';"),
    bad('lib/settings/storage.ts', "import { labels } from '~/components/common/labels';"),
    bad('lib/background/index.ts', "export { x } from '../../components/sidepanel/store';"),
  ],
});

tester.run('compat-expiry', rules['compat-expiry'], {
  valid: [
    { code: '// the 2022 wording (compatibility: may go after 2027-06-30 unless seen again)', options: [{ today: '2027-06-30' }] },
    { code: '/* seen live 2026-06-24; not a compatibility date */', options: [{ today: '2030-01-01' }] },
  ],
  invalid: [
    {
      code: "const legacy = ':is(a, b)'; // they may go after 2027-06-30.",
      options: [{ today: '2027-07-01' }],
      errors: [{ messageId: 'expired', data: { date: '2027-06-30' } }],
    },
  ],
});

describe('the configured expiring TODOs', () => {
  // A script file: linted without type information, so no file on disk is needed.
  const lint = async (code: string) => {
    const [result] = await new ESLint({ cwd: root }).lintText(code, { filePath: 'scripts/expiring.mjs' });
    return result!.messages.map((m) => m.ruleId);
  };

  it('fails on a TODO past its date and lets a future or undated one through', async () => {
    expect(await lint('// TODO [2020-01-01]: drop the old selector\nexport const a = 1;\n')).toEqual(['unicorn/expiring-todo-comments']);
    expect(await lint('// TODO [2999-01-01]: drop the old selector\n// TODO: someday\nexport const a = 1;\n')).toEqual([]);
  });
});
