// A model of a search engine's core: an inverted index scored with BM25.
const K1 = 1.2; // term-frequency saturation (Lucene's default)
const B = 0.75; // document-length normalisation (Lucene's default)

const analyse = (text: string): string[] => text.toLowerCase().match(/[a-z0-9]+/g) ?? [];

class InvertedIndex {
  #postings = new Map<string, Map<number, number>>(); // term -> (docId -> term frequency)
  #lengths = new Map<number, number>();
  #titles = new Map<number, string>();

  add(id: number, text: string): void {
    const terms = analyse(text);
    this.#lengths.set(id, terms.length);
    this.#titles.set(id, text);
    for (const t of terms) {
      const posting = this.#postings.get(t) ?? new Map<number, number>();
      posting.set(id, (posting.get(id) ?? 0) + 1);
      this.#postings.set(t, posting);
    }
  }

  postings(term: string): number[] {
    return [...(this.#postings.get(term)?.keys() ?? [])];
  }

  search(query: string): { id: number; score: number; text: string }[] {
    const n = this.#lengths.size;
    const avgLength = [...this.#lengths.values()].reduce((a, b) => a + b, 0) / n;
    const scores = new Map<number, number>();
    for (const term of new Set(analyse(query))) {
      const posting = this.#postings.get(term);
      if (!posting) continue;
      // Rare terms weigh more: idf falls as the number of documents containing the term rises.
      const idf = Math.log(1 + (n - posting.size + 0.5) / (posting.size + 0.5));
      for (const [id, tf] of posting) {
        const length = this.#lengths.get(id) ?? avgLength;
        // Repeating a term helps less and less (k1); long documents are penalised (b).
        const score = (idf * (tf * (K1 + 1))) / (tf + K1 * (1 - B + (B * length) / avgLength));
        scores.set(id, (scores.get(id) ?? 0) + score);
      }
    }
    return [...scores]
      .map(([id, score]) => ({ id, score, text: this.#titles.get(id) ?? '' }))
      .sort((a, b) => b.score - a.score || a.id - b.id);
  }
}

const index = new InvertedIndex();
index.add(1, 'Postgres connection pooling with PgBouncer');
index.add(2, 'Connection pooling in Node: pool size, queueing and timeouts for every connection');
index.add(3, 'Redis caching patterns for Node services');
index.add(4, 'Node streams and backpressure');
index.add(5, 'Tuning the Node event loop');

console.log('postings for "node":', index.postings('node').join(', '), '| for "pgbouncer":', index.postings('pgbouncer').join(', '));
for (const query of ['node connection pooling', 'pgbouncer']) {
  console.log(`query: ${query}`);
  for (const hit of index.search(query)) console.log(`  ${hit.score.toFixed(3)}  #${hit.id} ${hit.text}`);
}
