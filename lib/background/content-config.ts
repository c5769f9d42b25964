import type { ContentConfig } from '../messaging/protocol';
import type { Lang, NetworkId, Rules } from '../settings/schema';
import { freshNudges, gateRests } from '../habits/nudges';
import type { NetworkNudges } from '../habits/nudges';

/** The content script's share of the rules for one network: it never sees or parses the rest. */
export function contentConfig(rules: Rules, network: NetworkId, locale: Lang, nudges: NetworkNudges = freshNudges()): ContentConfig {
  const starters = rules.repost.starters[locale];
  const replyStarters = rules.repost.replyStarters[locale];
  return {
    enabled: rules.networks[network].enabled,
    repostMode: rules.repost.mode[network],
    starter: starters[0] ?? rules.repost.starters.en[0] ?? '',
    replyStarter: replyStarters[0] ?? rules.repost.replyStarters.en[0] ?? '',
    postGate: rules.postGate,
    quietUntil: nudges.quietUntil,
    gateRests: gateRests(nudges, rules.nudges),
  };
}
