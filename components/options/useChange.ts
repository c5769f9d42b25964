import { useState } from 'react';
import type { RulesError } from '../../lib/settings/parse';
import type { Rules } from '../../lib/settings/schema';
import { useOptions } from './store';

/**
 * A change of shape (add, remove) with its reasons kept for showing beside the list:
 * `run` saves it, or keeps the stored rules as they are and sets `errors`.
 */
export function useChange() {
  const change = useOptions((s) => s.change);
  const [errors, setErrors] = useState<RulesError[]>([]);
  const run = async (recipe: (rules: Rules) => Rules, clears: string[] = []) => {
    const result = await change(recipe, clears);
    setErrors(result.ok ? [] : result.errors);
    return result;
  };
  return { run, errors };
}
