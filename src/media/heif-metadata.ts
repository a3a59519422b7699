/**
 * HEIF images (HEIC from phones, AVIF) keep Exif and XMP as items of the
 * top-level `meta` box, like the picture itself: `iinf` names each item's
 * type and `iloc` says where its bytes are, in the file or in `idat`.
 * Removing an item would shift every offset after it, so the bytes of the
 * metadata items are overwritten in place instead: the Exif item becomes an
 * empty Exif block, an XMP packet blank space, any other MIME item (a C2PA
 * manifest, say) zeros. Orientation lives in the image's own properties
 * (`irot`, `imir`), not in Exif, so nothing is lost.
 */
import { childBoxes, fieldReader, handlerType, boxVersion, type Box } from './iso-boxes.js';
import { walkLimits, type WalkBudget } from './walk-budget.js';
import { MalformedMedia, MediaTooComplex } from './walk-errors.js';

const heifBrands = new Set(['heic', 'heix', 'heim', 'heis', 'hevc', 'hevx', 'mif1', 'mif2', 'msf1', 'avif', 'avis']);

/** Real files list a handful of compatible brands; this runs on the service's own thread, so a huge `ftyp` is not read to its end. */
const MAX_BRANDS = 64;

export function isHeif(bytes: Buffer): boolean {
  if (bytes.length < 16 || bytes.toString('latin1', 4, 8) !== 'ftyp') return false;
  const size = bytes.readUInt32BE(0);
  if (size < 16 || size > bytes.length) return false;
  if (heifBrands.has(bytes.toString('latin1', 8, 12))) return true;
  const end = Math.min(size, 16 + 4 * MAX_BRANDS);
  for (let at = 16; at + 4 <= end; at += 4) {
    if (heifBrands.has(bytes.toString('latin1', at, at + 4))) return true;
  }
  return false;
}

type MetadataKind = 'exif' | 'xmp' | 'other';

/** Bytes of one extent of a metadata item, clipped to the data that arrived. */
export interface ItemRange {
  start: number;
  end: number;
  kind: MetadataKind;
  /** The item's first extent, where an empty block of its kind is written. */
  first: boolean;
}

/**
 * Where the metadata items of a top-level `meta` box are, or undefined when
 * the box describes no picture (a movie's tags, which go as a whole).
 * Throws MalformedMedia when the item list or locations were cut off or
 * cannot be followed, since then an item may have been missed.
 */
export function metadataItemRanges(bytes: Buffer, meta: Box, budget: WalkBudget): ItemRange[] | undefined {
  boxVersion(bytes, meta);
  const children = childBoxes(bytes, meta, meta.payload + 4, budget);
  const hdlr = children.find((box) => box.type === 'hdlr');
  if (hdlr === undefined) throw new MalformedMedia(meta.cut ? 'meta cut off before its handler' : 'meta without handler');
  if (handlerType(bytes, hdlr) !== 'pict') return undefined;

  const iinf = children.find((box) => box.type === 'iinf');
  const iloc = children.find((box) => box.type === 'iloc');
  const idat = children.find((box) => box.type === 'idat');
  if (iinf === undefined) {
    if (meta.cut) throw new MalformedMedia('meta cut off before its item list');
    return [];
  }
  if (iinf.cut) throw new MalformedMedia('item list cut off');
  const items = metadataItems(bytes, iinf, budget);
  if (items.size === 0) return [];
  if (iloc === undefined || iloc.cut) throw new MalformedMedia('item locations missing or cut off');

  const ranges: ItemRange[] = [];
  for (const [id, extents] of itemExtents(bytes, iloc, items, budget)) {
    const kind = items.get(id) as MetadataKind;
    extents.forEach((extent, index) => {
      // A length of 0 means "to the end of the data", which an item followed by the picture cannot mean safely.
      if (extent.length === 0) throw new MalformedMedia('metadata item of unstated length');
      let within: { start: number; end: number; cut: boolean };
      if (extent.method === 0) within = { start: 0, end: bytes.length, cut: true };
      else if (extent.method === 1 && idat !== undefined) within = { start: idat.payload, end: idat.end, cut: idat.cut };
      else throw new MalformedMedia(`metadata item stored by construction method ${extent.method}`);
      const start = within.start + extent.offset;
      const end = start + extent.length;
      // Past the end of the file there is nothing left to blank; past the end of a complete idat the locations are wrong.
      if (end > within.end && !within.cut) throw new MalformedMedia('metadata item overruns its data');
      ranges.push({ start: Math.min(start, within.end), end: Math.min(end, within.end), kind, first: index === 0 });
    });
  }
  return ranges;
}

/** An Exif item with no tags: no offset to skip, then a big-endian TIFF header and an empty first IFD. */
const emptyExifItem = Buffer.from([0, 0, 0, 0, 0x4d, 0x4d, 0, 0x2a, 0, 0, 0, 8, 0, 0, 0, 0, 0, 0]);

/** An XMP packet with no properties; the rest of the item is padded with spaces, which XML allows. */
const emptyXmpItem = Buffer.from('<x:xmpmeta xmlns:x="adobe:ns:meta/"/>', 'latin1');

/** Overwrites one extent of a metadata item, in place. */
export function blankItem(bytes: Buffer, range: ItemRange): void {
  bytes.fill(range.kind === 'xmp' ? 0x20 : 0, range.start, range.end);
  const empty = range.kind === 'exif' ? emptyExifItem : range.kind === 'xmp' ? emptyXmpItem : undefined;
  if (empty !== undefined && range.first && range.end - range.start >= empty.length) empty.copy(bytes, range.start);
}

/** The ids and kinds of the metadata items, from `iinf`. */
function metadataItems(bytes: Buffer, iinf: Box, budget: WalkBudget): Map<number, MetadataKind> {
  const entriesFrom = iinf.payload + 4 + (boxVersion(bytes, iinf) === 0 ? 2 : 4);
  const items = new Map<number, MetadataKind>();
  for (const infe of childBoxes(bytes, iinf, entriesFrom, budget)) {
    if (infe.type !== 'infe') continue;
    const read = fieldReader(bytes, infe.payload, infe.end);
    const version = read.uint(1);
    read.skip(3);
    // Versions 0 and 1 describe files, not image items: they have no item type.
    if (version < 2) continue;
    const id = read.uint(version === 2 ? 2 : 4);
    read.skip(2);
    const type = read.fourcc();
    if (type === 'Exif') items.set(id, 'exif');
    if (type === 'mime') {
      read.string();
      const contentType = read.string();
      const encoding = read.remaining() > 0 ? read.string() : '';
      items.set(id, contentType === 'application/rdf+xml' && encoding === '' ? 'xmp' : 'other');
    }
  }
  return items;
}

interface Extent {
  /** 0: offset in the file; 1: offset in `idat`'s contents; 2: in another item. */
  method: number;
  offset: number;
  length: number;
}

/**
 * Where the wanted items' bytes are, from `iloc`. Other items are skipped
 * a whole extent table at a time, so the walk costs a step per item plus
 * one per metadata extent, whatever the tables declare. The data
 * reference is not followed: an item said to live in another file is
 * blanked where this file would have it, which can only remove more.
 */
function itemExtents(bytes: Buffer, iloc: Box, wanted: Map<number, MetadataKind>, budget: WalkBudget): Map<number, Extent[]> {
  const read = fieldReader(bytes, iloc.payload, iloc.end);
  const version = read.uint(1);
  read.skip(3);
  if (version > 2) throw new MalformedMedia(`iloc version ${version}`);
  const sizes = read.uint(2);
  const offsetSize = sizes >> 12;
  const lengthSize = (sizes >> 8) & 15;
  const baseOffsetSize = (sizes >> 4) & 15;
  const indexSize = version >= 1 ? sizes & 15 : 0;
  for (const size of [offsetSize, lengthSize, baseOffsetSize, indexSize]) {
    if (size !== 0 && size !== 4 && size !== 8) throw new MalformedMedia(`iloc field size ${size}`);
  }
  const idSize = version < 2 ? 2 : 4;
  const count = read.uint(idSize);
  const itemHeader = idSize + (version >= 1 ? 2 : 0) + 2 + baseOffsetSize + 2;
  if (count * itemHeader > read.remaining()) throw new MalformedMedia('iloc declares more items than it holds');
  const extentSize = indexSize + offsetSize + lengthSize;

  const found = new Map<number, Extent[]>();
  let metadataExtents = 0;
  for (let item = 0; item < count; item++) {
    budget.step();
    const id = read.uint(idSize);
    const method = version >= 1 ? read.uint(2) & 15 : 0;
    read.skip(2);
    const base = read.uint(baseOffsetSize);
    const extentCount = read.uint(2);
    // Entries of no width all say the same thing and cost nothing to declare: the shape of the reported attack.
    if (extentSize === 0 && extentCount > 1) throw new MediaTooComplex('iloc extents that take no bytes');
    if (!wanted.has(id)) {
      read.skip(extentCount * extentSize);
      continue;
    }
    metadataExtents += extentCount;
    if (metadataExtents > walkLimits.maxMetadataExtents) throw new MediaTooComplex('too many metadata extents');
    const extents: Extent[] = [];
    for (let e = 0; e < extentCount; e++) {
      budget.step();
      read.skip(indexSize);
      const offset = read.uint(offsetSize);
      extents.push({ method, offset: base + offset, length: read.uint(lengthSize) });
    }
    found.set(id, [...(found.get(id) ?? []), ...extents]);
  }
  return found;
}
