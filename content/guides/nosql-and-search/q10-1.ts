// A model of how a search engine stores an array of objects: "object" flattens, "nested" keeps each object.
interface Review { author: string; stars: number }
interface Product { id: string; reviews: Review[] }

const products: Product[] = [
  { id: 'kettle', reviews: [{ author: 'ada', stars: 1 }, { author: 'bob', stars: 5 }] },
  { id: 'teapot', reviews: [{ author: 'ada', stars: 5 }] },
];

// type: object (the default): each field becomes one multi-valued field; pairings are lost.
const flattened = products.map((p) => ({
  id: p.id,
  'reviews.author': p.reviews.map((r) => r.author),
  'reviews.stars': p.reviews.map((r) => r.stars),
}));
console.log('object mapping stores kettle as:', JSON.stringify(flattened[0]));

// Query: products where ada gave 5 stars.
const objectHits = flattened.filter((d) => d['reviews.author'].includes('ada') && d['reviews.stars'].includes(5)).map((d) => d.id);
console.log('object query  author=ada AND stars=5:', objectHits.join(', '), '(kettle is a false match)');

// type: nested: each review is indexed as its own hidden document; a nested query matches within one.
const nestedDocs = products.flatMap((p) => p.reviews.map((r) => ({ parent: p.id, ...r })));
console.log('nested mapping: hidden documents indexed:', nestedDocs.length, 'for', products.length, 'products');
const nestedHits = [...new Set(nestedDocs.filter((r) => r.author === 'ada' && r.stars === 5).map((r) => r.parent))];
console.log('nested query  author=ada AND stars=5:', nestedHits.join(', '));
