/**
 * A check the person keeps dismissing on this network (M times within 14 days, lib/habits/dismissals.ts)
 * is offered, once, to be made a warning or switched off here. Only a click changes the rules, and the
 * change can be undone at once; "Not now" answers the offer too. Shown beside the draft's review.
 */
import { useEffect, useState } from 'react';
import { dismissOffers, readDismissals } from '../../lib/habits/dismissals';
import type { Dismissals } from '../../lib/habits/dismissals';
import { dismissalsItem, recordOffered } from '../../lib/habits/store';
import { CHECK_IDS } from '../../lib/ids';
import type { BuiltinCheckId, NetworkId, Severity } from '../../lib/settings/schema';
import { updateRules } from '../../lib/settings/storage';
import { t } from '../common/i18n';
import { checkName, networkName } from '../common/labels';
import { usePanelStore } from './store';

/** The dismissals as stored, followed, with the time they were read (rendering must not read the clock). */
function useDismissals(): { counts: Dismissals; at: number } | null {
  const [read, setRead] = useState<{ counts: Dismissals; at: number } | null>(null);
  useEffect(() => {
    let live = true;
    let changed = false;
    const unwatch = dismissalsItem.watch((value) => {
      changed = true;
      if (live) setRead({ counts: readDismissals(value), at: Date.now() });
    });
    void dismissalsItem.getValue().then((value) => live && !changed && setRead({ counts: readDismissals(value), at: Date.now() }));
    return () => {
      live = false;
      unwatch();
    };
  }, []);
  return read;
}

const isBuiltin = (id: string): id is BuiltinCheckId => (CHECK_IDS as readonly string[]).includes(id);

/** Sets one check's severity on one network, if it still is `from` (another change meanwhile wins). */
const setSeverity = (network: NetworkId, check: BuiltinCheckId, from: Severity, to: Severity) =>
  updateRules((rules) => {
    if (rules.networks[network].severity[check] !== from) return null;
    const next = structuredClone(rules);
    next.networks[network].severity[check] = to;
    return next;
  });

interface Done {
  network: NetworkId;
  check: BuiltinCheckId;
  from: Severity;
  to: Severity;
}

export function DismissOffer({ network }: { network: NetworkId }) {
  const dismissals = useDismissals();
  const rules = usePanelStore((s) => s.rules);
  const [done, setDone] = useState<Done | null>(null);
  const [failed, setFailed] = useState(false);

  if (done) {
    return (
      <section className="box-offer dismiss-offer" aria-labelledby="dismiss-offer-title" data-dismiss-offer={done.check}>
        <p id="dismiss-offer-title" role="status">
          {t(done.to === 'off' ? 'dismissOfferDoneOff' : 'dismissOfferDoneWarn', checkName(done.check), networkName(done.network))}
        </p>
        <button
          type="button"
          className="button button--quiet"
          data-action="undo"
          onClick={() =>
            void setSeverity(done.network, done.check, done.to, done.from).then((r) => {
              setFailed(!r.ok);
              if (r.ok) setDone(null);
            })
          }
        >
          {t('dismissOfferUndo')}
        </button>
        {failed && <p role="alert">{t('dismissOfferFailed')}</p>}
      </section>
    );
  }
  if (!dismissals || !rules) return null;
  const severities = rules.networks[network].severity;
  const check = dismissOffers(dismissals.counts, network, rules.nudges.dismissAfter, dismissals.at)
    .filter(isBuiltin)
    .find((id) => severities[id] !== 'off');
  if (!check) return null;
  const from = severities[check];
  const choose = (to: Severity) => {
    void setSeverity(network, check, from, to).then(async (r) => {
      setFailed(!r.ok);
      if (!r.ok) return;
      setDone({ network, check, from, to });
      await recordOffered(network, check);
    });
  };
  return (
    <section className="box-offer dismiss-offer" aria-labelledby="dismiss-offer-title" data-dismiss-offer={check}>
      <p id="dismiss-offer-title">{t('dismissOfferText', checkName(check), networkName(network))}</p>
      <div className="dismiss-offer__actions">
        {from === 'fail' && (
          <button type="button" className="button" data-action="warn" onClick={() => choose('warn')}>
            {t('dismissOfferWarn')}
          </button>
        )}
        <button type="button" className="button" data-action="off" onClick={() => choose('off')}>
          {t('dismissOfferOff')}
        </button>
        <button type="button" className="button button--quiet" data-action="not-now" onClick={() => void recordOffered(network, check)}>
          {t('dismissOfferNotNow')}
        </button>
      </div>
      {failed && <p role="alert">{t('dismissOfferFailed')}</p>}
    </section>
  );
}
