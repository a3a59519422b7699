import { randomUUID } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { access, constants, mkdir, rename, stat, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { blobKey, type BlobStore } from './blob-store.js';

/** Blobs as files under `dir` (DATA_DIR/media): for a deployment on one machine. */
export function createFileBlobStore(dir: string): BlobStore {
  const pathFor = (sha256: string) => path.join(dir, blobKey(sha256));

  return {
    async write(sha256, bytes) {
      const target = pathFor(sha256);
      const existing = await stat(target).catch(() => undefined);
      if (existing?.size === bytes.length) return 'already_there';
      await mkdir(path.dirname(target), { recursive: true });
      // Write then rename, so a crash never leaves a half-written file under the final name.
      const temporary = `${target}.${randomUUID()}.tmp`;
      await writeFile(temporary, bytes, { mode: 0o600 });
      await rename(temporary, target);
      return 'written';
    },

    read: (sha256) => createReadStream(pathFor(sha256)),

    async delete(sha256) {
      await unlink(pathFor(sha256)).catch((error: NodeJS.ErrnoException) => {
        if (error.code !== 'ENOENT') throw error;
      });
    },

    async writable() {
      try {
        await mkdir(dir, { recursive: true });
        await access(dir, constants.W_OK);
        const probe = path.join(dir, `.probe-${randomUUID()}`);
        await writeFile(probe, '');
        await unlink(probe);
        return true;
      } catch {
        return false;
      }
    },
  };
}
