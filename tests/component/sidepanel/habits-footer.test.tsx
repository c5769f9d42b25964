// @vitest-environment happy-dom
// The side panel's habits footer (issue 15): beside this week's shares, where the nudges stand for the
// network in view (or every network with no draft): the streaks against the rules' N and K, the repost
// prompt quiet until when, the post gate resting; followed without a reload.
import { describe, expect, test, vi } from 'vitest';
import { waitFor } from '@testing-library/react';
import { readNudges } from '../../../lib/habits/nudges';
import { nudgesItem } from '../../../lib/habits/store';
import { defaultRules } from '../../../lib/settings/defaults';
import { saveRules } from '../../../lib/settings/storage';
import { linkedinDraft } from './drafts';
import { startPanel, storeDraft, usePanelTestEnvironment } from './panel';

usePanelTestEnvironment();

const DAY = 86_400_000;
/** The footer's lines for one network: the week's shares, then its nudge lines. */
const footerLines = (network: string) => {
  const item = document.querySelector(`[data-habits] li[data-network="${network}"]`);
  if (!item) return null;
  const nudges = [...item.querySelectorAll('[data-nudges] li')].map((li) => li.textContent);
  return [item.firstChild?.textContent, ...nudges];
};

describe('habits footer: the nudges', () => {
  test('every network with no draft: streaks against N and K; quiet until when; the gate resting', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(2026, 11, 4, 12));
    try {
      await nudgesItem.setValue(
        readNudges({
          x: { commentStreak: 1, quietUntil: new Date(2026, 11, 18, 12).getTime(), readyStreak: 4 },
          facebook: { commentStreak: 3, quietUntil: 0, readyStreak: 2 },
        }),
      );
      startPanel();
      await waitFor(() =>
        expect(footerLines('x')).toEqual([
          'X: 0 with a comment, 0 plain reposts',
          'In a row: 1 of 5 shares with a comment, 3 of 3 posts ready', // 4 in a row: reached
          'The repost prompt is a quiet hint until December 18',
          'The post gate rests while your posts go out ready',
        ]),
      );
      expect(footerLines('facebook')).toEqual([
        'Facebook: 0 with a comment, 0 plain reposts',
        'In a row: 3 of 5 shares with a comment, 2 of 3 posts ready',
      ]);
    } finally {
      vi.useRealTimers();
    }
  });

  test('the network in view only, against the rules’ own N and K, and new counts without a reload', async () => {
    const rules = defaultRules();
    rules.nudges = { quietAfter: 2, quietDays: 14, gateRestsAfter: 2, dismissAfter: 5 };
    expect((await saveRules(rules)).ok).toBe(true);
    await nudgesItem.setValue(readNudges({ linkedin: { commentStreak: 1, quietUntil: 0, readyStreak: 1 } }));
    await storeDraft(linkedinDraft());
    startPanel();
    await waitFor(() => expect(footerLines('linkedin')?.slice(1)).toEqual(['In a row: 1 of 2 shares with a comment, 1 of 2 posts ready']));
    expect(footerLines('x')).toBeNull();
    await nudgesItem.setValue(readNudges({ linkedin: { commentStreak: 0, quietUntil: Date.now() + DAY, readyStreak: 2 } }));
    await waitFor(() => expect(footerLines('linkedin')).toHaveLength(4));
    expect(document.querySelector('[data-habits] [data-gate-rests]')).not.toBeNull();
    expect(document.querySelector('[data-habits] [data-quiet]')?.textContent).toMatch(/^The repost prompt is a quiet hint until /);
  });
});
