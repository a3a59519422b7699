/** Builders for ISO base media boxes, to write hostile and unusual files by hand. */

export const u16 = (value: number): Buffer => {
  const bytes = Buffer.alloc(2);
  bytes.writeUInt16BE(value);
  return bytes;
};

export const u32 = (value: number): Buffer => {
  const bytes = Buffer.alloc(4);
  bytes.writeUInt32BE(value);
  return bytes;
};

export const text = (value: string): Buffer => Buffer.from(value, 'latin1');

/** A box: its size, its four-letter type, then its contents. */
export function box(type: string, ...contents: Buffer[]): Buffer {
  const body = Buffer.concat(contents);
  return Buffer.concat([u32(8 + body.length), text(type), body]);
}

/** A full box: a version byte and three bytes of flags before the contents. */
export function fullBox(type: string, version: number, ...contents: Buffer[]): Buffer {
  return box(type, Buffer.from([version, 0, 0, 0]), ...contents);
}

/** A handler box naming what a track's samples or a `meta` box's items are. */
export function handler(type: string): Buffer {
  return fullBox('hdlr', 0, u32(0), text(type), Buffer.alloc(12), text('\0'));
}

/**
 * The attack that was reproduced against the first HEIF walker: a ~30 KB
 * HEIC whose `iloc` (version 2) has offset, length, base offset and index
 * fields of zero width, so that each 10-byte item (id, construction
 * method, data reference, extent count) declares 65,535 extents that cost
 * no bytes at all: about 200 million extents in all. An Exif item in
 * `iinf` makes the walker read the locations.
 */
export function poisonHeic(items = 3000): Buffer {
  const ftyp = box('ftyp', text('heic'), u32(0), text('mif1heic'));
  const exifItem = fullBox('infe', 2, u16(1), u16(0), text('Exif'), text('\0'));
  const iinf = fullBox('iinf', 0, u16(1), exifItem);
  const entries = Array.from({ length: items }, (_, i) => Buffer.concat([u32(i + 1), u16(0), u16(0), u16(0xffff)]));
  const iloc = fullBox('iloc', 2, u16(0), u32(items), ...entries);
  return Buffer.concat([ftyp, fullBox('meta', 0, handler('pict'), iinf, iloc), box('mdat', Buffer.alloc(16))]);
}
