/**
 * Metadata removal for WebP files: a RIFF container whose EXIF and XMP live
 * in chunks of their own, next to the image data they describe.
 */

const CHUNK_HEADER = 8;
const RIFF_HEADER = 12;
const IDENTIFYING_CHUNKS = new Set(['EXIF', 'XMP ']);
/** In the first byte of VP8X's data: bit 3 says EXIF is present, bit 2 says XMP is. */
const VP8X_METADATA_FLAGS = 0x08 | 0x04;

export function isWebp(bytes: Buffer): boolean {
  return (
    bytes.length >= RIFF_HEADER &&
    bytes.toString('latin1', 0, 4) === 'RIFF' &&
    bytes.toString('latin1', 8, 12) === 'WEBP'
  );
}

/**
 * Returns the WebP without EXIF and XMP, the very same Buffer when it had
 * neither, or undefined when the chunks do not fit the RIFF size.
 */
export function stripWebpMetadata(bytes: Buffer): Buffer | undefined {
  if (!isWebp(bytes)) return undefined;
  const riffEnd = 8 + bytes.readUInt32LE(4);
  if (riffEnd > bytes.length) return undefined;

  const kept: Buffer[] = [];
  // Bytes after the RIFF's declared end are not read by decoders, but could
  // hold anything, so they are not passed on.
  let changed = riffEnd < bytes.length;
  let p = RIFF_HEADER;
  while (p < riffEnd) {
    if (p + CHUNK_HEADER > riffEnd) return undefined;
    const fourcc = bytes.toString('latin1', p, p + 4);
    const size = bytes.readUInt32LE(p + 4);
    // Chunks are padded to an even length; the pad byte is not counted in size.
    const end = p + CHUNK_HEADER + size + (size % 2);
    if (end > riffEnd) return undefined;
    const chunk = bytes.subarray(p, end);
    p = end;

    if (IDENTIFYING_CHUNKS.has(fourcc)) {
      changed = true;
    } else if (fourcc === 'VP8X' && size >= 1 && ((chunk[CHUNK_HEADER] as number) & VP8X_METADATA_FLAGS) !== 0) {
      // A flag left set for a chunk that is gone makes strict decoders
      // reject the file.
      const copy = Buffer.from(chunk);
      copy[CHUNK_HEADER] = (copy[CHUNK_HEADER] as number) & ~VP8X_METADATA_FLAGS;
      kept.push(copy);
      changed = true;
    } else {
      kept.push(chunk);
    }
  }
  if (!changed) return bytes;

  const body = Buffer.concat(kept);
  const header = Buffer.alloc(RIFF_HEADER);
  header.write('RIFF', 0, 'latin1');
  header.writeUInt32LE(4 + body.length, 4);
  header.write('WEBP', 8, 'latin1');
  return Buffer.concat([header, body]);
}
