import { useControl } from './Field';
import type { FieldProps } from './Field';
import { useRawText } from './useRawText';
import type { HoldProps } from './useRawText';

/** One entry a line: a phrase cannot hold a line break, so no entry is ever split or merged. */
const parse = (raw: string) =>
  raw
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
const format = (lines: string[]) => lines.join('\n');
const same = (a: string[], b: string[]) => a.length === b.length && a.every((line, i) => line === b[i]);

export interface LinesInputProps extends FieldProps, HoldProps {
  value: string[];
  onChange(value: string[]): void;
}

export function LinesInput({ label, hint, errors, value, onChange, holdWhileFocused }: LinesInputProps) {
  const { control, notes } = useControl(errors, hint);
  const [raw, setRaw, focus] = useRawText(value, format, parse, same, holdWhileFocused);
  return (
    <div className="field">
      <label htmlFor={control.id}>{label}</label>
      <textarea
        {...control}
        {...focus}
        value={raw}
        rows={3}
        onChange={(e) => {
          setRaw(e.target.value);
          onChange(parse(e.target.value));
        }}
      />
      {notes}
    </div>
  );
}
