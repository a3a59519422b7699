import type { TranslationArgs, Translator } from '../../i18n/translator.js';
import { localDate } from '../tasks/due-dates.js';
import type { ClientDataExport } from './data-export.js';
import type { ExportMediaFile } from './data-export-media.js';

/** The archive's record files, in the order the README explains them. */
export const recordFiles = ['client', 'thread', 'checkins', 'tasks', 'notes', 'alerts'] as const;
export type RecordFile = (typeof recordFiles)[number];

const indented = (text: string) => `  ${text}`;

/**
 * README.txt: what each file of the archive holds, in the client's own
 * language (English where theirs has no catalog), and which stored files
 * could not be put in it.
 */
export function dataExportReadme(translator: Translator, data: ClientDataExport, missing: readonly ExportMediaFile[]): string {
  const t = (id: string, args?: TranslationArgs) => translator.t(data.language, id, args);
  const lines = [
    t('data-export-readme-title', { name: data.client.profile.name }),
    '',
    t('data-export-readme-made', { date: localDate(data.exportedAt, data.timezone) }),
    t('data-export-readme-times'),
    '',
    ...recordFiles.flatMap((file) => [`${file}.json`, indented(t(`data-export-readme-${file}`)), '']),
    'media/',
    indented(data.media.length === 0 ? t('data-export-readme-no-media') : t('data-export-readme-media', { count: data.media.length - missing.length })),
  ];
  if (missing.length > 0) lines.push('', t('data-export-readme-missing', { count: missing.length }), ...missing.map((file) => indented(file.name)));
  return `${lines.join('\n')}\n`;
}
