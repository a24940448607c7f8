// Sorting a listed selection by name or by kind (then name), in the reader's language order.
export type MemberSort = 'name' | 'kind';

export function sortMembers<T>(
  items: readonly T[],
  by: MemberSort,
  name: (x: T) => string,
  kind: (x: T) => string,
): T[] {
  const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });
  return [...items].sort((a, b) =>
    by === 'kind'
      ? collator.compare(kind(a), kind(b)) || collator.compare(name(a), name(b))
      : collator.compare(name(a), name(b)) || collator.compare(kind(a), kind(b)),
  );
}
