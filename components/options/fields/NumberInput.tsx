import { useControl } from './Field';
import type { FieldProps } from './Field';
import { useRawText } from './useRawText';
import type { HoldProps } from './useRawText';

/** Empty or unreadable text is NaN, which the rules refuse with "must be a number". */
const parse = (raw: string) => (raw.trim() === '' ? Number.NaN : Number(raw));
const format = (n: number) => (Number.isNaN(n) ? '' : String(n));

export interface NumberInputProps extends FieldProps, HoldProps {
  value: number;
  onChange(value: number): void;
  min?: number;
  max?: number;
  step?: number;
}

export function NumberInput({ label, hint, errors, value, onChange, min, max, step, holdWhileFocused }: NumberInputProps) {
  const { control, notes } = useControl(errors, hint);
  const [raw, setRaw, focus] = useRawText(value, format, parse, Object.is, holdWhileFocused);
  return (
    <div className="field field--number">
      <label htmlFor={control.id}>{label}</label>
      <input
        {...control}
        {...focus}
        type="number"
        value={raw}
        min={min}
        max={max}
        step={step}
        onChange={(e) => {
          setRaw(e.target.value);
          onChange(parse(e.target.value));
        }}
      />
      {notes}
    </div>
  );
}
