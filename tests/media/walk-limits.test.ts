import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { childBoxes, type Box } from '../../src/media/iso-boxes.js';
import { createMediaSanitizer } from '../../src/media/media-sanitizer.js';
import { stripMetadata } from '../../src/media/strip-metadata.js';
import { createWalkBudget, walkLimits } from '../../src/media/walk-budget.js';
import { box, fullBox, handler, poisonHeic, text, u16, u32 } from './iso-box.js';

/** A HEIF file whose only item is an Exif item with the given `iloc` body. */
function heicWithIloc(version: number, ilocBody: Buffer): Buffer {
  const ftyp = box('ftyp', text('heic'), u32(0), text('mif1heic'));
  const iinf = fullBox('iinf', 0, u16(1), fullBox('infe', 2, u16(1), u16(0), text('Exif'), text('\0')));
  return Buffer.concat([ftyp, fullBox('meta', 0, handler('pict'), iinf, fullBox('iloc', version, ilocBody)), box('mdat', Buffer.alloc(64))]);
}

describe('the reproduced HEIC attack', () => {
  const poison = poisonHeic();

  it('is the size of the reproduction and declares about 200 million extents', () => {
    expect(poison.length).toBeGreaterThan(29_000);
    expect(poison.length).toBeLessThan(31_000);
  });

  it('is refused as too complex after a handful of steps, not after walking its extents', () => {
    const budget = createWalkBudget();
    const result = stripMetadata(poison, budget);
    expect(result).toMatchObject({ status: 'too-complex', format: 'heif' });
    // Three top-level boxes, three in meta, one item entry, one iloc item.
    expect(budget.spent).toBeLessThan(10);
  });

  describe('in a worker with a 16 MB heap, where the old walker ran out of memory', () => {
    const sanitizer = createMediaSanitizer({ maxHeapMb: 16 });
    afterAll(() => sanitizer.close());

    it('is reported unsafe, and the next file is cleaned as usual', async () => {
      expect(await sanitizer.sanitize(poison, 'image/heic')).toMatchObject({ outcome: 'unsafe', reason: 'too-complex' });
      const plain = readFileSync(new URL('../fixtures/photo-plain.heic', import.meta.url));
      expect(await sanitizer.sanitize(plain, 'image/heic')).toMatchObject({ outcome: 'clean', bytes: plain });
    });
  });
});

describe('walk limits', () => {
  it('walks zero-width extents when each item declares just one, a step per item', () => {
    const items = 3000;
    const entries = Array.from({ length: items }, (_, i) => Buffer.concat([u32(i + 1), u16(0), u16(0), u16(1)]));
    const budget = createWalkBudget();
    const result = stripMetadata(heicWithIloc(2, Buffer.concat([u16(0), u32(items), ...entries])), budget);
    // Item 1 is the Exif item, located at offset 0 with length 0: "to the end", which cannot be blanked safely.
    expect(result).toMatchObject({ status: 'damaged', detail: 'metadata item of unstated length' });
    expect(budget.spent).toBeLessThan(items + 10);
  });

  it('refuses an Exif item split into more extents than any real file has', () => {
    const extents = walkLimits.maxMetadataExtents + 1;
    const table = Array.from({ length: extents }, (_, i) => Buffer.concat([u32(i), u32(1)]));
    // Offset and length fields of 4 bytes each, one item with all those extents.
    const result = stripMetadata(heicWithIloc(0, Buffer.concat([u16(0x4400), u16(1), u16(1), u16(0), u16(extents), ...table])));
    expect(result).toMatchObject({ status: 'too-complex' });
  });

  it('refuses an item count larger than the box could hold without reading any item', () => {
    const budget = createWalkBudget();
    const result = stripMetadata(heicWithIloc(2, Buffer.concat([u16(0x4400), u32(0xffffffff)])), budget);
    expect(result).toMatchObject({ status: 'damaged', detail: 'iloc declares more items than it holds' });
    expect(budget.spent).toBeLessThan(10);
  });

  it('refuses a child box that overruns the box holding it', () => {
    const meta = fullBox('meta', 0, handler('pict'), box('iinf', u32(0), u16(0)));
    // iinf claims 4 KB inside a meta of a few dozen bytes.
    meta.writeUInt32BE(4096, meta.indexOf('iinf', 0, 'latin1') - 4);
    const file = Buffer.concat([box('ftyp', text('heic'), u32(0), text('mif1heic')), meta, box('mdat', Buffer.alloc(8192))]);
    expect(stripMetadata(file)).toMatchObject({ status: 'damaged', detail: 'box overruns its container' });
  });

  it('refuses boxes nested deeper than the limit', () => {
    const bytes = box('free', box('free'));
    const deep: Box = { type: 'free', start: 0, payload: 8, end: bytes.length, cut: false, depth: walkLimits.maxDepth };
    expect(() => childBoxes(bytes, deep, 8, createWalkBudget())).toThrow('boxes nested too deep');
  });

  const tooMany = walkLimits.maxSteps + 1;
  it.each([
    ['JPEG comments', () => Buffer.concat([Buffer.from([0xff, 0xd8]), Buffer.alloc(tooMany * 4, Buffer.from([0xff, 0xfe, 0, 2])), Buffer.from([0xff, 0xd9])])],
    ['PNG text chunks', () => Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(tooMany * 12, Buffer.concat([u32(0), text('tEXt'), u32(0)]))])],
    ['WebP unknown chunks', () => {
      const chunks = Buffer.alloc(tooMany * 8, Buffer.concat([text('JUNK'), Buffer.alloc(4)]));
      const header = Buffer.concat([text('RIFF'), Buffer.alloc(4), text('WEBP')]);
      header.writeUInt32LE(4 + chunks.length, 4);
      return Buffer.concat([header, chunks]);
    }],
    ['GIF comments', () => Buffer.concat([text('GIF89a'), Buffer.alloc(7), Buffer.alloc(tooMany * 3, Buffer.from([0x21, 0xfe, 0])), Buffer.from([0x3b])])],
    ['movie boxes', () => Buffer.concat([box('ftyp', text('isom'), u32(0)), Buffer.alloc(tooMany * 8, box('free'))])],
  ])('refuses a file of more %s than the step limit after one linear pass', (_kind, make) => {
    const budget = createWalkBudget();
    expect(stripMetadata(make(), budget)).toMatchObject({ status: 'too-complex' });
    expect(budget.spent).toBe(walkLimits.maxSteps + 1);
  });
});
