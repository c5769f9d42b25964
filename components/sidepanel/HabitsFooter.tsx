/**
 * This week's sharing habit for the network in view (shares with a comment against plain reposts), and
 * where its nudges stand: the streaks against the rules' N and K, the repost prompt quiet until when,
 * and the post gate resting.
 */
import { emptyWeek } from '../../lib/habits/habits';
import { gateRests, isQuiet } from '../../lib/habits/nudges';
import { isoWeek } from '../../lib/habits/week';
import type { NetworkId } from '../../lib/settings/schema';
import { NETWORKS } from '../../lib/ids';
import { formatNumber, t } from '../common/i18n';
import { networkName } from '../common/labels';
import { useHabits } from '../common/useHabits';
import { formatDay, useNudges } from '../common/useNudges';
import { usePanelStore } from './store';

export function HabitsFooter({ network }: { network: NetworkId | undefined }) {
  const habits = useHabits();
  const nudges = useNudges();
  const limits = usePanelStore((s) => s.rules?.nudges);
  if (!habits) return null;
  const week = habits[isoWeek(new Date())] ?? emptyWeek();
  const shown = network ? [network] : NETWORKS;
  return (
    <footer className="habits-footer" aria-labelledby="habits-footer-title" data-habits>
      <h2 id="habits-footer-title" className="habits-footer__title">
        {t('habitsFooterTitle')}
      </h2>
      <ul className="habits-footer__list">
        {shown.map((n) => {
          const c = nudges?.counts[n];
          return (
            <li key={n} data-network={n} data-comment={week[n].comment} data-plain={week[n].plain}>
              {t('habitsFooterLine', networkName(n), formatNumber(week[n].comment), formatNumber(week[n].plain))}
              {c && limits ? (
                <ul className="habits-footer__nudges" data-nudges>
                  <li>
                    {t(
                      'habitsFooterStreaks',
                      // (past the threshold the streak reads as reached: "3 of 3", not "4 of 3")
                      formatNumber(Math.min(c.commentStreak, limits.quietAfter)),
                      formatNumber(limits.quietAfter),
                      formatNumber(Math.min(c.readyStreak, limits.gateRestsAfter)),
                      formatNumber(limits.gateRestsAfter),
                    )}
                  </li>
                  {isQuiet(c, nudges.at) ? <li data-quiet>{t('habitsFooterQuiet', formatDay(c.quietUntil))}</li> : null}
                  {gateRests(c, limits) ? <li data-gate-rests>{t('habitsFooterRests')}</li> : null}
                </ul>
              ) : null}
            </li>
          );
        })}
      </ul>
    </footer>
  );
}
