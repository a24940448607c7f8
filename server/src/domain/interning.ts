// Interning: one shared instance per distinct value, for the large in-process structures (search index, adjacency,
// ask lexicon) where the same few label lists and name words recur across 100k nodes (issue 15, memory).

/** A function that returns one shared frozen list per distinct list of strings (compared element by element). */
export function listInterner(): (list: readonly string[]) => readonly string[] {
  const known = new Map<string, readonly string[]>();
  return (list) => {
    const key = list.join('\u0000');
    let shared = known.get(key);
    if (!shared) known.set(key, (shared = Object.freeze([...list])));
    return shared;
  };
}

/** A function that returns one shared string per distinct string (strings built by split or slice are copies). */
export function stringInterner(): (text: string) => string {
  const known = new Map<string, string>();
  return (text) => known.get(text) ?? (known.set(text, text), text);
}
