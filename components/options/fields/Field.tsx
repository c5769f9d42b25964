/**
 * The frame every field shares: its label, an optional hint, and the reasons it could not be
 * saved, tied to the control with aria-describedby so a screen reader reads them with it.
 */
import { useId } from 'react';
import type { ReactNode } from 'react';
import type { RulesError } from '../../../lib/settings/parse';
import { reasonSentence } from '../errors';

export interface FieldProps {
  label: ReactNode;
  hint?: ReactNode;
  errors?: readonly RulesError[];
}

/** What a control needs to be labelled and described: its id and its aria attributes. */
export interface ControlProps {
  id: string;
  'aria-invalid'?: true;
  'aria-describedby'?: string;
}

export function useControl(errors: readonly RulesError[] = [], hint?: ReactNode) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint ? hintId : '', errors.length ? errorId : ''].filter(Boolean).join(' ');
  const control: ControlProps = {
    id,
    ...(errors.length ? { 'aria-invalid': true as const } : {}),
    ...(describedBy ? { 'aria-describedby': describedBy } : {}),
  };
  // One box for the notes, so fields in a grid line up label with label and control with control.
  const notes = (
    <div className="field-notes">
      {hint ? (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      ) : null}
      <ErrorMessages id={errorId} errors={errors} />
    </div>
  );
  return { control, notes };
}

/** The reasons, each once (one typed value can break the same rule in two places). */
export function ErrorMessages({ id, errors }: { id?: string; errors: readonly RulesError[] }) {
  if (errors.length === 0) return null;
  const sentences = [...new Set(errors.map((e) => reasonSentence(e.message)))];
  return (
    <p id={id} className="field-error">
      {sentences.map((sentence, i) => (
        <span key={i}>{sentence}</span>
      ))}
    </p>
  );
}

/** Reasons a change to a whole list was refused; a live region, since the list itself does not change. */
export function ListErrors({ errors }: { errors: readonly RulesError[] }) {
  return (
    <div aria-live="polite" className="list-errors">
      <ErrorMessages errors={errors} />
    </div>
  );
}
