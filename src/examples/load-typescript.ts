import { createRequire } from 'node:module';
import type ts from 'typescript';

let typescript: typeof ts | undefined;

/**
 * The compiler, loaded on first use: a warm build, and a rendering worker given the type pass's
 * results, need none of it (loading it costs about 0.3 s and 90 MB).
 */
export function loadTypeScript(): typeof ts {
  return (typescript ??= createRequire(import.meta.url)('typescript') as typeof ts);
}
