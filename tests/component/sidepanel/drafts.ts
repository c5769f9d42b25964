/** Drafts as the background writes them, for the panel tests. */
import type { TabDraft } from '../../../lib/drafts/state';
import type { CheckResult, Review } from '../../../lib/review/types';

export const LINKEDIN_TEXT =
  'We shipped the new onboarding today and our first customers finished setup in under five minutes, which is the number we had been chasing all year. Here is what we changed and why it mattered to them.\nMore at https://lnkd.in/abc';

function check(c: Partial<CheckResult> & Pick<CheckResult, 'id' | 'status' | 'title'>): CheckResult {
  return { severity: 'warn', reason: `${c.title}: reason`, hint: `${c.title}: hint`, evidence: [], ...c };
}

/** A LinkedIn post: the call to action fails, a cross-post link warns, the rest passes. */
export function linkedinDraft(over: Partial<TabDraft> = {}): TabDraft {
  const text = over.text ?? LINKEDIN_TEXT;
  const link = text.indexOf('https://lnkd.in/abc');
  const checks: CheckResult[] = [
    check({ id: 'value', status: 'pass', title: 'Value for readers', reason: 'It explains why.' }),
    check({ id: 'cta', status: 'fail', severity: 'fail', title: 'Call to action', reason: 'No call to action found.' }),
    check({ id: 'fit', status: 'pass', title: 'Fits the network' }),
    check({ id: 'length', status: 'pass', severity: 'fail', title: 'Length' }),
    check({
      id: 'crosspost',
      status: 'warn',
      title: 'Written for this network',
      reason: 'It carries a LinkedIn short link.',
      evidence: link >= 0 ? [{ start: link, end: link + 'https://lnkd.in/abc'.length, label: 'lnkd.in' }] : [],
    }),
  ];
  const review: Review = {
    verdict: 'fix',
    checks,
    skipped: [{ id: 'share-comment', why: 'not-applicable' }],
    length: { count: text.length, limit: 3000, fold: 210 },
    language: 'en',
  };
  return {
    tabId: 7,
    composerId: 'c1',
    network: 'linkedin',
    kind: 'post',
    text,
    host: 'www.linkedin.com',
    review,
    dismissed: [],
    updatedAt: 1_700_000_000_000,
    ...over,
  };
}

/** A short reply on X that passes everything. */
export function xReplyDraft(over: Partial<TabDraft> = {}): TabDraft {
  const text = over.text ?? 'Thanks for sharing this, what would you try first?';
  return {
    tabId: 3,
    composerId: 'x1',
    network: 'x',
    kind: 'reply',
    text,
    host: 'x.com',
    review: {
      verdict: 'ready',
      checks: [
        check({ id: 'value', status: 'pass', title: 'Value for readers' }),
        check({ id: 'cta', status: 'pass', title: 'Call to action' }),
        check({ id: 'length', status: 'pass', title: 'Length' }),
      ],
      skipped: [{ id: 'share-comment', why: 'not-applicable' }],
      length: { count: text.length, limit: 280 },
      language: 'en',
    },
    dismissed: [],
    updatedAt: 1_700_000_000_000,
    ...over,
  };
}
