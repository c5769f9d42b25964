/**
 * Ids for new goals, custom rules and pause entries: readable in an exported file ("no-crypto",
 * not "r-8f3a"), within the rules' id format (1–40 lowercase letters, digits or dashes), and unique in their list.
 */
export function newId(text: string, taken: Iterable<string>, fallback: string): string {
  const used = new Set(taken);
  const base =
    text
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/ß/g, 'ss')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 32)
      .replace(/-+$/, '') || fallback;
  if (!used.has(base)) return base;
  for (let n = 2; ; n++) {
    const id = `${base}-${n}`;
    if (!used.has(id)) return id;
  }
}
