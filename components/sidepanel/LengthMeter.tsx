/** The draft's length as the network counts it, against the limit, with LinkedIn's "…see more" fold. */
import type { LengthInfo } from '../../lib/review/types';
import { formatNumber, t } from '../common/i18n';

const percent = (n: number, of: number) => `${Math.min(100, Math.max(0, (n / of) * 100)).toFixed(2)}%`;

export function LengthMeter({ length }: { length: LengthInfo }) {
  const { count, limit, fold } = length;
  const over = count - limit;
  return (
    <section className={`length ${over > 0 ? 'is-over' : ''}`} aria-labelledby="length-title">
      <div className="length__row">
        <h2 id="length-title" className="section-title">
          {t('lengthHeading')}
        </h2>
        <span className="length__count">{t('lengthCount', formatNumber(count), formatNumber(limit))}</span>
        <span className="length__left">{over > 0 ? t('lengthOver', formatNumber(over)) : t('lengthLeft', formatNumber(-over))}</span>
      </div>
      <div className="length__bar" aria-hidden="true">
        <div className="length__fill" style={{ width: percent(count, limit) }} />
        {fold !== undefined && <div className="length__fold" style={{ left: percent(fold, limit) }} />}
      </div>
      {fold !== undefined && <p className="length__fold-note">{t('lengthFold', formatNumber(fold))}</p>}
    </section>
  );
}
