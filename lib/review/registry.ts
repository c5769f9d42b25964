/** Every check, in the order the review lists them: the built-in ones, then the person's own. One import a line. */
import type { CheckDefinition, OwnCheckDefinition } from './check';
import { value } from './checks/value';
import { cta } from './checks/cta';
import { fit } from './checks/fit';
import { length } from './checks/length';
import { crosspost } from './checks/crosspost';
import { shareComment } from './checks/share-comment';
import { privacy } from './checks/privacy';
import { timing } from './checks/timing';
import { goal } from './checks/goal';
import { custom } from './checks/custom';
import { pause } from './checks/pause';

export const CHECKS: readonly CheckDefinition[] = [value, cta, fit, length, crosspost, shareComment, privacy, timing, goal];

/** The person's own rules, then their pause list. */
export const OWN_CHECKS: readonly OwnCheckDefinition[] = [custom, pause];
