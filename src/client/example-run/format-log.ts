/**
 * `console.log`'s text as Node prints it (util.format and util.inspect's defaults: depth 2, break
 * length 80, compact 3), so a run in the page can be compared with the output recorded under Node.
 * Self-contained on purpose: the sandbox receives this function as source text.
 */
export function formatLog(args: readonly unknown[]): string {
  const BREAK = 80;
  const DEPTH = 2;
  const ctx = { indentation: 0, currentDepth: 0, seen: [] as object[] };
  const IDENT = /^[a-zA-Z_][a-zA-Z_0-9]*$/;

  const quote = (text: string): string => {
    const q = !text.includes("'")
      ? "'"
      : !text.includes('"')
        ? '"'
        : !text.includes('`')
          ? '`'
          : "'";
    const escaped = text
      .replace(/\\/g, '\\\\')
      .replace(/\n/g, '\\n')
      .replace(/\t/g, '\\t')
      .replace(/\r/g, '\\r')
      .replace(new RegExp(q, 'g'), `\\${q}`);
    return `${q}${escaped}${q}`;
  };

  const primitive = (value: unknown, nested: boolean): string | undefined => {
    if (typeof value === 'string') return nested ? quote(value) : value;
    if (typeof value === 'number') return Object.is(value, -0) ? '-0' : String(value);
    if (typeof value === 'bigint') return `${value}n`;
    if (typeof value === 'boolean' || value === undefined || value === null) return String(value);
    if (typeof value === 'symbol') return value.toString();
    return undefined;
  };

  const constructorName = (value: object): string | null => {
    let proto: object | null = Object.getPrototypeOf(value) as object | null;
    while (proto) {
      const descriptor = Object.getOwnPropertyDescriptor(proto, 'constructor');
      if (descriptor && typeof descriptor.value === 'function' && descriptor.value.name !== '')
        return descriptor.value.name as string;
      proto = Object.getPrototypeOf(proto) as object | null;
    }
    return null;
  };

  const keyText = (key: string | symbol): string =>
    typeof key === 'symbol' ? `[${key.toString()}]` : IDENT.test(key) ? key : quote(key);

  const belowBreak = (output: string[], start: number, base: string): boolean => {
    let total = output.length + start;
    if (total + output.length > BREAK) return false;
    for (const entry of output) {
      total += entry.length;
      if (total > BREAK) return false;
    }
    return base === '' || !base.includes('\n');
  };

  const groupArray = (output: string[], value: unknown[] | undefined): string[] => {
    let totalLength = 0;
    let maxLength = 0;
    const outputLength = output.length;
    const separatorSpace = 2;
    const dataLen: number[] = [];
    for (let i = 0; i < outputLength; i++) {
      const len = (output[i] as string).length;
      dataLen[i] = len;
      totalLength += len + separatorSpace;
      if (maxLength < len) maxLength = len;
    }
    const actualMax = maxLength + separatorSpace;
    if (
      actualMax * 3 + ctx.indentation < BREAK &&
      (totalLength / actualMax > 5 || maxLength <= 6)
    ) {
      const averageBias = Math.sqrt(actualMax - totalLength / output.length);
      const biasedMax = Math.max(actualMax - 3 - averageBias, 1);
      const columns = Math.min(
        Math.round(Math.sqrt(2.5 * biasedMax * outputLength) / biasedMax),
        Math.floor((BREAK - ctx.indentation) / actualMax),
        3 * 4,
        15,
      );
      if (columns <= 1) return output;
      const maxLineLength: number[] = [];
      for (let i = 0; i < columns; i++) {
        let lineLength = 0;
        for (let j = i; j < output.length; j += columns)
          if ((dataLen[j] as number) > lineLength) lineLength = dataLen[j] as number;
        maxLineLength.push(lineLength + separatorSpace);
      }
      const numeric =
        value !== undefined &&
        output.every((_, i) => typeof value[i] === 'number' || typeof value[i] === 'bigint');
      const grouped: string[] = [];
      for (let i = 0; i < outputLength; i += columns) {
        const max = Math.min(i + columns, outputLength);
        let line = '';
        let j = i;
        for (; j < max - 1; j++) {
          const padding =
            (maxLineLength[j - i] as number) +
            (output[j] as string).length -
            (dataLen[j] as number);
          line += numeric ? `${output[j]}, `.padStart(padding) : `${output[j]}, `.padEnd(padding);
        }
        if (numeric) {
          const padding =
            (maxLineLength[j - i] as number) +
            (output[j] as string).length -
            (dataLen[j] as number) -
            separatorSpace;
          line += (output[j] as string).padStart(padding);
        } else line += output[j] as string;
        grouped.push(line);
      }
      return grouped;
    }
    return output;
  };

  const reduce = (
    output: string[],
    base: string,
    braces: [string, string],
    isArray: boolean,
    depth: number,
    value: unknown,
  ): string => {
    const entries = output.length;
    if (isArray && entries > 6) output = groupArray(output, value as unknown[]);
    if (ctx.currentDepth - depth < 3 && entries === output.length) {
      const start = output.length + ctx.indentation + braces[0].length + base.length + 10;
      if (belowBreak(output, start, base)) {
        const joined = output.join(', ');
        if (!joined.includes('\n'))
          return `${base ? `${base} ` : ''}${braces[0]} ${joined} ${braces[1]}`;
      }
    }
    const indentation = `\n${' '.repeat(ctx.indentation)}`;
    return `${base ? `${base} ` : ''}${braces[0]}${indentation}  ${output.join(`,${indentation}  `)}${indentation}${braces[1]}`;
  };

  const property = (target: object, key: string | symbol, depth: number, arrayItem: boolean) => {
    const descriptor = Object.getOwnPropertyDescriptor(target, key);
    let text: string;
    if (descriptor && 'value' in descriptor) {
      ctx.indentation += 2;
      text = inspect(descriptor.value, depth);
      ctx.indentation -= 2;
    } else if (descriptor?.get) text = descriptor.set ? '[Getter/Setter]' : '[Getter]';
    else if (descriptor?.set) text = '[Setter]';
    else text = 'undefined';
    return arrayItem ? text : `${keyText(key)}: ${text}`;
  };

  const inspect = (value: unknown, depth: number): string => {
    const simple = primitive(value, true);
    if (simple !== undefined) return simple;
    if (typeof value === 'function') {
      const name = value.name ? `: ${value.name}` : ' (anonymous)';
      const text = Function.prototype.toString.call(value);
      return text.startsWith('class')
        ? `[class ${value.name || '(anonymous)'}]`
        : `[Function${name}]`;
    }
    const object = value as object;
    if (ctx.seen.includes(object)) return '[Circular *1]';
    const name = constructorName(object);
    if (object instanceof Date)
      return Number.isNaN(object.getTime()) ? 'Invalid Date' : object.toISOString();
    if (object instanceof RegExp) return object.toString();
    if (object instanceof Error) return object.stack ?? `${object.name}: ${object.message}`;
    const isArray = Array.isArray(object);
    const prefix = name === null ? '[Object: null prototype] ' : '';
    if (depth > DEPTH) {
      if (isArray) return '[Array]';
      return `[${name ?? 'Object: null prototype'}]`;
    }
    ctx.seen.push(object);
    ctx.currentDepth = depth;
    const output: string[] = [];
    let braces: [string, string];
    const base = '';
    const keys = Reflect.ownKeys(object).filter(
      (key) =>
        Object.getOwnPropertyDescriptor(object, key)?.enumerable === true &&
        !(isArray && typeof key === 'string' && /^\d+$/.test(key)),
    );
    if (isArray) {
      const array = object as unknown[];
      braces = [name === 'Array' ? '[' : `${prefix}${name ?? ''}(${array.length}) [`, ']'];
      const shown = Math.min(array.length, 100);
      for (let i = 0; i < shown; i++) {
        if (!Object.hasOwn(array, i)) {
          let holes = 1;
          while (i + holes < shown && !Object.hasOwn(array, i + holes)) holes++;
          output.push(`<${holes} empty item${holes > 1 ? 's' : ''}>`);
          i += holes - 1;
        } else output.push(property(array, String(i), depth + 1, true));
      }
      if (array.length > shown)
        output.push(`... ${array.length - shown} more item${array.length - shown > 1 ? 's' : ''}`);
    } else if (object instanceof Map) {
      braces = [`${prefix}${name ?? 'Map'}(${object.size}) {`, '}'];
      ctx.indentation += 2;
      for (const [k, v] of object)
        output.push(`${inspect(k, depth + 1)} => ${inspect(v, depth + 1)}`);
      ctx.indentation -= 2;
    } else if (object instanceof Set) {
      braces = [`${prefix}${name ?? 'Set'}(${object.size}) {`, '}'];
      ctx.indentation += 2;
      for (const v of object) output.push(inspect(v, depth + 1));
      ctx.indentation -= 2;
    } else {
      braces = ['{', '}'];
      const tag = (object as { [Symbol.toStringTag]?: unknown })[Symbol.toStringTag];
      if (name !== 'Object' || (typeof tag === 'string' && tag !== ''))
        braces[0] = `${prefix}${name ?? ''}${typeof tag === 'string' && tag !== '' && tag !== name ? ` [${tag}]` : ''} {`;
      if (name === null) braces[0] = '[Object: null prototype] {';
    }
    for (const key of keys) output.push(property(object, key, depth + 1, false));
    ctx.seen.pop();
    if (output.length === 0) {
      if (isArray) return `${braces[0]}]`;
      if (object instanceof Map || object instanceof Set) return `${braces[0]}}`;
      return braces[0] === '{' ? '{}' : `${braces[0]}}`;
    }
    return reduce(output, base, braces, isArray, depth, value);
  };

  const formatWithOptions = (first: unknown, rest: readonly unknown[]): string => {
    if (typeof first !== 'string' || !first.includes('%'))
      return [first, ...rest].map((arg) => primitive(arg, false) ?? inspect(arg, 0)).join(' ');
    let index = 0;
    const text = first.replace(/%([sdifjoOc%])/g, (match, type: string) => {
      if (type === '%') return '%';
      if (index >= rest.length) return match;
      const arg = rest[index++];
      switch (type) {
        case 's':
          return typeof arg === 'string'
            ? arg
            : typeof arg === 'bigint'
              ? `${arg}n`
              : typeof arg === 'object' && arg !== null
                ? inspect(arg, 1)
                : (primitive(arg, false) ?? String(arg));
        case 'd':
        case 'i': {
          if (typeof arg === 'bigint') return `${arg}n`;
          const n = Number(arg);
          return String(type === 'i' ? Math.trunc(n) : n);
        }
        case 'f':
          return String(Number.parseFloat(String(arg)));
        case 'j':
          return JSON.stringify(arg);
        case 'c':
          return '';
        default:
          return inspect(arg, 0);
      }
    });
    const tail = rest.slice(index).map((arg) => primitive(arg, false) ?? inspect(arg, 0));
    return [text, ...tail].join(' ');
  };

  return args.length === 0 ? '' : formatWithOptions(args[0], args.slice(1));
}
