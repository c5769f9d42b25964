/** This week's sharing habit for the network in view: shares with a comment against plain reposts. */
import { emptyWeek } from '../../lib/habits/habits';
import { isoWeek } from '../../lib/habits/week';
import type { NetworkId } from '../../lib/settings/schema';
import { NETWORKS } from '../../lib/ids';
import { formatNumber, t } from '../common/i18n';
import { networkName } from '../common/labels';
import { useHabits } from '../common/useHabits';

export function HabitsFooter({ network }: { network: NetworkId | undefined }) {
  const habits = useHabits();
  if (!habits) return null;
  const week = habits[isoWeek(new Date())] ?? emptyWeek();
  const shown = network ? [network] : NETWORKS;
  return (
    <footer className="habits-footer" aria-labelledby="habits-footer-title" data-habits>
      <h2 id="habits-footer-title" className="habits-footer__title">
        {t('habitsFooterTitle')}
      </h2>
      <ul className="habits-footer__list">
        {shown.map((n) => (
          <li key={n} data-network={n} data-comment={week[n].comment} data-plain={week[n].plain}>
            {t('habitsFooterLine', networkName(n), formatNumber(week[n].comment), formatNumber(week[n].plain))}
          </li>
        ))}
      </ul>
    </footer>
  );
}
