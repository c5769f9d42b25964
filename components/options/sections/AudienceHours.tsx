import { t } from '../../common/i18n';
import type { AudienceWindow, NetworkId } from '../../../lib/settings/schema';
import { ListErrors } from '../fields/Field';
import { RuleCheckGroup, RuleText } from '../fields/bound';
import { at, formatPath, setIn } from '../paths';
import { useOptions } from '../store';
import { useChange } from '../useChange';
import { WEEK_ORDER, weekdayName } from '../weekdays';
import { RemoveButton } from '../fields/RemoveButton';

const NEW_WINDOW: AudienceWindow = { days: [1, 2, 3, 4, 5], from: '09:00', to: '17:00' };

/** When the network's audience is around: windows of days and times, in the person's local time. */
export function AudienceHours({ network }: { network: NetworkId }) {
  const base = ['networks', network, 'audienceHours'] as const;
  const windows = useOptions((s) => s.saved.networks[network].audienceHours);
  const { run, errors } = useChange();
  const dayOptions = WEEK_ORDER.map((day) => [day, weekdayName(day, 'long'), weekdayName(day, 'short')] as const);
  // Windows have no ids: adding or removing one moves the others, so their unsaved values go.
  const clears = [formatPath(base)];
  const setWindows = (next: (list: AudienceWindow[]) => AudienceWindow[]) =>
    run((r) => setIn(r, base, next(r.networks[network].audienceHours)), clears);

  return (
    <fieldset className="group">
      <legend>{t('audienceHours')}</legend>
      <p className="field-hint">{windows.length ? t('audienceHoursHint') : t('audienceHoursNone')}</p>
      <ol className="item-list">
        {windows.map((_, i) => (
          <li key={i}>
            <fieldset className="item">
              <legend>{t('windowLegend', i + 1)}</legend>
              <RuleCheckGroup<number> unit={at(...base, i, 'days')} legend={t('windowDays')} options={dayOptions} />
              <div className="item-row">
                <RuleText unit={at(...base, i, 'from')} label={t('windowFrom')} placeholder="08:00" className="time" />
                <RuleText unit={at(...base, i, 'to')} label={t('windowTo')} placeholder="17:30" className="time" />
                <RemoveButton label={t('windowRemove', i + 1)} onClick={() => void setWindows((list) => list.filter((_, j) => j !== i))} />
              </div>
            </fieldset>
          </li>
        ))}
      </ol>
      <ListErrors errors={errors} />
      <button
        type="button"
        className="button button--quiet"
        onClick={() => void setWindows((list) => [...list, structuredClone(NEW_WINDOW)])}
      >
        {t('windowAdd')}
      </button>
    </fieldset>
  );
}
