// A model of how a Kysely-style builder types SQL: the database schema is a TypeScript type.
interface Database {
  users: { id: number; email: string; created_at: Date; deleted_at: Date | null };
  orders: { id: number; user_id: number; total_cents: number; status: 'paid' | 'refunded' };
}

type Operator = '=' | '<' | '>' | '<=' | '>=' | '<>';

class SelectBuilder<DB, T extends keyof DB & string, Out> {
  readonly #table: T;
  readonly #columns: string[];
  readonly #where: { column: string; op: Operator; value: unknown }[];
  readonly #limit: number | undefined;

  constructor(table: T, columns: string[] = [], where: { column: string; op: Operator; value: unknown }[] = [], limit?: number) {
    this.#table = table;
    this.#columns = columns;
    this.#where = where;
    this.#limit = limit;
  }

  // Only real columns are accepted, and the result type narrows to the chosen ones.
  select<C extends keyof DB[T] & string>(...columns: C[]): SelectBuilder<DB, T, Pick<DB[T], C>> {
    return new SelectBuilder<DB, T, Pick<DB[T], C>>(this.#table, columns, this.#where, this.#limit);
  }

  // The value must have the column's type: a string for a number column does not compile.
  where<C extends keyof DB[T] & string>(column: C, op: Operator, value: DB[T][C]): SelectBuilder<DB, T, Out> {
    return new SelectBuilder<DB, T, Out>(this.#table, this.#columns, [...this.#where, { column, op, value }], this.#limit);
  }

  limit(n: number): SelectBuilder<DB, T, Out> {
    return new SelectBuilder<DB, T, Out>(this.#table, this.#columns, this.#where, n);
  }

  // Values become numbered parameters, never string-concatenated SQL.
  compile(): { sql: string; parameters: unknown[] } {
    const parameters: unknown[] = [];
    const where = this.#where.map((w) => `"${w.column}" ${w.op} $${parameters.push(w.value)}`);
    const sql = [
      `select ${this.#columns.map((c) => `"${c}"`).join(', ') || '*'} from "${this.#table}"`,
      where.length ? `where ${where.join(' and ')}` : '',
      this.#limit === undefined ? '' : `limit $${parameters.push(this.#limit)}`,
    ].filter(Boolean).join(' ');
    return { sql, parameters };
  }
}

const selectFrom = <T extends keyof Database & string>(table: T) => new SelectBuilder<Database, T, Database[T]>(table);

const query = selectFrom('orders').select('id', 'total_cents').where('status', '=', 'paid').where('user_id', '=', 42).limit(20);
const { sql, parameters } = query.compile();
console.log(sql);
console.log('parameters:', JSON.stringify(parameters));

// The row type is inferred from the query: { id: number; total_cents: number }.
type Row = typeof query extends SelectBuilder<Database, 'orders', infer O> ? O : never;
const row: Row = { id: 1, total_cents: 1999 };
console.log('row keys the compiler allows:', Object.keys(row).join(', '));

// @ts-expect-error 'total' is not a column of orders
selectFrom('orders').select('total');
// @ts-expect-error status is 'paid' | 'refunded', so 'shipped' is rejected at compile time
selectFrom('orders').where('status', '=', 'shipped');
console.log('invalid column and invalid value: rejected by tsc (see @ts-expect-error lines)');
