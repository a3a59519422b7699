import { once } from 'node:events';
import { PassThrough, pipeline, type Readable } from 'node:stream';
import { finished } from 'node:stream/promises';
import { ZipFile } from 'yazl';
import type { Translator } from '../../i18n/translator.js';
import type { MediaStore } from '../../media/media-store.js';
import type { ClientDataExport } from './data-export.js';
import type { ExportMediaFile } from './data-export-media.js';
import { dataExportReadme, recordFiles, type RecordFile } from './data-export-readme.js';

export interface DataExportZipDeps {
  mediaStore: MediaStore;
  translator: Translator;
  /** Told of each stored file that could not be opened (with the error's code), which the archive then goes without. */
  onMissing: (file: ExportMediaFile, problem: string) => void;
}

const asJson = (value: unknown) => Buffer.from(`${JSON.stringify(value, null, 2)}\n`);

function records(data: ClientDataExport, missing: readonly ExportMediaFile[]): Record<RecordFile, unknown> {
  return {
    client: {
      export: {
        exportedAt: data.exportedAt,
        mediaFiles: data.media.length - missing.length,
        missing: missing.map((file) => file.name),
      },
      ...data.client,
    },
    thread: data.thread,
    checkins: data.checkins,
    tasks: data.tasks,
    notes: data.notes,
    alerts: data.alerts,
  };
}

/**
 * The stream of a stored file once it is open (the store's streams are file
 * streams, which say 'ready' then), or why it cannot be: asked before its
 * entry is begun, since an entry cannot be taken back once written.
 */
async function openMedia(store: MediaStore, file: ExportMediaFile): Promise<{ stream: Readable } | { problem: string }> {
  const stream = store.read(file.sha256);
  try {
    await once(stream, 'ready');
    return { stream };
  } catch (error) {
    stream.destroy();
    return { problem: (error as NodeJS.ErrnoException).code ?? 'UNREADABLE' };
  }
}

/**
 * A client's export as a zip archive, written as it is read: the stored
 * files first, one at a time from disk (only the one being written is open,
 * and it is read only as fast as the archive is taken), then the records as
 * pretty-printed JSON and README.txt, which can then say which files were
 * missing. A file missing on disk is left out and named, never the end of
 * the download. Destroying the stream (a reader who went away) stops it.
 */
export function dataExportZip(deps: DataExportZipDeps, data: ClientDataExport): Readable {
  const zip = new ZipFile();
  const archive = new PassThrough();
  // The archive's end and the zip's output go together, whichever ends or fails first.
  pipeline(zip.outputStream, archive, () => undefined);
  zip.on('error', (error: Error) => archive.destroy(error));
  let current: Readable | undefined;
  let stopped = false;
  archive.once('close', () => {
    stopped = true;
    current?.destroy();
  });
  // Every entry carries the export's own time, not the moment a byte happened to be written.
  const mtime = data.exportedAt;

  async function write(): Promise<void> {
    const missing: ExportMediaFile[] = [];
    for (const file of data.media) {
      if (stopped) return;
      const opened = await openMedia(deps.mediaStore, file);
      if ('problem' in opened) {
        missing.push(file);
        deps.onMissing(file, opened.problem);
        continue;
      }
      current = opened.stream;
      // The reader may have gone while the file was opening.
      if (stopped) {
        current.destroy();
        return;
      }
      // Photos and videos are compressed already: stored as they are, byte for byte.
      zip.addReadStream(current, file.name, { mtime, compress: false });
      await finished(current);
      current = undefined;
    }
    if (stopped) return;
    const files = records(data, missing);
    for (const name of recordFiles) zip.addBuffer(asJson(files[name]), `${name}.json`, { mtime });
    zip.addBuffer(Buffer.from(dataExportReadme(deps.translator, data, missing)), 'README.txt', { mtime });
    zip.end();
  }

  void write().catch((error: unknown) => archive.destroy(error instanceof Error ? error : new Error(String(error))));
  return archive;
}
