import { useControl } from './Field';
import type { FieldProps } from './Field';

export interface SelectInputProps<T extends string> extends FieldProps {
  value: T;
  options: readonly (readonly [T, string])[];
  onChange(value: T): void;
  inline?: boolean;
}

export function SelectInput<T extends string>({ label, hint, errors, value, options, onChange, inline }: SelectInputProps<T>) {
  const { control, notes } = useControl(errors, hint);
  return (
    <div className={inline ? 'field field--inline' : 'field'}>
      <label htmlFor={control.id}>{label}</label>
      <select {...control} value={value} onChange={(e) => onChange(e.target.value as T)}>
        {options.map(([option, text]) => (
          <option key={option} value={option}>
            {text}
          </option>
        ))}
      </select>
      {notes}
    </div>
  );
}
