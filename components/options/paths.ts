/**
 * Where an edit lands in the rules. A field names its place as a Unit: a stable key (what the
 * store files the person's typing under) and a way to find the place in the current rules,
 * because an item of a list with ids (goals, custom rules, pause entries) moves when an
 * earlier one is removed.
 */
import { formatPath } from '../../lib/settings/parse';
import type { Rules } from '../../lib/settings/schema';

export type Path = readonly (string | number)[];

export interface Unit {
  key: string;
  /** the path in `rules`, or null when the place no longer exists (its item was removed) */
  locate(rules: Rules): Path | null;
}

/** A place at a fixed path. */
export function at(...path: Path): Unit {
  return { key: formatPath(path), locate: () => path };
}

export type ItemList = 'goals' | 'custom' | 'pause';

/** A field of the item with this id in one of the lists with ids. */
export function inItem(list: ItemList, id: string, ...sub: Path): Unit {
  return {
    key: `${list}#${id}${sub.length ? `.${formatPath(sub)}` : ''}`,
    locate: (rules) => {
      const index = rules[list].findIndex((item) => item.id === id);
      return index < 0 ? null : [list, index, ...sub];
    },
  };
}

/** The key prefix that every field of an item uses, for clearing them when the item goes. */
export const itemKeyPrefix = (list: ItemList, id: string) => `${list}#${id}`;

/** Does `key` name `prefix` itself or a place inside it? */
export function isUnder(key: string, prefix: string): boolean {
  if (!key.startsWith(prefix)) return false;
  const next = key.charAt(prefix.length);
  return next === '' || next === '.' || next === '[';
}

export function getIn(value: unknown, path: Path): unknown {
  let current = value;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string | number, unknown>)[key];
  }
  return current;
}

/** A copy of `root` with `value` at `path`; everything off the path is shared, not copied. */
export function setIn<T>(root: T, path: Path, value: unknown): T {
  if (path.length === 0) return value as T;
  const [head, ...rest] = path as [string | number, ...(string | number)[]];
  const container = root as unknown as Record<string | number, unknown> | unknown[];
  const child = setIn((container as Record<string | number, unknown>)[head], rest, value);
  if (Array.isArray(container)) {
    const copy = [...container];
    copy[head as number] = child;
    return copy as T;
  }
  return { ...container, [head]: child } as T;
}

/** `path` written as the rules' error paths are (`networks.x.limits.post`, `custom[0].pattern`). */
export { formatPath };
