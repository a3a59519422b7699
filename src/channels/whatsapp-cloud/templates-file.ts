import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { ConfigError } from '../../config.js';
import { messagePurposes } from '../../outbox/payload.js';

/** The purposes a template may be approved for: each templated kind of message, and the notice that a mentor's message waits. */
export const templatePurposes = [...messagePurposes, 'mentor_message_waiting'] as const;
export type TemplatePurpose = (typeof templatePurposes)[number];

const template = z.object({
  name: z.string().regex(/^[a-z0-9_]{1,512}$/, 'must be the template’s name as approved: lower-case letters, digits and _'),
  languages: z
    .record(z.string().regex(/^[a-z]{2,3}$/, 'must be a client language code such as en'), z.string().regex(/^[a-z]{2,3}(_[A-Z]{2})?$/, 'must be a template language code such as en or pt_BR'))
    .refine((languages) => 'en' in languages, 'must name the template’s language for en, the fallback'),
});

const templatesFile = z.strictObject(Object.fromEntries(templatePurposes.map((purpose) => [purpose, template.optional()]))).refine(
  (file) => file.checkin_prompt !== undefined,
  { message: 'must name the checkin_prompt template', path: ['checkin_prompt'] },
);

/** An approved template to send: its name and language code. */
export interface ChosenTemplate {
  name: string;
  languageCode: string;
}

export interface Templates {
  /** The template of a purpose in a client's language (else the en one), or undefined when the file names none. */
  forPurpose(purpose: TemplatePurpose, clientLanguage: string): ChosenTemplate | undefined;
}

export function templatesFrom(value: unknown, source: string): Templates {
  const parsed = templatesFile.safeParse(value);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.') || '(file)'}: ${issue.message}`);
    throw new ConfigError(`WHATSAPP_CLOUD_TEMPLATES_FILE ${source}:\n  ${problems.join('\n  ')}`);
  }
  const file = parsed.data as Partial<Record<TemplatePurpose, z.infer<typeof template>>>;
  return {
    forPurpose(purpose, clientLanguage) {
      const entry = file[purpose];
      if (!entry) return undefined;
      return { name: entry.name, languageCode: entry.languages[clientLanguage] ?? entry.languages.en ?? 'en' };
    },
  };
}

/** Reads the templates file at start-up, so a missing or wrong one stops the service naming what is wrong. */
export async function loadTemplates(file: string): Promise<Templates> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new ConfigError(`WHATSAPP_CLOUD_TEMPLATES_FILE ${file}: cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new ConfigError(`WHATSAPP_CLOUD_TEMPLATES_FILE ${file}: is not JSON`);
  }
  return templatesFrom(value, file);
}
