import { useEffect, useRef, useState } from 'react';

/** For the text fields (text, number, lines): see `hold` below. */
export interface HoldProps {
  /** bound to the stored rules: while the field has the focus, a change from elsewhere leaves the typed text */
  holdWhileFocused?: boolean;
}

/**
 * The text a field shows while the person types. It is kept as typed, and replaced by the value
 * from the rules only when that value says something else: the rules store "Hello" for "Hello ",
 * and a field that showed the stored value would eat the space before the next word.
 *
 * With `hold` (a field bound to the stored rules), while the field has the focus a value from elsewhere
 * (an import in another tab) does not replace the text under the cursor: the person's next key saves
 * their whole text over it, so no key typed is lost. When the field loses the focus it shows what is
 * stored. A field of the page's own (an add form, emptied after adding) always follows its value.
 *
 * Returns the text, its setter and the focus handlers to spread on the control.
 */
export function useRawText<T>(
  value: T,
  format: (value: T) => string,
  parse: (raw: string) => T,
  same: (a: T, b: T) => boolean,
  hold = false,
) {
  const [raw, setRaw] = useState(() => format(value));
  const rawRef = useRef(raw);
  const focused = useRef(false);
  // Written after each render (not during it); runs before the effect below, which reads it.
  useEffect(() => {
    rawRef.current = raw;
  });
  const follow = () => {
    if (!same(parse(rawRef.current), value)) setRaw(format(value));
  };
  useEffect(() => {
    if (!hold || !focused.current) follow();
    // Only a new value from outside can make the text stale; the functions are the same every time.
    // eslint-disable-next-line react-hooks/exhaustive-deps -- see above
  }, [value]);
  const focus = {
    onFocus: () => {
      focused.current = true;
    },
    onBlur: () => {
      focused.current = false;
      follow();
    },
  };
  return [raw, setRaw, focus] as const;
}
