import { PassThrough } from 'node:stream';
import type { BlobStore } from './blob-store.js';

/**
 * A blob store built on first use, so a deployment that never names a bucket
 * never loads the S3 SDK (tens of megabytes of resident memory).
 */
export function lazyBlobStore(load: () => Promise<BlobStore>): BlobStore {
  let loaded: Promise<BlobStore> | undefined;
  const store = () => (loaded ??= load());
  return {
    write: async (sha256, bytes, contentType) => (await store()).write(sha256, bytes, contentType),
    read(sha256) {
      const stream = new PassThrough();
      store().then(
        (blobs) => {
          const source = blobs.read(sha256);
          source.once('ready', () => stream.emit('ready'));
          source.once('error', (error) => stream.destroy(error));
          stream.once('close', () => source.destroy());
          source.pipe(stream);
        },
        (error: unknown) => stream.destroy(error as Error),
      );
      return stream;
    },
    delete: async (sha256) => (await store()).delete(sha256),
    writable: async () => (await store()).writable(),
  };
}
