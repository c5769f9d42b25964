/** The verdict as a chip: the same shape and wording wherever a verdict is shown. */
import type { CheckStatus, Verdict } from '../../lib/review/types';
import { StatusIcon } from './StatusIcon';
import { verdictLabel } from './labels';

const ICON: Record<Verdict, CheckStatus> = { ready: 'pass', consider: 'warn', fix: 'fail' };

export function VerdictChip({ verdict }: { verdict: Verdict }) {
  return (
    <span className={`verdict-chip verdict-chip--${verdict}`}>
      <StatusIcon status={ICON[verdict]} decorative />
      {verdictLabel(verdict)}
    </span>
  );
}
