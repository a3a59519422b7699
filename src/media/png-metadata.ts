/**
 * Metadata removal for PNG files. Chunks are self-contained (each has its
 * own CRC), so dropping whole chunks leaves every other one valid as it is.
 */

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/**
 * Exif (with GPS and camera), free text that editors and phones fill with
 * author, software, place or comments, and the last-modified time.
 */
const IDENTIFYING_CHUNKS = new Set(['eXIf', 'tEXt', 'zTXt', 'iTXt', 'tIME']);

/** Length, type and CRC around a chunk's data. */
const CHUNK_OVERHEAD = 12;

export function isPng(bytes: Buffer): boolean {
  return bytes.length >= SIGNATURE.length && bytes.subarray(0, SIGNATURE.length).equals(SIGNATURE);
}

/**
 * Returns the PNG without identifying chunks, the very same Buffer when it
 * had none, or undefined when the chunks do not add up to a complete file
 * ending in IEND.
 */
export function stripPngMetadata(bytes: Buffer): Buffer | undefined {
  if (!isPng(bytes)) return undefined;
  const kept: Buffer[] = [bytes.subarray(0, SIGNATURE.length)];
  let changed = false;
  let p = SIGNATURE.length;
  for (;;) {
    if (p + CHUNK_OVERHEAD > bytes.length) return undefined;
    const length = bytes.readUInt32BE(p);
    if (length > bytes.length - p - CHUNK_OVERHEAD) return undefined;
    const type = bytes.toString('latin1', p + 4, p + 8);
    const end = p + CHUNK_OVERHEAD + length;
    if (IDENTIFYING_CHUNKS.has(type)) {
      changed = true;
    } else {
      kept.push(bytes.subarray(p, end));
    }
    p = end;
    if (type === 'IEND') break;
  }
  // Decoders stop at IEND; data appended after it is not part of the picture
  // and is a known hiding place for other files.
  if (p < bytes.length) changed = true;
  return changed ? Buffer.concat(kept) : bytes;
}
