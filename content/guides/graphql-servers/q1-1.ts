import { buildSchema, graphql } from 'graphql';

const schema = buildSchema(`
  type Query {
    book(id: ID!): Book
  }
  type Book {
    id: ID!
    title: String!
    author: Author!
  }
  type Author {
    name: String!
  }
`);

const books = new Map([['1', { id: '1', title: 'Dune', authorId: 'a1' }]]);
const authors = new Map([['a1', { name: 'Frank Herbert' }]]);
const calls: string[] = [];

// With buildSchema, the root value holds the Query fields; nested fields use the object's own properties
// (the default resolver), or a function on that object, which is called with the field's arguments.
const rootValue = {
  book: ({ id }: { id: string }) => {
    calls.push(`book(${id})`);
    const book = books.get(id);
    if (!book) return null;
    return {
      ...book,
      author: () => {
        calls.push(`author(${book.authorId})`);
        return authors.get(book.authorId);
      },
    };
  },
};

// graphql() = parse + validate + execute.
const ok = await graphql({ schema, rootValue, source: '{ book(id: "1") { title author { name } } }' });
console.log(JSON.stringify(ok), '| resolvers called:', calls.join(', '));

calls.length = 0;
const invalid = await graphql({ schema, rootValue, source: '{ book(id: "1") { title isbn } }' });
console.log(JSON.stringify(invalid), '| resolvers called:', calls.length);

const missing = await graphql({ schema, rootValue, source: '{ book(id: "9") { title } }' });
console.log(JSON.stringify(missing));
