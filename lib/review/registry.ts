/** Every built-in check, in the order the review lists them. One import a line. */
import type { CheckDefinition } from './check';
import { value } from './checks/value';
import { cta } from './checks/cta';
import { fit } from './checks/fit';
import { length } from './checks/length';
import { crosspost } from './checks/crosspost';
import { shareComment } from './checks/share-comment';
import { privacy } from './checks/privacy';
import { timing } from './checks/timing';

export const CHECKS: readonly CheckDefinition[] = [value, cta, fit, length, crosspost, shareComment, privacy, timing];
