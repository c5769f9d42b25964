// Custom rules shaped like a person's private code names: 40 of them are about 10 KB, more than one
// storage.sync item holds, which is what the rules-sync tests need.
import type { CustomRule } from '../../lib/settings/schema';

export function codeNameRules(count: number, idPrefix = 'rule'): CustomRule[] {
  return Array.from({ length: count }, (_, i) => ({
    id: `${idPrefix}-${i}`,
    enabled: true,
    mode: 'avoid',
    pattern: `internal code name number ${i}`,
    regex: false,
    networks: [],
    message: `Rule ${i}: this is an internal code name; it must not go out in a public post, ever.`,
    severity: 'fail',
  }));
}
