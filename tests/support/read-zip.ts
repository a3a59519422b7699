import { buffer } from 'node:stream/consumers';
import yauzl from 'yauzl';

export interface ZipEntry {
  bytes: Buffer;
  /** Stored as it is (method 0), or deflated (8). */
  method: 'stored' | 'deflated';
  modifiedAt: Date;
}

/**
 * Every entry of a zip archive by its name, read back with yauzl, which
 * checks each entry's size and CRC-32 against its bytes as it reads them.
 */
export async function readZip(archive: Buffer): Promise<Map<string, ZipEntry>> {
  const zip = await yauzl.fromBufferPromise(archive, { lazyEntries: true, validateEntrySizes: true });
  const entries = new Map<string, ZipEntry>();
  await new Promise<void>((resolve, reject) => {
    zip.on('error', reject);
    zip.on('end', () => resolve());
    zip.on('entry', (entry: yauzl.Entry) => {
      zip
        .openReadStreamPromise(entry)
        .then((stream) => buffer(stream))
        .then((bytes) => {
          entries.set(entry.fileName, {
            bytes,
            method: entry.compressionMethod === 0 ? 'stored' : 'deflated',
            modifiedAt: entry.getLastModDate({ forceDosFormat: false }),
          });
          zip.readEntry();
        })
        .catch(reject);
    });
    zip.readEntry();
  });
  return entries;
}
