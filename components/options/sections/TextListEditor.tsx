import { AddForm } from '../fields/AddForm';
import { ListErrors } from '../fields/Field';
import { RuleText } from '../fields/bound';
import { at, formatPath, getIn, setIn } from '../paths';
import type { Path } from '../paths';
import { useOptions } from '../store';
import { useChange } from '../useChange';
import { RemoveButton } from '../fields/RemoveButton';

export interface TextListEditorProps {
  /** where the list of texts is in the rules */
  path: Path;
  legend: string;
  /** the accessible name of entry n (1-based) */
  itemLabel(n: number): string;
  removeLabel(n: number): string;
  addLabel: string;
  addButton: string;
  hint?: string;
}

/** A list of short texts (comment starters, call-to-action templates): edit, remove, add. */
export function TextListEditor({ path, legend, itemLabel, removeLabel, addLabel, addButton, hint }: TextListEditorProps) {
  const items = useOptions((s) => getIn(s.saved, path) as string[]);
  const change = useOptions((s) => s.change);
  const { run, errors } = useChange();
  // Entries have no ids: removing one moves the rest, so their unsaved values go.
  const clears = [formatPath(path)];
  const remove = (index: number) =>
    run(
      (r) =>
        setIn(
          r,
          path,
          (getIn(r, path) as string[]).filter((_, j) => j !== index),
        ),
      clears,
    );
  return (
    <fieldset className="group">
      <legend>{legend}</legend>
      {hint ? <p className="field-hint">{hint}</p> : null}
      <ol className="item-list item-list--compact">
        {items.map((_, i) => (
          <li key={i} className="item-row">
            <RuleText unit={at(...path, i)} label={itemLabel(i + 1)} hideLabel className="grow" />
            <RemoveButton label={removeLabel(i + 1)} onClick={() => void remove(i)} />
          </li>
        ))}
      </ol>
      <ListErrors errors={errors} />
      <AddForm
        label={addLabel}
        button={addButton}
        onAdd={(text) => change((r) => setIn(r, path, [...(getIn(r, path) as string[]), text]))}
      />
    </fieldset>
  );
}
