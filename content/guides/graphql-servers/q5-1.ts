import {
  buildSchema, GraphQLError, Kind, parse, specifiedRules, validate,
  type SelectionSetNode, type ValidationContext, type ValidationRule,
} from 'graphql';

const schema = buildSchema(`
  type Query { user(id: ID!): User }
  type User {
    name: String
    friends(first: Int = 10): [User!]!
  }
`);

// Walks a selection set, following fragments, and returns [depth, cost]. A list field multiplies the cost
// of its children by the page size it asks for ("first"), because that is how many objects it can return.
function measure(ctx: ValidationContext, set: SelectionSetNode, seen = new Set<string>()): [number, number] {
  let depth = 0;
  let cost = 0;
  for (const sel of set.selections) {
    let inner: SelectionSetNode | undefined;
    let multiplier = 1;
    if (sel.kind === Kind.FIELD) {
      inner = sel.selectionSet;
      cost += 1;
      const first = sel.arguments?.find((a) => a.name.value === 'first');
      if (sel.name.value === 'friends') multiplier = first?.value.kind === Kind.INT ? Number(first.value.value) : 10;
    } else if (sel.kind === Kind.INLINE_FRAGMENT) {
      inner = sel.selectionSet;
    } else if (!seen.has(sel.name.value)) {
      inner = ctx.getFragment(sel.name.value)?.selectionSet;
      seen.add(sel.name.value);
    }
    if (!inner) continue;
    const [d, c] = measure(ctx, inner, seen);
    depth = Math.max(depth, sel.kind === Kind.FIELD ? d + 1 : d);
    cost += c * multiplier;
  }
  return [depth, cost];
}

function limits(maxDepth: number, maxCost: number): ValidationRule {
  return (ctx) => ({
    OperationDefinition(op) {
      const [depth, cost] = measure(ctx, op.selectionSet);
      if (depth > maxDepth) ctx.reportError(new GraphQLError(`depth ${depth} exceeds ${maxDepth}`));
      else if (cost > maxCost) ctx.reportError(new GraphQLError(`cost ${cost} exceeds ${maxCost}`));
    },
  });
}

function check(label: string, source: string): void {
  try {
    const document = parse(source, { maxTokens: 2_000 }); // stops huge documents before validation
    const errors = validate(schema, document, [...specifiedRules, limits(6, 5_000)]);
    console.log(label.padEnd(22), errors.length ? `rejected: ${errors.map((e) => e.message).join('; ')}` : 'accepted');
  } catch (err) {
    console.log(label.padEnd(22), `rejected at parse: ${(err as GraphQLError).message}`);
  }
}

check('profile page', '{ user(id: "1") { name friends(first: 20) { name } } }');
check('friends nested 6 deep', '{ user(id: "1") { friends { friends { friends { friends { friends { friends { name } } } } } } } }');
check('wide page sizes', '{ user(id: "1") { friends(first: 100) { friends(first: 100) { name } } } }');
const aliases = Array.from({ length: 400 }, (_, i) => `u${i}: user(id: "${i}") { name }`).join(' ');
check('400 aliases', `{ ${aliases} }`);
