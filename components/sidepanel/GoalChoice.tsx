/**
 * Under the goal check: the person's active goals as one-tap choices. The goal chosen for this draft is
 * pressed; with none chosen, the goal the draft shows (the check's evidence, labelled with its signal list)
 * is pressed in its place and marked as seen. A tap chooses a goal; a tap on the chosen one clears it. The
 * choice goes to the background, which keeps it with the draft for the session and reviews the draft again.
 */
import type { StoredCheck } from '../../lib/drafts/state';
import { isFailed } from '../../lib/drafts/state';
import { t } from '../common/i18n';
import { chooseGoal } from './actions';
import { usePanelStore } from './store';

/** The active goal the check's evidence shows (`goal-<id>`), if any. */
function seenGoal(check: StoredCheck, active: readonly { id: string }[]): string | null {
  const label = check.evidence.find((e) => e.label.startsWith('goal-'))?.label;
  const id = label?.slice('goal-'.length);
  return active.some((g) => g.id === id) ? id! : null;
}

export function GoalChoice({ check }: { check: StoredCheck }) {
  const draft = usePanelStore((s) => s.draft);
  const goals = usePanelStore((s) => s.rules?.goals);
  const failed = usePanelStore((s) => s.goalFailed);
  if (!draft || isFailed(draft) || !goals) return null;
  const active = goals.filter((g) => g.enabled);
  if (active.length === 0) return null;
  const chosen = active.some((g) => g.id === draft.goal) ? draft.goal! : null;
  const seen = chosen ? null : seenGoal(check, active);
  const pressed = chosen ?? seen;
  const legendId = 'goal-choice-legend';

  return (
    <div className="goal-choice" role="group" aria-labelledby={legendId}>
      <p id={legendId} className="goal-choice__legend">
        {t('goalChoiceLegend')}
      </p>
      <ul className="goal-choice__goals">
        {active.map((goal) => (
          <li key={goal.id}>
            <button
              type="button"
              className="goal-choice__goal"
              aria-pressed={pressed === goal.id}
              onClick={() => void chooseGoal(chosen === goal.id ? null : goal.id)}
            >
              {goal.text}
              {seen === goal.id && <span className="goal-choice__seen"> ({t('goalChoiceSeen')})</span>}
            </button>
          </li>
        ))}
      </ul>
      <p className="goal-choice__hint">{t('goalChoiceHint')}</p>
      {failed && (
        <p className="notice notice--error" role="alert">
          {t('goalChoiceFailed')}
        </p>
      )}
    </div>
  );
}
