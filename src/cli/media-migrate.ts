import path from 'node:path';
import { ConfigError, parseConfig, type Config } from '../config.js';
import { copyMediaDirectory } from '../media/copy-media-directory.js';
import { createS3BlobStore } from '../media/s3-blob-store.js';

function fail(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(1);
}

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** `npm run media:migrate`: copies DATA_DIR/media into the bucket MEDIA_STORE names, leaving the directory as it was. */
let config: Config;
try {
  config = parseConfig(process.env);
} catch (error) {
  if (!(error instanceof ConfigError)) throw error;
  fail(error.message);
}
const target = config.mediaStore;
if (target.kind !== 's3') fail('MEDIA_STORE must name the bucket to copy into, e.g. MEDIA_STORE=s3://mentorline-media/media');
const dir = path.join(config.dataDir, 'media');
const bucket = `s3://${target.bucket}/${target.prefix}`;
const blobs = createS3BlobStore(target);
try {
  const report = await copyMediaDirectory(dir, blobs);
  for (const file of report.mismatched) process.stderr.write(`${file}: its bytes do not match its name; not copied\n`);
  if (report.failed) process.stderr.write(`${report.failed.file}: ${messageOf(report.failed.error)}; stopped here, run again once the bucket takes it\n`);
  process.stdout.write(
    `${dir} → ${bucket}: ${report.copied} copied, ${report.alreadyThere} already there, ${report.skipped.length} skipped (not stored media), ` +
      `${report.mismatched.length} not matching their name${report.failed ? ', stopped by a failure' : ''}\n`,
  );
  if (report.mismatched.length > 0 || report.failed) process.exitCode = 1;
} catch (error) {
  process.stderr.write(`could not copy ${dir} to ${bucket}: ${messageOf(error)}\n`);
  process.exitCode = 1;
} finally {
  blobs.close();
}
