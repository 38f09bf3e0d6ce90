/** Words and numbers, lower-cased: what lexical similarity compares. */
export function tokens(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** BM25's usual constants: term frequency saturates (k1) and long inputs are normalised (b). */
const K1 = 1.2;
const B = 0.75;

/**
 * Okapi BM25 over a small set of texts (a column's verified inputs): scores a query against each. Rare
 * words weigh more than words every row shares (a company suffix, a column's fixed wording), which
 * plain token overlap (Jaccard) cannot tell apart.
 */
export class Bm25 {
  readonly #docs: Array<Map<string, number>>;
  readonly #lengths: number[];
  readonly #average: number;
  readonly #documentFrequency = new Map<string, number>();

  constructor(texts: string[]) {
    this.#docs = texts.map((text) => {
      const counts = new Map<string, number>();
      for (const token of tokens(text)) counts.set(token, (counts.get(token) ?? 0) + 1);
      for (const token of counts.keys())
        this.#documentFrequency.set(token, (this.#documentFrequency.get(token) ?? 0) + 1);
      return counts;
    });
    this.#lengths = this.#docs.map((counts) => [...counts.values()].reduce((sum, n) => sum + n, 0));
    this.#average = this.#lengths.reduce((sum, n) => sum + n, 0) / Math.max(1, texts.length);
  }

  /** The query's score against every text, in the texts' order (0 when they share no word). */
  scores(query: string): number[] {
    const terms = [...new Set(tokens(query))];
    const n = this.#docs.length;
    return this.#docs.map((counts, index) => {
      const length = this.#lengths[index] ?? 0;
      let score = 0;
      for (const term of terms) {
        const frequency = counts.get(term);
        if (!frequency) continue;
        const df = this.#documentFrequency.get(term) ?? 0;
        const idf = Math.log(1 + (n - df + 0.5) / (df + 0.5));
        score +=
          (idf * frequency * (K1 + 1)) / (frequency + K1 * (1 - B + (B * length) / (this.#average || 1)));
      }
      return score;
    });
  }
}
