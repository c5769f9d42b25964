import { formatNumber, t } from '../../common/i18n';
import { networkName } from '../../common/labels';
import { formatDay, useNudges } from '../../common/useNudges';
import { gateRests, isQuiet } from '../../../lib/habits/nudges';
import { NETWORKS } from '../../../lib/ids';
import { RuleNumber } from '../fields/bound';
import { at } from '../paths';
import { useOptions } from '../store';

/**
 * Nudges that step back: the thresholds (N, the quiet days, K), and where each network stands now.
 * The counts are this browser's; the thresholds are rules, synced with them.
 */
export function NudgesPart() {
  const nudges = useNudges();
  const limits = useOptions((s) => s.saved.nudges);
  return (
    <section aria-labelledby="nudges-title" data-nudges>
      <h3 id="nudges-title">{t('nudgesTitle')}</h3>
      <p className="field-hint">{t('nudgesIntro')}</p>
      <div className="grid grid--wide">
        <RuleNumber unit={at('nudges', 'quietAfter')} label={t('nudgeQuietAfter')} hint={t('nudgeQuietAfterHint')} min={1} max={50} />
        <RuleNumber unit={at('nudges', 'quietDays')} label={t('nudgeQuietDays')} hint={t('nudgeQuietDaysHint')} min={1} max={90} />
        <RuleNumber
          unit={at('nudges', 'gateRestsAfter')}
          label={t('nudgeGateRestsAfter')}
          hint={t('nudgeGateRestsAfterHint')}
          min={1}
          max={50}
        />
        <RuleNumber unit={at('nudges', 'dismissAfter')} label={t('nudgeDismissAfter')} hint={t('nudgeDismissAfterHint')} min={1} max={50} />
      </div>
      {nudges === null ? null : (
        <div className="table-wrap">
          <table className="habits">
            <caption className="visually-hidden">{t('nudgesCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('habitsNetwork')}</th>
                <th scope="col">{t('nudgesCommentStreak')}</th>
                <th scope="col">{t('nudgesPrompt')}</th>
                <th scope="col">{t('nudgesReadyStreak')}</th>
                <th scope="col">{t('nudgesGate')}</th>
              </tr>
            </thead>
            <tbody>
              {NETWORKS.map((n) => {
                const c = nudges.counts[n];
                return (
                  <tr key={n} data-network={n}>
                    <th scope="row">{networkName(n)}</th>
                    <td>{`${formatNumber(Math.min(c.commentStreak, limits.quietAfter))} / ${formatNumber(limits.quietAfter)}`}</td>
                    <td>{isQuiet(c, nudges.at) ? t('nudgePromptQuiet', formatDay(c.quietUntil)) : t('nudgePromptFull')}</td>
                    <td>{`${formatNumber(Math.min(c.readyStreak, limits.gateRestsAfter))} / ${formatNumber(limits.gateRestsAfter)}`}</td>
                    <td>{gateRests(c, limits) ? t('nudgeGateRests') : t('nudgeGateAsks')}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
