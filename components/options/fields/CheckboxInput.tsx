import { useControl } from './Field';
import type { FieldProps } from './Field';

export interface CheckboxInputProps extends FieldProps {
  checked: boolean;
  onChange(checked: boolean): void;
}

export function CheckboxInput({ label, hint, errors, checked, onChange }: CheckboxInputProps) {
  const { control, notes } = useControl(errors, hint);
  return (
    <div className="field field--check">
      <input {...control} type="checkbox" checked={checked} onChange={(e) => onChange(e.target.checked)} />
      <label htmlFor={control.id}>{label}</label>
      {notes}
    </div>
  );
}
