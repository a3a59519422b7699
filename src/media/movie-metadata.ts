/**
 * Location and camera data in MP4, QuickTime and 3GP movies (and HEIF
 * image sequences, which share the format). All of it sits in boxes that
 * no player needs to show the movie:
 *
 * - `udta` (user data): `©xyz` and Samsung's `@xyz` (ISO 6709 position),
 *   3GPP's `loci`, `©mak`/`©mod`, XMP in `XMP_`, iTunes-style tags in
 *   `meta`/`ilst`, Samsung's `smta`, `@sec`, `INFO`, camera serials, ...
 * - `meta` with `keys`/`ilst` (QuickTime metadata):
 *   `com.apple.quicktime.location.ISO6709`, `.make`, `.model`,
 *   `com.android.manufacturer`, `.model`, ...
 * - `uuid` boxes (XMP, vendors' own blocks) and dashcam boxes such as `gps `.
 *
 * So the structure is kept by allow-list, as for images: boxes of `moov`
 * and of each `trak` that describe the media are kept, every other one is
 * turned into `free` in place (no offset moves). A timed-metadata track
 * keeps its samples in `mdat` like video frames, where they cannot be
 * blanked without following the sample tables; such a track makes the
 * movie unstrippable unless it is of a kind that names no location.
 */
import { boxVersion, childBoxes, handlerType, type Box } from './iso-boxes.js';
import type { WalkBudget } from './walk-budget.js';
import { MalformedMedia, UnstrippableMetadata } from './walk-errors.js';

const KEPT_IN_MOVIE = new Set(['mvhd', 'trak', 'mvex', 'iods', 'prfl', 'pssh', 'clip', 'ctab', 'rmra', 'free', 'skip', 'wide']);
const KEPT_IN_TRACK = new Set(['tkhd', 'tref', 'trgr', 'edts', 'mdia', 'tapt', 'clip', 'matt', 'kmat', 'load', 'imap', 'txas', 'free', 'skip', 'wide']);

/** Handlers of tracks whose samples are pictures, sound, text or time codes. */
const MEDIA_HANDLERS = new Set(['vide', 'soun', 'hint', 'tmcd', 'text', 'sbtl', 'subt', 'clcp', 'auxv', 'pict', 'subp']);

/** Apple's timed metadata, whose sample entry names its keys: detected faces, a Live Photo's still-image time, ... */
const KEYED_METADATA = 'mebx';
const LOCATION_KEY = /location|gps|iso6709/i;

/**
 * The boxes of `moov` to blank. Throws UnstrippableMetadata for a
 * compressed movie header or a timed-metadata track that may carry
 * location, MalformedMedia for a track cut off before it says what it
 * holds.
 */
export function movieBoxesToBlank(bytes: Buffer, moov: Box, budget: WalkBudget): Box[] {
  const blanks: Box[] = [];
  for (const box of childBoxes(bytes, moov, moov.payload, budget)) {
    if (box.type === 'cmov') throw new UnstrippableMetadata('compressed movie header');
    if (box.type === 'trak') blanks.push(...trackBoxesToBlank(bytes, box, budget));
    else if (!KEPT_IN_MOVIE.has(box.type)) blanks.push(box);
  }
  return blanks;
}

function trackBoxesToBlank(bytes: Buffer, trak: Box, budget: WalkBudget): Box[] {
  const children = childBoxes(bytes, trak, trak.payload, budget);
  checkSamples(bytes, trak, children, budget);
  return children.filter((box) => !KEPT_IN_TRACK.has(box.type));
}

function checkSamples(bytes: Buffer, trak: Box, children: Box[], budget: WalkBudget): void {
  const mdia = children.find((box) => box.type === 'mdia');
  const mdiaChildren = mdia ? childBoxes(bytes, mdia, mdia.payload, budget) : [];
  const hdlr = mdiaChildren.find((box) => box.type === 'hdlr');
  if (hdlr === undefined) throw new MalformedMedia(trak.cut ? 'track cut off before its handler' : 'track without handler');
  const handler = handlerType(bytes, hdlr);
  if (MEDIA_HANDLERS.has(handler)) return;

  const entries = sampleEntries(bytes, mdiaChildren, budget);
  for (const entry of entries) {
    if (entry.type !== KEYED_METADATA) throw new UnstrippableMetadata(`timed metadata of type ${entry.type}`);
    for (const key of metadataKeys(bytes, entry, budget)) {
      if (LOCATION_KEY.test(key)) throw new UnstrippableMetadata('timed location metadata');
    }
  }
}

/** The sample entries of a track's `stsd`, which say what its samples are. */
function sampleEntries(bytes: Buffer, mdiaChildren: Box[], budget: WalkBudget): Box[] {
  const minf = mdiaChildren.find((box) => box.type === 'minf');
  const stbl = minf && childBoxes(bytes, minf, minf.payload, budget).find((box) => box.type === 'stbl');
  const stsd = stbl && childBoxes(bytes, stbl, stbl.payload, budget).find((box) => box.type === 'stsd');
  if (stsd === undefined || stsd.cut) throw new MalformedMedia('metadata track without a complete sample description');
  boxVersion(bytes, stsd);
  // Version and flags, then the entry count, which the boxes themselves make redundant.
  return childBoxes(bytes, stsd, stsd.payload + 8, budget);
}

/** The key names declared by a `mebx` sample entry (in `keys`, one box per key, each with a `keyd`). */
function metadataKeys(bytes: Buffer, entry: Box, budget: WalkBudget): string[] {
  // Six reserved bytes and the data reference index of every sample entry.
  const keys = childBoxes(bytes, entry, entry.payload + 8, budget).find((box) => box.type === 'keys');
  if (keys === undefined) return [];
  const names: string[] = [];
  for (const key of childBoxes(bytes, keys, keys.payload, budget)) {
    for (const keyd of childBoxes(bytes, key, key.payload, budget)) {
      // The key's namespace (four bytes, `mdta` for reverse-DNS names), then its value.
      if (keyd.type === 'keyd') names.push(bytes.toString('latin1', Math.min(keyd.payload + 4, keyd.end), keyd.end));
    }
  }
  return names;
}
