// A model of analyzers: char filters, a tokenizer and token filters turn text into indexed terms.
type TokenFilter = (tokens: string[]) => string[];

const stopWords = new Set(['the', 'a', 'an', 'and', 'of', 'for', 'with', 'to', 'in']);
const lowercase: TokenFilter = (ts) => ts.map((t) => t.toLowerCase());
const asciiFolding: TokenFilter = (ts) => ts.map((t) => t.normalize('NFD').replace(/[\u0300-\u036f]/g, ''));
const stop: TokenFilter = (ts) => ts.filter((t) => !stopWords.has(t));
// A deliberately crude English stemmer; real ones (Porter, KStem) handle far more cases.
const stem: TokenFilter = (ts) => ts.map((t) => (t.length > 4 ? t.replace(/(ing|s)$/, '') : t));
const edgeNgrams = (min: number, max: number): TokenFilter => (ts) =>
  ts.flatMap((t) => Array.from({ length: Math.min(max, t.length) - min + 1 }, (_, i) => t.slice(0, min + i)));

const standardTokenizer = (text: string): string[] => text.match(/[\p{L}\p{N}]+/gu) ?? [];
const keywordTokenizer = (text: string): string[] => [text];

const analyzers: Record<string, (text: string) => string[]> = {
  keyword: (text) => keywordTokenizer(text),
  standard: (text) => lowercase(standardTokenizer(text)),
  my_english: (text) => stem(stop(asciiFolding(lowercase(standardTokenizer(text))))),
  autocomplete: (text) => edgeNgrams(2, 6)(asciiFolding(lowercase(standardTokenizer(text)))),
};

const title = 'Crème Brûlée Recipes for the Beginners';
for (const [name, analyzer] of Object.entries(analyzers)) console.log(name.padEnd(12), JSON.stringify(analyzer(title)));

// A match query analyses the query text too (with the search analyzer), then looks up the terms.
const matches = (indexAnalyzer: string, query: string, searchAnalyzer = indexAnalyzer): boolean => {
  const indexed = new Set(analyzers[indexAnalyzer]!(title));
  return analyzers[searchAnalyzer]!(query).some((t) => indexed.has(t));
};
console.log('"creme brulee" on standard:', matches('standard', 'creme brulee'));
console.log('"creme brulee" on my_english:', matches('my_english', 'creme brulee'));
console.log('"recipe" on my_english:    ', matches('my_english', 'recipe'));
console.log('"Crème" on keyword:        ', matches('keyword', 'Crème'));
// Autocomplete: n-grams at index time only; the query is analysed without n-grams.
analyzers.folded = (text) => asciiFolding(lowercase(standardTokenizer(text)));
console.log('"brûl" on autocomplete:    ', matches('autocomplete', 'brûl', 'folded'));
console.log('"br" with n-gram search:   ', analyzers.autocomplete!('brûl').join(' '), '(would also match "broth", "bread"...)');
