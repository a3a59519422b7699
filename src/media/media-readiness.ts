import type { ReadinessCheck } from '../core/readiness.js';
import type { MediaStore } from './media-store.js';

/** Ready while the media store can write: without it, every photo and file would reach nobody. */
export function mediaReadiness(store: Pick<MediaStore, 'writable'>): ReadinessCheck {
  return {
    name: 'media',
    required: true,
    check: async () =>
      (await store.writable())
        ? { ready: true, state: 'writable' }
        : { ready: false, state: 'not_writable', reason: 'DATA_DIR/media cannot be written: photos and files would be kept without their files' },
  };
}
