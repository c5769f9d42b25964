import { useEffect, useRef, useState } from 'react';

/**
 * The text a field shows while the person types. It is kept as typed, and replaced by the value
 * from the rules only when that value says something else: the rules store "Hello" for "Hello ",
 * and a field that showed the stored value would eat the space before the next word.
 */
export function useRawText<T>(value: T, format: (value: T) => string, parse: (raw: string) => T, same: (a: T, b: T) => boolean) {
  const [raw, setRaw] = useState(() => format(value));
  const rawRef = useRef(raw);
  // Written after each render (not during it); runs before the effect below, which reads it.
  useEffect(() => {
    rawRef.current = raw;
  });
  useEffect(() => {
    if (!same(parse(rawRef.current), value)) setRaw(format(value));
    // Only a new value from outside can make the text stale; the functions are the same every time.
    // eslint-disable-next-line react-hooks/exhaustive-deps -- see above
  }, [value]);
  return [raw, setRaw] as const;
}
