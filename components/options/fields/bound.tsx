/**
 * The inputs bound to one field of the rules: they show it, save every change, and show why a change was refused.
 * The text fields hold what is typed while they have the focus (fields/useRawText.ts).
 */
import type { Unit } from '../paths';
import { useField } from '../store';
import { CheckGroup } from './CheckGroup';
import type { CheckGroupProps } from './CheckGroup';
import { CheckboxInput } from './CheckboxInput';
import type { CheckboxInputProps } from './CheckboxInput';
import { DateInput } from './DateInput';
import type { DateInputProps } from './DateInput';
import { LinesInput } from './LinesInput';
import type { LinesInputProps } from './LinesInput';
import { NumberInput } from './NumberInput';
import type { NumberInputProps } from './NumberInput';
import { SelectInput } from './SelectInput';
import type { SelectInputProps } from './SelectInput';
import { TextInput } from './TextInput';
import type { TextInputProps } from './TextInput';

type Bound<P> = Omit<P, 'value' | 'checked' | 'onChange' | 'errors'> & { unit: Unit };

export function RuleText({ unit, ...props }: Bound<TextInputProps>) {
  const field = useField<string>(unit);
  return <TextInput {...props} holdWhileFocused value={field.value ?? ''} errors={field.errors} onChange={field.set} />;
}

export function RuleNumber({ unit, ...props }: Bound<NumberInputProps>) {
  const field = useField<number>(unit);
  return <NumberInput {...props} holdWhileFocused value={field.value} errors={field.errors} onChange={field.set} />;
}

export function RuleLines({ unit, ...props }: Bound<LinesInputProps>) {
  const field = useField<string[]>(unit);
  return <LinesInput {...props} holdWhileFocused value={field.value ?? []} errors={field.errors} onChange={field.set} />;
}

export function RuleSelect<T extends string>({ unit, ...props }: Bound<SelectInputProps<T>>) {
  const field = useField<T>(unit);
  return <SelectInput<T> {...props} value={field.value} errors={field.errors} onChange={field.set} />;
}

export function RuleCheckbox({ unit, ...props }: Bound<CheckboxInputProps>) {
  const field = useField<boolean>(unit);
  return <CheckboxInput {...props} checked={field.value} errors={field.errors} onChange={field.set} />;
}

export function RuleCheckGroup<T extends string | number>({ unit, ...props }: Bound<CheckGroupProps<T>>) {
  const field = useField<T[]>(unit);
  return <CheckGroup<T> {...props} value={field.value ?? []} errors={field.errors} onChange={field.set} />;
}

export function RuleDate({ unit, ...props }: Bound<DateInputProps>) {
  const field = useField<string | null>(unit);
  return <DateInput {...props} value={field.value ?? null} errors={field.errors} onChange={field.set} />;
}
