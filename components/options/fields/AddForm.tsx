import { useState } from 'react';
import type { RulesError } from '../../../lib/settings/parse';
import { TextInput } from './TextInput';

/** `note`: said after a success that changed nothing visible (the phrase was already there). */
export type AddResult = { ok: true; note?: string } | { ok: false; errors: RulesError[] };

export interface AddFormProps {
  label: string;
  button: string;
  hint?: string;
  /** Adds the text; the form empties on success and keeps the text with the reasons otherwise. */
  onAdd(text: string): Promise<AddResult>;
}

/** A text field and an Add button, in a form so Enter adds too. */
export function AddForm({ label, button, hint, onAdd }: AddFormProps) {
  const [text, setText] = useState('');
  const [errors, setErrors] = useState<RulesError[]>([]);
  const [note, setNote] = useState('');
  return (
    <form
      className="add-form"
      onSubmit={async (e) => {
        e.preventDefault();
        const result = await onAdd(text);
        if (result.ok) {
          setText('');
          setErrors([]);
          setNote(result.note ?? '');
        } else {
          setErrors(result.errors);
          setNote('');
        }
      }}
    >
      <TextInput
        label={label}
        hint={hint}
        value={text}
        errors={errors}
        onChange={(value) => {
          setText(value);
          setNote('');
        }}
      />
      <button type="submit" className="button button--quiet">
        {button}
      </button>
      {/* Always there, so screen readers already follow it when a note appears. */}
      <p className="field-hint add-form-note" role="status">
        {note}
      </p>
    </form>
  );
}
