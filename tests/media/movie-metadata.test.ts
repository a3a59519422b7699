import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { stripMetadata } from '../../src/media/strip-metadata.js';
import { exiftoolFindings, textFindings } from './identifying-metadata.js';
import { box, fullBox, handler, text, u16, u32 } from './iso-box.js';

const fixture = (name: string): Buffer => readFileSync(new URL(`../fixtures/${name}`, import.meta.url));
const mp4 = fixture('video-gps.mp4');
const mov = fixture('video-gps.mov');

/** The top-level boxes of a file, and the boxes of a container, by following sizes. */
function boxesIn(bytes: Buffer, from = 0, to = bytes.length): Array<{ type: string; bytes: Buffer; payload: number }> {
  const found = [];
  for (let at = from; at + 8 <= to; at += bytes.readUInt32BE(at)) {
    found.push({ type: bytes.toString('latin1', at + 4, at + 8), bytes: bytes.subarray(at, at + bytes.readUInt32BE(at)), payload: at + 8 });
  }
  return found;
}

function strippedBytes(input: Buffer): Buffer {
  const result = stripMetadata(input);
  if (result.status !== 'stripped') throw new Error(`expected stripped, got ${result.status}`);
  return result.bytes;
}

describe('stripMetadata on MP4 and QuickTime movies', () => {
  it.each([
    ['MP4 with QuickTime keys in udta, moov at the end (ffmpeg)', 'video-gps.mp4', mp4],
    ['QuickTime movie with udta, loci, XMP_, ilst and keys, moov first (exiftool)', 'video-gps.mov', mov],
  ])('removes every location and camera tag from a %s', async (_kind, name, input) => {
    const before = (await exiftoolFindings(new Map([[name, { bytes: input, contentType: 'video/mp4' }]]))).get(name);
    expect(before).toEqual(expect.arrayContaining(['Keys:GPSCoordinates', 'Keys:Make', 'Keys:Model']));

    const output = strippedBytes(input);

    expect(await exiftoolFindings(new Map([[name, { bytes: output, contentType: 'video/mp4' }]]))).toEqual(new Map([[name, []]]));
    expect(textFindings(output)).toEqual([]);
  });

  it('finds the QuickTime movie carries all the kinds of location exiftool writes', async () => {
    const tags = (await exiftoolFindings(new Map([['mov', { bytes: mov, contentType: 'video/quicktime' }]]))).get('mov');
    expect(tags).toEqual(
      expect.arrayContaining(['UserData:GPSCoordinates', 'UserData:LocationInformation', 'ItemList:GPSCoordinates', 'Keys:LocationName', 'XMP-exif:GPSLatitude', 'UserData:Make']),
    );
  });

  it('changes nothing but the metadata boxes, which become free boxes of the same size', () => {
    for (const input of [mp4, mov]) {
      const output = strippedBytes(input);
      expect(output.length).toBe(input.length);
      const [inputTop, outputTop] = [boxesIn(input), boxesIn(output)];
      expect(outputTop.map((b) => b.type)).toEqual(inputTop.map((b) => b.type));
      // The coded video and the sample tables that point into it stay byte for byte.
      expect(outputTop.find((b) => b.type === 'mdat')?.bytes.equals(inputTop.find((b) => b.type === 'mdat')?.bytes ?? Buffer.alloc(0))).toBe(true);
      const moovOf = (file: Buffer) => {
        const moov = boxesIn(file).find((b) => b.type === 'moov');
        if (!moov) throw new Error('no moov');
        return boxesIn(file, moov.payload, moov.payload + moov.bytes.length - 8);
      };
      const [inputMoov, outputMoov] = [moovOf(input), moovOf(output)];
      outputMoov.forEach((child, i) => {
        const original = inputMoov[i];
        if (original?.type === 'udta' || original?.type === 'meta') {
          expect(child.type).toBe('free');
          expect(child.bytes.length).toBe(original.bytes.length);
          expect(child.bytes.subarray(8).every((byte) => byte === 0)).toBe(true);
        } else {
          expect(child.bytes.equals(original?.bytes ?? Buffer.alloc(0))).toBe(true);
        }
      });
    }
  });

  it('returns its own output as the very same Buffer on a second pass', () => {
    for (const input of [mp4, mov]) {
      const once = strippedBytes(input);
      expect(stripMetadata(once)).toEqual({ status: 'clean', format: 'movie', bytes: once });
    }
  });

  it('blanks what arrived of a user data box cut off with the file', () => {
    // video-gps.mp4 ends with its moov, whose last child is udta.
    const output = strippedBytes(mp4.subarray(0, mp4.length - 40));
    expect(textFindings(output)).toEqual([]);
    expect(output.length).toBe(mp4.length - 40);
  });
});

/** A movie with one video track, plus the given boxes in moov. */
function movie(...moovChildren: Buffer[]): Buffer {
  return Buffer.concat([
    box('ftyp', text('isom'), u32(0), text('isom')),
    box('moov', fullBox('mvhd', 0, Buffer.alloc(96)), track('vide', sampleEntry('avc1')), ...moovChildren),
    box('mdat', Buffer.alloc(32)),
  ]);
}

function track(handlerType: string, ...entries: Buffer[]): Buffer {
  const stbl = box('stbl', fullBox('stsd', 0, u32(entries.length), ...entries));
  return box('trak', fullBox('tkhd', 0, Buffer.alloc(80)), box('mdia', fullBox('mdhd', 0, Buffer.alloc(20)), handler(handlerType), box('minf', stbl)));
}

/** Six reserved bytes and a data reference index, then the format's own boxes. */
function sampleEntry(format: string, ...children: Buffer[]): Buffer {
  return box(format, Buffer.alloc(6), u16(1), ...children);
}

/** Apple's keyed timed metadata: each key a box named by its local id, holding its declaration. */
function keyedMetadata(...keys: string[]): Buffer {
  const declared = keys.map((key, i) => box(String.fromCharCode(0, 0, 0, i + 1), box('keyd', text('mdta'), text(key))));
  return sampleEntry('mebx', box('keys', ...declared));
}

describe('stripMetadata on timed metadata and unusual movies', () => {
  it.each([
    ['GoPro GPMF', track('meta', sampleEntry('gpmd'))],
    ['Google camera motion', track('camm', sampleEntry('camm'))],
    ['Apple keyed location', track('meta', keyedMetadata('com.apple.quicktime.still-image-time', 'com.apple.quicktime.location.ISO6709'))],
  ])('refuses a movie with a %s track, whose samples can hold a position per frame', (_kind, metadataTrack) => {
    expect(stripMetadata(movie(metadataTrack))).toMatchObject({ status: 'unstrippable', format: 'movie' });
  });

  it('keeps an Apple keyed metadata track whose keys name no location', () => {
    const input = movie(track('meta', keyedMetadata('com.apple.quicktime.still-image-time', 'com.apple.quicktime.detected-face')));
    expect(stripMetadata(input)).toEqual({ status: 'clean', format: 'movie', bytes: input });
  });

  it('refuses a compressed movie header, which could hide anything', () => {
    expect(stripMetadata(movie(box('cmov', box('dcom', text('zlib')))))).toMatchObject({ status: 'unstrippable' });
  });

  it('calls a movie cut off inside a track, before it says what the track holds, damaged', () => {
    const input = movie(track('meta', sampleEntry('gpmd')));
    const handlerAt = input.lastIndexOf('hdlr', undefined, 'latin1');
    expect(stripMetadata(input.subarray(0, handlerAt))).toMatchObject({ status: 'damaged', detail: 'track cut off before its handler' });
  });

  it('blanks XMP in a top-level uuid box, dashcam boxes and every unknown box, at the top and in moov', () => {
    const xmp = box('uuid', Buffer.from('be7acfcb97a942e89c71999491e3afac', 'hex'), text('<x:xmpmeta>Berlin</x:xmpmeta>'));
    const input = Buffer.concat([movie(box('gps ', text('Berlin')), box('Xtra', text('FixtureCam'))), xmp, box('junk', text('kitchen'))]);
    const output = strippedBytes(input);
    expect(output.length).toBe(input.length);
    expect(textFindings(output)).toEqual([]);
    expect(boxesIn(output).map((b) => b.type)).toEqual(['ftyp', 'moov', 'mdat', 'free', 'free']);
  });

  it('reads a QuickTime movie that starts without ftyp, as old cameras wrote them', () => {
    const withoutFtyp = movie(box('udta', box('\xa9xyz', text('+52.5200+013.4050/')))).subarray(box('ftyp', text('isom'), u32(0), text('isom')).length);
    const output = strippedBytes(withoutFtyp);
    expect(output.includes('+52.52', 0, 'latin1')).toBe(false);
  });
});
