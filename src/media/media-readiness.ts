import type { ReadinessCheck } from '../core/readiness.js';
import type { MediaStore } from './media-store.js';

const notWritable = {
  file: 'DATA_DIR/media cannot be written: photos and files would be kept without their files',
  s3: 'the MEDIA_STORE bucket cannot be written: photos and files would be kept without their files',
} as const;

/** Ready while the media store can write: without it, every photo and file would reach nobody. */
export function mediaReadiness(store: Pick<MediaStore, 'writable' | 'kind'>): ReadinessCheck {
  return {
    name: 'media',
    required: true,
    check: async () =>
      (await store.writable()) ? { ready: true, state: 'writable' } : { ready: false, state: 'not_writable', reason: notWritable[store.kind] },
  };
}
