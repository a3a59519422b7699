/**
 * Builds a file out of ranges of another file and a few new pieces.
 * Adjacent ranges are merged as they are kept, so the list of parts grows
 * with the number of edits, not with the number of chunks a file has.
 */
export interface Splice {
  /** Appends `source[start, end)`. */
  keep(start: number, end: number): void;
  /** Appends bytes that are not in the source. */
  add(bytes: Buffer): void;
  /** Bytes appended so far. */
  readonly length: number;
  /** Whether what was appended is exactly `source[from, to)`, so the source itself can stand for it. */
  isCopyOf(from: number, to: number): boolean;
  toBuffer(): Buffer;
}

export function createSplice(source: Buffer): Splice {
  const parts: Array<Buffer | { start: number; end: number }> = [];
  let length = 0;
  return {
    keep(start, end) {
      if (end <= start) return;
      const last = parts[parts.length - 1];
      if (last !== undefined && !Buffer.isBuffer(last) && last.end === start) last.end = end;
      else parts.push({ start, end });
      length += end - start;
    },
    add(bytes) {
      parts.push(bytes);
      length += bytes.length;
    },
    get length() {
      return length;
    },
    isCopyOf(from, to) {
      const only = parts[0];
      if (parts.length === 0) return from === to;
      return parts.length === 1 && only !== undefined && !Buffer.isBuffer(only) && only.start === from && only.end === to;
    },
    toBuffer() {
      return Buffer.concat(parts.map((part) => (Buffer.isBuffer(part) ? part : source.subarray(part.start, part.end))), length);
    },
  };
}
