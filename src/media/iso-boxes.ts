/**
 * Boxes of the ISO base media file format (HEIF images, MP4, QuickTime and
 * 3GP movies), read with every size checked against the file and against
 * the box that holds it.
 */
import { walkLimits, type WalkBudget } from './walk-budget.js';
import { MalformedMedia, MediaTooComplex } from './walk-errors.js';

export interface Box {
  type: string;
  start: number;
  /** Where the box's contents start, after its size and type. */
  payload: number;
  /** Its declared end, or the end of the file when it was cut off. */
  end: number;
  /** It declares more bytes than the file holds: the file was cut off inside it. */
  cut: boolean;
  depth: number;
}

/**
 * The whole file as the box that holds the top-level boxes. It counts as
 * cut, since nothing in a file says where it should end: its last box may
 * run past the end, which is how a truncated upload looks.
 */
export function fileBox(bytes: Buffer): Box {
  return { type: '', start: 0, payload: 0, end: bytes.length, cut: true, depth: -1 };
}

/**
 * The boxes in `parent` from `from` (its payload, or past a full box's
 * version and flags) to its end. A child may run past the end only when
 * the parent itself was cut off; anywhere else that is a lie about sizes.
 * A header cut off with the file is left out: it has no contents.
 */
export function childBoxes(bytes: Buffer, parent: Box, from: number, budget: WalkBudget): Box[] {
  const depth = parent.depth + 1;
  if (depth > walkLimits.maxDepth) throw new MediaTooComplex('boxes nested too deep');
  const boxes: Box[] = [];
  for (let at = from; at < parent.end; ) {
    budget.step();
    let size = at + 8 <= parent.end ? bytes.readUInt32BE(at) : undefined;
    let header = 8;
    if (size === 1) {
      size = at + 16 <= parent.end ? Number(bytes.readBigUInt64BE(at + 8)) : undefined;
      header = 16;
    }
    if (size === undefined) {
      if (parent.cut) break;
      throw new MalformedMedia('box header overruns its container');
    }
    // Size 0 means "to the end of the container", which is where the file ends for a top-level box.
    const cut = size === 0 ? parent.cut && parent.depth >= 0 : at + size > parent.end;
    if (size === 0) size = parent.end - at;
    if (size < header) throw new MalformedMedia('box shorter than its header');
    if (cut && !parent.cut) throw new MalformedMedia('box overruns its container');
    const type = bytes.toString('latin1', at + 4, at + 8);
    boxes.push({ type, start: at, payload: at + header, end: Math.min(at + size, parent.end), cut, depth });
    at += size;
  }
  return boxes;
}

/** Turns a box into `free` with zeroed contents, in place, so that no offset in the file moves. */
export function blankBox(bytes: Buffer, box: Box): void {
  bytes.write('free', box.start + 4, 'latin1');
  bytes.fill(0, box.payload, box.end);
}

/** A full box's version, from the first byte of its contents. */
export function boxVersion(bytes: Buffer, box: Box): number {
  if (box.payload + 4 > box.end) throw new MalformedMedia(`${box.type} too short for its version and flags`);
  return bytes[box.payload] as number;
}

/** The handler type of an `hdlr` box: what a track's samples or a `meta` box's items are. */
export function handlerType(bytes: Buffer, hdlr: Box): string {
  // Version and flags, then a pre-defined field (QuickTime's component type).
  const at = hdlr.payload + 8;
  if (at + 4 > hdlr.end) throw new MalformedMedia('handler box too short');
  return bytes.toString('latin1', at, at + 4);
}

export interface FieldReader {
  /** An unsigned big-endian field of 0, 1, 2, 4 or 8 bytes. */
  uint(size: number): number;
  skip(size: number): void;
  fourcc(): string;
  /** A null-terminated string; a missing terminator ends it at the box's end. */
  string(): string;
  /** Bytes left before the box's end. */
  remaining(): number;
}

/** Reads fields of a box one after another, never past its end. */
export function fieldReader(bytes: Buffer, from: number, end: number): FieldReader {
  let at = from;
  const claim = (size: number): number => {
    if (size < 0 || at + size > end) throw new MalformedMedia('field overruns its box');
    at += size;
    return at - size;
  };
  return {
    uint(size) {
      if (size === 0) return 0;
      const from = claim(size);
      if (size === 1) return bytes.readUInt8(from);
      if (size === 2) return bytes.readUInt16BE(from);
      if (size === 4) return bytes.readUInt32BE(from);
      if (size === 8) return Number(bytes.readBigUInt64BE(from));
      throw new MalformedMedia(`unsupported field size ${size}`);
    },
    skip(size) {
      claim(size);
    },
    fourcc() {
      const from = claim(4);
      return bytes.toString('latin1', from, from + 4);
    },
    string() {
      // Searched within the box only, so a box without a terminator costs its own length, not the file's.
      const terminator = bytes.subarray(at, end).indexOf(0);
      const stop = terminator < 0 ? end : at + terminator;
      const value = bytes.toString('utf8', at, stop);
      at = Math.min(end, stop + 1);
      return value;
    },
    remaining() {
      return end - at;
    },
  };
}
