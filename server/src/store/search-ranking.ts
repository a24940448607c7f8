// The scan's ranking (searchStatement) for the embedded search index: the name scores and the page of best hits,
// kept while the matches are scored so a broad word ("ppp": 15k matches at 100k) allocates nothing per match.

/** The CASE of searchStatement for a node whose names contain every token, below an exact name (100). */
export function nameScoreBelowExact(names: readonly string[], q: string): number {
  for (const name of names) if (name.startsWith(q)) return 80;
  for (const name of names) if (name.includes(q)) return 60;
  return 40;
}

/**
 * The best `size` matches in ranking order (higher score, then `tie`: shorter name, then id), kept sorted as they
 * are offered; `admits` tells, before a match is scored, whether a score could still enter the page.
 */
export class Page {
  readonly numbers: number[] = [];
  readonly scores: number[] = [];

  constructor(
    private readonly size: number,
    /** Negative when match `a` ranks before match `b` at equal scores; never 0 for two matches (ids differ). */
    private readonly tie: (a: number, b: number) => number,
  ) {}

  /** Whether a match scoring `score` would rank before the page's last (always, while the page is not full). */
  admits(number: number, score: number): boolean {
    const last = this.numbers.length - 1;
    if (last < this.size - 1) return true;
    const lastScore = this.scores[last]!;
    return score > lastScore || (score === lastScore && this.tie(number, this.numbers[last]!) < 0);
  }

  offer(number: number, score: number): void {
    if (!this.admits(number, score)) return;
    let lo = 0;
    let hi = this.numbers.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const s = this.scores[mid]!;
      if (s > score || (s === score && this.tie(this.numbers[mid]!, number) < 0)) lo = mid + 1;
      else hi = mid;
    }
    this.numbers.splice(lo, 0, number);
    this.scores.splice(lo, 0, score);
    if (this.numbers.length > this.size) {
      this.numbers.pop();
      this.scores.pop();
    }
  }
}
