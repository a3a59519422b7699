import { mkdtemp, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { GetObjectCommand, ListObjectsV2Command, S3Client } from '@aws-sdk/client-s3';
import type { S3BlobStoreConfig } from '../../src/media/s3-blob-store.js';

/** The part of s3rver's API used here (the package ships no types). */
interface S3rver {
  run(): Promise<{ address: string; port: number }>;
  close(): Promise<void>;
}
type S3rverClass = new (options: { address: string; port: number; silent: boolean; directory: string; configureBuckets: Array<{ name: string }> }) => S3rver;
const S3rverServer = createRequire(import.meta.url)('s3rver') as S3rverClass;

/** The keys s3rver accepts; the SDK finds them where it finds any, in these variables. */
export const s3Credentials = { AWS_ACCESS_KEY_ID: 'S3RVER', AWS_SECRET_ACCESS_KEY: 'S3RVER' } as const;

export interface TestS3Server {
  bucket: string;
  endpoint: string;
  /** The media store configuration of the bucket under `prefix` (empty, or ending in '/'). */
  config(prefix?: string): S3BlobStoreConfig;
  /** MEDIA_STORE and its settings for a service or a command, with the credentials. */
  env(prefix?: string): Record<string, string>;
  /** Every key in the bucket, sorted. */
  keys(): Promise<string[]>;
  /** An object's bytes, or undefined when there is none. */
  object(key: string): Promise<Buffer | undefined>;
  close(): Promise<void>;
}

/** A real S3-compatible server (s3rver) on a free port, keeping one bucket in a temporary directory. */
export async function startS3Server(bucket = 'mentorline-media'): Promise<TestS3Server> {
  const directory = await mkdtemp(path.join(os.tmpdir(), 'mentorline-s3-'));
  const server = new S3rverServer({ address: '127.0.0.1', port: 0, silent: true, directory, configureBuckets: [{ name: bucket }] });
  const { port } = await server.run();
  const endpoint = `http://127.0.0.1:${port}`;
  const region = 'us-east-1';
  const client = new S3Client({
    endpoint,
    region,
    forcePathStyle: true,
    credentials: { accessKeyId: s3Credentials.AWS_ACCESS_KEY_ID, secretAccessKey: s3Credentials.AWS_SECRET_ACCESS_KEY },
  });
  return {
    bucket,
    endpoint,
    config: (prefix = '') => ({ kind: 's3', bucket, prefix, endpoint, region }),
    env: (prefix = '') => ({ MEDIA_STORE: `s3://${bucket}/${prefix}`, MEDIA_S3_ENDPOINT: endpoint, MEDIA_S3_REGION: region, ...s3Credentials }),
    async keys() {
      const keys: string[] = [];
      let token: string | undefined;
      do {
        const page = await client.send(new ListObjectsV2Command({ Bucket: bucket, ContinuationToken: token }));
        keys.push(...(page.Contents ?? []).flatMap((object) => (object.Key === undefined ? [] : [object.Key])));
        token = page.NextContinuationToken;
      } while (token !== undefined);
      return keys.sort();
    },
    async object(key) {
      try {
        const object = await client.send(new GetObjectCommand({ Bucket: bucket, Key: key }));
        return Buffer.from((await object.Body?.transformToByteArray()) ?? []);
      } catch (error) {
        if ((error as { name?: string }).name === 'NoSuchKey') return undefined;
        throw error;
      }
    },
    async close() {
      client.destroy();
      await server.close();
      await rm(directory, { recursive: true, force: true });
    },
  };
}
