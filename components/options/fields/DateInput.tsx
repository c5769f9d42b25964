import { useControl } from './Field';
import type { FieldProps } from './Field';

export interface DateInputProps extends FieldProps {
  /** YYYY-MM-DD, or null for no date */
  value: string | null;
  onChange(value: string | null): void;
}

/** The browser's own date picker; clearing it means "no date". */
export function DateInput({ label, hint, errors, value, onChange }: DateInputProps) {
  const { control, notes } = useControl(errors, hint);
  return (
    <div className="field field--date">
      <label htmlFor={control.id}>{label}</label>
      <input {...control} type="date" value={value ?? ''} onChange={(e) => onChange(e.target.value || null)} />
      {notes}
    </div>
  );
}
