import { useId } from 'react';
import type { ReactNode } from 'react';
import type { RulesError } from '../../../lib/settings/parse';
import { ErrorMessages } from './Field';

export interface CheckGroupProps<T extends string | number> {
  legend: ReactNode;
  hint?: ReactNode;
  /** value, accessible name, and optionally a shorter visible text */
  options: readonly (readonly [T, string, string?])[];
  value: readonly T[];
  errors?: readonly RulesError[];
  onChange(value: T[]): void;
}

/** A set of values as a group of checkboxes; the result keeps the options' order, numbers ascending (days as 0–6). */
export function CheckGroup<T extends string | number>({ legend, hint, options, value, errors = [], onChange }: CheckGroupProps<T>) {
  const id = useId();
  const describedBy = [hint ? `${id}-hint` : '', errors.length ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  const toggle = (option: T, on: boolean) => {
    const next = options.map(([o]) => o).filter((o) => (o === option ? on : value.includes(o)));
    onChange(typeof option === 'number' ? next.sort((a, b) => Number(a) - Number(b)) : next);
  };
  return (
    <fieldset className="check-group">
      <legend>{legend}</legend>
      <div className="check-group-row">
        {options.map(([option, name, short]) => (
          <label key={String(option)} className="check-chip" title={short ? name : undefined}>
            <input
              type="checkbox"
              checked={value.includes(option)}
              aria-label={short ? name : undefined}
              aria-invalid={errors.length ? true : undefined}
              aria-describedby={describedBy}
              onChange={(e) => toggle(option, e.target.checked)}
            />
            <span aria-hidden={short ? true : undefined}>{short ?? name}</span>
          </label>
        ))}
      </div>
      {hint ? (
        <p id={`${id}-hint`} className="field-hint">
          {hint}
        </p>
      ) : null}
      <ErrorMessages id={`${id}-error`} errors={errors} />
    </fieldset>
  );
}
