import type { RulesError } from '../../../lib/settings/parse';
import { useControl } from './Field';
import type { FieldProps } from './Field';
import { useRawText } from './useRawText';
import type { HoldProps } from './useRawText';

const same = (a: string, b: string) => a.trim() === b.trim();
const identity = (s: string) => s;

export interface TextInputProps extends FieldProps, HoldProps {
  value: string;
  onChange(value: string): void;
  multiline?: boolean;
  placeholder?: string;
  inputMode?: 'text' | 'numeric';
  className?: string;
  /** `label` is kept for screen readers only, for fields whose label is obvious from the row */
  hideLabel?: boolean;
  errors?: readonly RulesError[];
}

/** A line or a paragraph of text; what the person types is passed on as typed. */
export function TextInput({
  label,
  hint,
  errors,
  value,
  onChange,
  multiline,
  placeholder,
  inputMode,
  className,
  hideLabel,
  holdWhileFocused,
}: TextInputProps) {
  const { control, notes } = useControl(errors, hint);
  const [raw, setRaw, focus] = useRawText(value, identity, identity, same, holdWhileFocused);
  const change = (next: string) => {
    setRaw(next);
    onChange(next);
  };
  return (
    <div className={`field ${className ?? ''}`}>
      <label htmlFor={control.id} className={hideLabel ? 'visually-hidden' : undefined}>
        {label}
      </label>
      {multiline ? (
        <textarea {...control} {...focus} value={raw} rows={3} placeholder={placeholder} onChange={(e) => change(e.target.value)} />
      ) : (
        <input
          {...control}
          {...focus}
          type="text"
          value={raw}
          placeholder={placeholder}
          inputMode={inputMode}
          onChange={(e) => change(e.target.value)}
        />
      )}
      {notes}
    </div>
  );
}
