/**
 * HEIF images (HEIC from phones, AVIF) are ISO base media files. Their Exif
 * and XMP are items of the `meta` box like the picture itself: `iinf` names
 * each item's type and `iloc` says where its bytes are, in the file or in
 * `idat`. Removing an item would shift every offset after it, so the bytes of
 * the metadata items are overwritten in place instead: the Exif item becomes
 * an empty Exif block, the XMP packet blank space. Orientation lives in the
 * image's own properties (`irot`, `imir`), not in Exif, so nothing is lost.
 */

const heifBrands = new Set(['heic', 'heix', 'heim', 'heis', 'hevc', 'hevx', 'mif1', 'mif2', 'msf1', 'avif', 'avis']);

export function isHeif(bytes: Buffer): boolean {
  if (bytes.length < 16 || bytes.toString('latin1', 4, 8) !== 'ftyp') return false;
  const size = bytes.readUInt32BE(0);
  if (size < 16 || size > bytes.length) return false;
  const brands = [bytes.toString('latin1', 8, 12)];
  for (let at = 16; at + 4 <= size; at += 4) brands.push(bytes.toString('latin1', at, at + 4));
  return brands.some((brand) => heifBrands.has(brand));
}

class MalformedHeif extends Error {}

interface Box {
  type: string;
  /** Where the box's contents start, after its header. */
  payload: number;
  end: number;
}

function boxesIn(bytes: Buffer, from: number, to: number): Box[] {
  const boxes: Box[] = [];
  for (let at = from; at < to; ) {
    if (at + 8 > to) throw new MalformedHeif('truncated box header');
    let size = bytes.readUInt32BE(at);
    const type = bytes.toString('latin1', at + 4, at + 8);
    let header = 8;
    if (size === 1) {
      if (at + 16 > to) throw new MalformedHeif('truncated box size');
      size = Number(bytes.readBigUInt64BE(at + 8));
      header = 16;
    } else if (size === 0) {
      size = to - at;
    }
    if (size < header || at + size > to) throw new MalformedHeif(`box ${type} overruns its container`);
    boxes.push({ type, payload: at + header, end: at + size });
    at += size;
  }
  return boxes;
}

/** Reads big-endian unsigned fields of a box one after another, never past its end. */
function fieldReader(bytes: Buffer, from: number, end: number) {
  let at = from;
  return {
    uint(size: number): number {
      if (at + size > end) throw new MalformedHeif('field overruns its box');
      let value: number;
      if (size === 0) value = 0;
      else if (size === 1) value = bytes.readUInt8(at);
      else if (size === 2) value = bytes.readUInt16BE(at);
      else if (size === 4) value = bytes.readUInt32BE(at);
      else if (size === 8) value = Number(bytes.readBigUInt64BE(at));
      else throw new MalformedHeif(`unsupported field size ${size}`);
      at += size;
      return value;
    },
    skip(size: number): void {
      if (at + size > end) throw new MalformedHeif('field overruns its box');
      at += size;
    },
    fourcc(): string {
      if (at + 4 > end) throw new MalformedHeif('field overruns its box');
      at += 4;
      return bytes.toString('latin1', at - 4, at);
    },
    /** A null-terminated string; a missing terminator ends it at the box's end. */
    string(): string {
      const terminator = bytes.indexOf(0, at);
      const stop = terminator < 0 || terminator >= end ? end : terminator;
      const value = bytes.toString('utf8', at, stop);
      at = Math.min(end, stop + 1);
      return value;
    },
  };
}

type MetadataKind = 'exif' | 'xmp';

/** The ids of the Exif and XMP items, from `iinf`. */
function metadataItems(bytes: Buffer, iinf: Box): Map<number, MetadataKind> {
  const version = bytes.readUInt8(iinf.payload);
  const entriesFrom = iinf.payload + 4 + (version === 0 ? 2 : 4);
  const items = new Map<number, MetadataKind>();
  for (const infe of boxesIn(bytes, entriesFrom, iinf.end)) {
    if (infe.type !== 'infe') continue;
    const read = fieldReader(bytes, infe.payload, infe.end);
    const infeVersion = read.uint(1);
    read.skip(3);
    // Versions 0 and 1 describe files, not image items: they have no item type.
    if (infeVersion < 2) continue;
    const id = read.uint(infeVersion === 2 ? 2 : 4);
    read.skip(2);
    const type = read.fourcc();
    if (type === 'Exif') items.set(id, 'exif');
    if (type === 'mime') {
      read.string();
      if (read.string() === 'application/rdf+xml') items.set(id, 'xmp');
    }
  }
  return items;
}

interface Extent {
  /** 0: offset in the file; 1: offset in `idat`'s contents. */
  method: number;
  offset: number;
  length: number;
}

/** Where each item's bytes are, from `iloc`. */
function itemExtents(bytes: Buffer, iloc: Box): Map<number, Extent[]> {
  const read = fieldReader(bytes, iloc.payload, iloc.end);
  const version = read.uint(1);
  read.skip(3);
  const sizes = read.uint(2);
  const offsetSize = sizes >> 12;
  const lengthSize = (sizes >> 8) & 15;
  const baseOffsetSize = (sizes >> 4) & 15;
  const indexSize = version === 1 || version === 2 ? sizes & 15 : 0;
  const count = read.uint(version < 2 ? 2 : 4);
  const extents = new Map<number, Extent[]>();
  for (let item = 0; item < count; item++) {
    const id = read.uint(version < 2 ? 2 : 4);
    const method = version === 1 || version === 2 ? read.uint(2) & 15 : 0;
    read.skip(2);
    const base = read.uint(baseOffsetSize);
    const extentCount = read.uint(2);
    const list: Extent[] = [];
    for (let e = 0; e < extentCount; e++) {
      read.skip(indexSize);
      const offset = read.uint(offsetSize);
      list.push({ method, offset: base + offset, length: read.uint(lengthSize) });
    }
    extents.set(id, list);
  }
  return extents;
}

/** An Exif item with no tags: no offset to skip, then a big-endian TIFF header and an empty first IFD. */
const emptyExifItem = Buffer.from([0, 0, 0, 0, 0x4d, 0x4d, 0, 0x2a, 0, 0, 0, 8, 0, 0, 0, 0, 0, 0]);

/** An XMP packet with no properties; the rest of the item is padded with spaces, which XML allows. */
const emptyXmpItem = Buffer.from('<x:xmpmeta xmlns:x="adobe:ns:meta/"/>', 'latin1');

/** Overwrites one extent of an item with nothing identifying, a valid empty block where it fits; returns whether anything changed. */
function blank(copy: Buffer, range: { start: number; end: number }, kind: MetadataKind, first: boolean): boolean {
  const before = Buffer.from(copy.subarray(range.start, range.end));
  const empty = kind === 'exif' ? emptyExifItem : emptyXmpItem;
  copy.fill(kind === 'exif' ? 0 : 0x20, range.start, range.end);
  if (first && range.end - range.start >= empty.length) empty.copy(copy, range.start);
  return !copy.subarray(range.start, range.end).equals(before);
}

/**
 * The file with its Exif and XMP items blanked, or undefined when it has
 * none with any content. Throws MalformedHeif when the structure cannot be
 * followed.
 */
function blankMetadataItems(bytes: Buffer): Buffer | undefined {
  const meta = boxesIn(bytes, 0, bytes.length).find((box) => box.type === 'meta');
  if (!meta) return undefined;
  const children = boxesIn(bytes, meta.payload + 4, meta.end);
  const iinf = children.find((box) => box.type === 'iinf');
  const iloc = children.find((box) => box.type === 'iloc');
  if (!iinf) return undefined;
  const items = metadataItems(bytes, iinf);
  if (items.size === 0) return undefined;
  if (!iloc) throw new MalformedHeif('items without locations');
  const extents = itemExtents(bytes, iloc);
  const idat = children.find((box) => box.type === 'idat');

  const copy = Buffer.from(bytes);
  let changed = false;
  for (const [id, kind] of items) {
    const locations = extents.get(id) ?? [];
    locations.forEach((extent, index) => {
      // A length of 0 means "to the end of the data", which an item followed by the picture cannot mean safely.
      if (extent.length === 0) throw new MalformedHeif('metadata item of unstated length');
      const within = extent.method === 0 ? { start: 0, end: bytes.length } : extent.method === 1 && idat ? { start: idat.payload, end: idat.end } : undefined;
      if (!within) throw new MalformedHeif(`metadata item stored by construction method ${extent.method}`);
      const start = within.start + extent.offset;
      const end = start + extent.length;
      if (end > within.end) throw new MalformedHeif('metadata item overruns its data');
      changed = blank(copy, { start, end }, kind, index === 0) || changed;
    });
  }
  return changed ? copy : undefined;
}

/**
 * Blanks a HEIF file's Exif and XMP items. Returns the input itself when
 * there is nothing to blank, and undefined when the file is too broken to walk.
 */
export function stripHeifMetadata(bytes: Buffer): Buffer | undefined {
  try {
    return blankMetadataItems(bytes) ?? bytes;
  } catch (error) {
    if (error instanceof MalformedHeif) return undefined;
    throw error;
  }
}
