import { formatNumber, t } from '../../common/i18n';
import { networkName } from '../../common/labels';
import { totals, WEEKS_KEPT, emptyWeek } from '../../../lib/habits/habits';
import { useHabits } from '../../common/useHabits';
import { isoWeek } from '../../../lib/habits/week';
import { NETWORKS } from '../../../lib/ids';
import { Section } from '../Section';
import { NudgesPart } from './NudgesPart';

/** How the person shares: plain reposts against shares with their own comment, this week and over the weeks kept; and the nudges that step back. */
export function HabitsSection() {
  const habits = useHabits();

  const week = habits?.[isoWeek(new Date())] ?? emptyWeek();
  const all = totals(habits ?? {});
  return (
    <Section id="habits" title={t('habitsTitle')} intro={t('habitsIntro', WEEKS_KEPT)}>
      {habits === null ? null : (
        <div className="table-wrap">
          <table className="habits">
            <caption className="visually-hidden">{t('habitsCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('habitsNetwork')}</th>
                <th scope="col">{t('habitsWeekPlain')}</th>
                <th scope="col">{t('habitsWeekComment')}</th>
                <th scope="col">{t('habitsAllPlain', WEEKS_KEPT)}</th>
                <th scope="col">{t('habitsAllComment', WEEKS_KEPT)}</th>
              </tr>
            </thead>
            <tbody>
              {NETWORKS.map((n) => (
                <tr key={n}>
                  <th scope="row">{networkName(n)}</th>
                  <td>{formatNumber(week[n]?.plain ?? 0)}</td>
                  <td>{formatNumber(week[n]?.comment ?? 0)}</td>
                  <td>{formatNumber(all[n].plain)}</td>
                  <td>{formatNumber(all[n].comment)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <p className="field-hint">{t('habitsPrivacy')}</p>
      <NudgesPart />
    </Section>
  );
}
