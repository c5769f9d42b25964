/**
 * The offer of a box Postcheck does not recognise (the site changed, or a box it never knew): the
 * person typed into it, and only their choice here adopts it. Shown above whatever the panel shows.
 */
import { t } from '../common/i18n';
import { networkName } from '../common/labels';
import { adoptOfferedBox } from './actions';
import { usePanelStore } from './store';

export function BoxOfferNotice() {
  const offer = usePanelStore((s) => s.offer);
  const failed = usePanelStore((s) => s.offerFailed);
  if (!offer) return null;
  return (
    <section className="box-offer" aria-labelledby="box-offer-title" data-network={offer.network}>
      <h2 id="box-offer-title" className="box-offer__title">
        {t('panelBoxOfferTitle')}
      </h2>
      <p>{t('panelBoxOfferBody', networkName(offer.network))}</p>
      <button type="button" className="button" data-action="review-box" onClick={() => void adoptOfferedBox()}>
        {t('panelBoxOfferButton')}
      </button>
      {failed && <p role="alert">{t('panelBoxOfferFailed')}</p>}
    </section>
  );
}
