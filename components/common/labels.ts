/** Product words shown in several places: network, composer kind, verdict, check names. */
import type { CheckStatus, ComposerKind, Verdict } from '../../lib/review/types';
import type { BuiltinCheckId, NetworkId } from '../../lib/ids';
import { NETWORK } from '../../lib/networks';
import { t } from './i18n';
import type { MessageKey } from './i18n';

export const networkName = (n: NetworkId) => t(`networkName_${n}`);
export const kindName = (k: ComposerKind) => t(`kindName_${k}`);
export const verdictLabel = (v: Verdict) => t(`verdict_${v}`);
export const statusLabel = (s: CheckStatus) => t(`status_${s}`);

/** The site a network lives on, for the empty state (its descriptor's host). */
export const networkHost = (n: NetworkId) => NETWORK[n].host;

const CHECK_NAMES: Record<BuiltinCheckId, MessageKey> = {
  value: 'checkName_value',
  cta: 'checkName_cta',
  fit: 'checkName_fit',
  length: 'checkName_length',
  crosspost: 'checkName_crosspost',
  'share-comment': 'checkName_share_comment',
  privacy: 'checkName_privacy',
  timing: 'checkName_timing',
  goal: 'checkName_goal',
};

/** A built-in check's name (for checks that did not run, so the engine gave no title); other ids as they are. */
export function checkName(id: string): string {
  const key = CHECK_NAMES[id as BuiltinCheckId] as MessageKey | undefined;
  return key ? t(key) : id;
}

/** "1 open point", "3 open points" (browser i18n has no plural rules; every UI language here has one and many). */
export function openPoints(count: number): string {
  if (count === 0) return t('openPointsNone');
  return count === 1 ? t('openPointsOne') : t('openPointsMany', count);
}
