import { randomUUID } from 'node:crypto';
import { PassThrough, Readable, pipeline } from 'node:stream';
import { DeleteObjectCommand, GetObjectCommand, HeadObjectCommand, PutObjectCommand, S3Client, S3ServiceException } from '@aws-sdk/client-s3';
import type { MediaStoreConfig } from '../config.js';
import { blobKey, storageError, type BlobStore } from './blob-store.js';

export type S3BlobStoreConfig = Extract<MediaStoreConfig, { kind: 's3' }>;

const statusOf = (error: unknown) => (error instanceof S3ServiceException ? error.$metadata.httpStatusCode : undefined);

/** The bucket's refusals that retrying will not cure, under the codes a file system gives them. */
function asStorageError(error: unknown, key: string): unknown {
  if (!(error instanceof S3ServiceException)) return error;
  if (error.name === 'NoSuchBucket') return storageError('ENOENT', `no such bucket for ${key}`, error);
  if (error.name === 'AccessDenied' || statusOf(error) === 403) return storageError('EACCES', `access denied to ${key}`, error);
  return error;
}

/**
 * Blobs as objects in an S3-compatible bucket (AWS S3, MinIO, Ceph, ...), so
 * every replica reads what any of them took in. Credentials come from the
 * SDK's usual chain (AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, a profile,
 * an instance role).
 */
export function createS3BlobStore(config: S3BlobStoreConfig): BlobStore & { close(): void } {
  const client = new S3Client({
    region: config.region,
    // A server of one's own is addressed by path: its bucket names are rarely in DNS.
    ...(config.endpoint === undefined ? {} : { endpoint: config.endpoint, forcePathStyle: true }),
    // Many S3-compatible servers refuse the CRC32 checksums recent SDKs send unasked; S3 needs none here.
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
    // A bucket that stops answering must fail a put or a read, not hang the webhook or the transaction waiting on it.
    requestHandler: { connectionTimeout: 5_000, requestTimeout: 60_000 },
  });
  const keyOf = (sha256: string) => `${config.prefix}${blobKey(sha256)}`;
  const bucket = config.bucket;

  async function sizeOf(key: string): Promise<number | undefined> {
    try {
      return (await client.send(new HeadObjectCommand({ Bucket: bucket, Key: key }))).ContentLength;
    } catch (error) {
      if (statusOf(error) === 404) return undefined;
      throw asStorageError(error, key);
    }
  }

  return {
    async write(sha256, bytes, contentType) {
      const key = keyOf(sha256);
      if ((await sizeOf(key)) === bytes.length) return 'already_there';
      try {
        // An object appears whole or not at all: no temporary name is needed as on disk.
        await client.send(new PutObjectCommand({ Bucket: bucket, Key: key, Body: bytes, ContentType: contentType, ContentLength: bytes.length }));
      } catch (error) {
        throw asStorageError(error, key);
      }
      return 'written';
    },

    read(sha256) {
      const key = keyOf(sha256);
      const stream = new PassThrough();
      const abandoned = new AbortController();
      stream.once('close', () => abandoned.abort());
      void client.send(new GetObjectCommand({ Bucket: bucket, Key: key }), { abortSignal: abandoned.signal }).then(
        (object) => {
          if (!(object.Body instanceof Readable)) {
            stream.destroy(new Error(`the object ${key} came without a readable body`));
            return;
          }
          // 'ready' as a file stream says it once opened: callers wait for it before they commit to the bytes.
          if (!stream.destroyed) stream.emit('ready');
          pipeline(object.Body, stream, () => undefined);
        },
        (error: unknown) =>
          stream.destroy(error instanceof S3ServiceException && error.name === 'NoSuchKey' ? storageError('ENOENT', `no object ${key}`, error) : (error as Error)),
      );
      return stream;
    },

    async delete(sha256) {
      await client.send(new DeleteObjectCommand({ Bucket: bucket, Key: keyOf(sha256) }));
    },

    async writable() {
      const probe = `${config.prefix}.probe-${randomUUID()}`;
      try {
        await client.send(new PutObjectCommand({ Bucket: bucket, Key: probe, Body: Buffer.alloc(0) }));
        await client.send(new DeleteObjectCommand({ Bucket: bucket, Key: probe }));
        return true;
      } catch {
        return false;
      }
    },

    close: () => client.destroy(),
  };
}
