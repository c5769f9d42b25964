/** A check's status as a shape as well as a colour (✓ pass, ! warn, ✕ fail), so it reads without colour too. */
import type { CheckStatus } from '../../lib/review/types';
import { statusLabel } from './labels';

const PATHS: Record<CheckStatus, string> = {
  pass: 'M4.5 8.5l2.2 2.2 4.8-5',
  warn: 'M8 4.2v4.6M8 11.3v.3',
  fail: 'M5.3 5.3l5.4 5.4M10.7 5.3l-5.4 5.4',
};

export function StatusIcon({ status, decorative = false }: { status: CheckStatus; decorative?: boolean }) {
  const label = decorative ? undefined : statusLabel(status);
  return (
    <svg
      className={`status-icon status-icon--${status}`}
      viewBox="0 0 16 16"
      width="16"
      height="16"
      role={decorative ? undefined : 'img'}
      aria-label={label}
      aria-hidden={decorative ? true : undefined}
      focusable="false"
    >
      <circle cx="8" cy="8" r="7.25" />
      <path d={PATHS[status]} />
    </svg>
  );
}
