import type { DiagnosticSink } from './diagnostics.ts';

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * The file's text with a BOM dropped and line endings made `\n`, or undefined when it is not UTF-8
 * (then each offending line is reported).
 */
export function decodeGuide(bytes: Uint8Array, sink: DiagnosticSink): string | undefined {
  try {
    return utf8
      .decode(bytes)
      .replace(/^\uFEFF/, '')
      .replace(/\r\n?/g, '\n');
  } catch {
    reportInvalidLines(bytes, sink);
    return undefined;
  }
}

function reportInvalidLines(bytes: Uint8Array, sink: DiagnosticSink): void {
  let lineStart = 0;
  let line = 1;
  let reported = 0;
  for (let i = 0; i <= bytes.length && reported < 10; i++) {
    if (i < bytes.length && bytes[i] !== 0x0a) continue;
    const lineBytes = bytes.subarray(lineStart, i);
    const column = firstInvalidColumn(lineBytes);
    if (column !== undefined) {
      const byte = lineBytes[column] ?? 0;
      sink.add('file.not-utf8', line, 'file', { byte, column: column + 1 });
      reported++;
    }
    lineStart = i + 1;
    line++;
  }
}

/** Offset of the first byte that starts no valid UTF-8 sequence, or undefined if the line is valid. */
function firstInvalidColumn(bytes: Uint8Array): number | undefined {
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i] ?? 0;
    const length =
      lead < 0x80
        ? 1
        : lead >= 0xc2 && lead <= 0xdf
          ? 2
          : lead >= 0xe0 && lead <= 0xef
            ? 3
            : lead >= 0xf0 && lead <= 0xf4
              ? 4
              : 0;
    if (length === 0) return i;
    for (let k = 1; k < length; k++) {
      const next = bytes[i + k];
      if (next === undefined || (next & 0xc0) !== 0x80) return i;
    }
    if (length > 1) {
      try {
        utf8.decode(bytes.subarray(i, i + length));
      } catch {
        return i; // overlong forms and surrogates
      }
    }
    i += length;
  }
  return undefined;
}
