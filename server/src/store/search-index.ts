// In-process search index for the embedded store: MiniSearch's radix tree over every suffix of every word, ranked
// exactly as searchStatement's scan ranks (cypher/query-cypher.ts), so indexed and scanned answers are the same.
import SearchableMap from 'minisearch/SearchableMap';
import { listInterner } from '../domain/interning.js';
import { nameScoreBelowExact, Page } from './search-ranking.js';

/** What the index keeps per node: the texts search matches (as stored), the labels and the name's length for ties. */
export interface IndexedNode {
  id: string;
  labels: readonly string[];
  /** The stored searchText (folded names joined by " | "). */
  searchText: string;
  name: string | null;
  target: string | null;
  description: string | null;
}

export interface IndexHit {
  id: string;
  score: number;
  matchedOn: 'NAME' | 'TARGET' | 'DESCRIPTION';
}

interface Doc {
  id: string;
  labels: readonly string[];
  /** Field texts as the scan compares them: searchText, toLower(target), toLower(description). */
  texts: [string, string, string];
  names: string[];
  /** size(n.name) in the scan's tie-break; a missing name sorts last. */
  nameSize: number;
}

const FIELDS = 3;
const NAMES = 0;
/** Per field, the score of a match there (the names' score depends on how the name matches: nameScoreBelowExact). */
const FIELD_SCORES = [
  [NAMES, 100],
  [1, 25],
  [2, 20],
] as const;
/** The two mark arrays: docs already scored in this search, docs already seen in this posting pass. */
const SCORED = 0;
const SEEN = 1;

/**
 * A token (no whitespace) is CONTAINed in a text iff it is a prefix of a suffix of one whitespace-free run of the
 * text: so prefix look-ups over every suffix are the scan's substring test (Dutch compounds: "zorg" finds
 * "gezondheidszorg"; "|" and "-" stay inside runs as the scan sees them).
 */
function suffixes(text: string): Set<string> {
  const out = new Set<string>();
  for (const run of text.split(/\s+/)) for (let i = 0; i < run.length; i++) out.add(run.slice(i));
  out.delete('');
  return out;
}

/** Cypher's size() counts characters (code points), JS length counts UTF-16 units. */
const charCount = (text: string) => {
  let n = 0;
  for (const _ of text) n++;
  return n;
};

export class SearchIndex {
  /** Per field: suffix -> doc numbers (each doc once per suffix). Postings of replaced docs stay until compaction. */
  private maps: SearchableMap<number[]>[] = [];
  private docs: (Doc | undefined)[] = [];
  private numberOf = new Map<string, number>();
  private dead = 0;

  constructor() {
    this.clear();
  }

  get size(): number {
    return this.numberOf.size;
  }

  clear(): void {
    this.maps = Array.from({ length: FIELDS }, () => new SearchableMap<number[]>());
    this.docs = [];
    this.numberOf = new Map();
    this.dead = 0;
  }

  /**
   * Makes the index hold exactly `nodes` (the whole store): unchanged nodes are left alone, changed ones replaced,
   * absent ones dropped. Returns how many nodes were added, replaced or dropped.
   */
  reconcile(nodes: Iterable<IndexedNode>): number {
    const seen = new Set<string>();
    let changes = 0;
    for (const node of nodes) {
      seen.add(node.id);
      if (this.upsert(node)) changes++;
    }
    for (const id of [...this.numberOf.keys()]) {
      if (!seen.has(id)) {
        this.remove(id);
        changes++;
      }
    }
    if (this.dead > 1000 && this.dead > this.numberOf.size) this.compact();
    return changes;
  }

  /** Adds or replaces one node; false when the node is already indexed with the same texts. */
  upsert(node: IndexedNode): boolean {
    const texts: Doc['texts'] = [
      node.searchText ?? '',
      (node.target ?? '').toLowerCase(),
      (node.description ?? '').toLowerCase(),
    ];
    const nameSize = typeof node.name === 'string' ? charCount(node.name) : Number.POSITIVE_INFINITY;
    const known = this.numberOf.get(node.id);
    if (known !== undefined) {
      const doc = this.docs[known]!;
      if (doc.nameSize === nameSize && doc.texts.every((t, i) => t === texts[i]) && sameLabels(doc.labels, node.labels))
        return false;
      this.remove(node.id);
    }
    this.add({
      id: node.id,
      labels: this.sharedLabels(node.labels),
      texts,
      names: texts[NAMES].split(' | '),
      nameSize,
    });
    return true;
  }

  /** One frozen list per distinct label set (a few dozen in a graph), not one array per node (issue 15, memory). */
  private readonly sharedLabels = listInterner();

  private add(doc: Doc): void {
    const number = this.docs.length;
    this.docs.push(doc);
    this.numberOf.set(doc.id, number);
    doc.texts.forEach((text, field) => {
      if (text === '') return;
      const map = this.maps[field]!;
      for (const suffix of suffixes(text)) {
        map.update(suffix, (posting: number[] | undefined) => {
          if (!posting) return [number];
          posting.push(number);
          return posting;
        });
      }
    });
  }

  remove(id: string): void {
    const number = this.numberOf.get(id);
    if (number === undefined) return;
    this.docs[number] = undefined;
    this.numberOf.delete(id);
    this.dead++;
  }

  /**
   * The scan's ranking (searchStatement): 100 exact name, 80 prefix, 60 contains, 40 every word in the names,
   * 25 every word in the target, 20 every word in the description; then shorter name, then id.
   * `q` is folded text, `tokens` its words (non-empty).
   */
  search(q: string, tokens: readonly string[], labels: readonly string[] | null, first: number): IndexHit[] {
    const wanted = labels && labels.length > 0 ? new Set(labels) : null;
    const stamp = this.nextStamp(SCORED);
    const marks = this.marks[SCORED]!;
    const docs = this.docs as Doc[];
    const page = new Page(
      first,
      (a, b) => docs[a]!.nameSize - docs[b]!.nameSize || compareIds(docs[a]!.id, docs[b]!.id),
    );
    for (const [field, score] of FIELD_SCORES) {
      const found = this.matching(field, tokens);
      const numbers = this.found;
      for (let i = 0; i < found; i++) {
        const number = numbers[i]!;
        // A node is scored on the first field that matches: names before target before description, as the CASE.
        if (marks[number] === stamp) continue;
        marks[number] = stamp;
        const doc = docs[number]!;
        if (wanted && !doc.labels.some((l) => wanted.has(l))) continue;
        if (field !== NAMES) page.offer(number, score);
        // Below an exact name (100) a node scores at most 80: one that cannot enter the page is not scored further.
        else if (doc.names.includes(q)) page.offer(number, 100);
        else if (page.admits(number, 80)) page.offer(number, nameScoreBelowExact(doc.names, q));
      }
    }
    return page.numbers.map((number, i) => {
      const score = page.scores[i]!;
      return {
        id: docs[number]!.id,
        score,
        matchedOn: score >= 40 ? 'NAME' : score === 25 ? 'TARGET' : 'DESCRIPTION',
      };
    });
  }

  /** The matches of the last `matching` call (its first `count` entries), reused so a query allocates no list. */
  private found = new Int32Array(0);

  /**
   * Live docs whose `field` text contains every token (into `found`, returns their count): postings of the rarest
   * token, checked for the others.
   */
  private matching(field: number, tokens: readonly string[]): number {
    let rarest: number[][] | null = null;
    let rarestToken = '';
    let rarestCount = Number.POSITIVE_INFINITY;
    for (const token of tokens) {
      const lists: number[][] = [];
      let count = 0;
      for (const [, posting] of this.maps[field]!.atPrefix(token)) {
        lists.push(posting);
        count += posting.length;
        if (count >= rarestCount) break;
      }
      if (count === 0) return 0;
      if (count < rarestCount) {
        rarest = lists;
        rarestToken = token;
        rarestCount = count;
      }
    }
    if (!rarest) return 0;
    if (this.found.length < rarestCount) this.found = new Int32Array(Math.max(rarestCount, this.found.length * 2));
    const others = tokens.filter((t) => t !== rarestToken);
    const stamp = this.nextStamp(SEEN);
    const marks = this.marks[SEEN]!;
    const out = this.found;
    let found = 0;
    for (const posting of rarest) {
      for (const number of posting) {
        const doc = this.docs[number];
        // One doc can sit under several suffixes of the prefix ("ppp", "ppps"): the stamp keeps it once.
        if (!doc || marks[number] === stamp) continue;
        marks[number] = stamp;
        if (others.length === 0 || others.every((t) => doc.texts[field]!.includes(t))) out[found++] = number;
      }
    }
    return found;
  }

  /** Per-doc marks stamped with a fresh number per pass (no Set per query): one array per use, grown with the docs. */
  private marks = [new Uint32Array(0), new Uint32Array(0)];
  private stamps = [0, 0];

  private nextStamp(use: number): number {
    if (this.marks[use]!.length < this.docs.length) {
      const grown = new Uint32Array(Math.max(this.docs.length, this.marks[use]!.length * 2));
      grown.set(this.marks[use]!);
      this.marks[use] = grown;
    }
    if (++this.stamps[use]! === 0xffffffff) {
      this.marks[use]!.fill(0);
      this.stamps[use] = 1;
    }
    return this.stamps[use]!;
  }

  /** Rebuilds the postings without replaced and removed docs. */
  private compact(): void {
    const live = this.docs.filter((d): d is Doc => d !== undefined);
    this.clear();
    for (const doc of live) this.add(doc);
  }
}

function sameLabels(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((l) => b.includes(l));
}

/** Ids are kebab-case ASCII (checkId), where the engine's code-point order and JS string order agree. */
const compareIds = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
