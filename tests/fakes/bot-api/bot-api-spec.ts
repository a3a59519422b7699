/**
 * What the official Bot API says about method names and parameter types, read from
 * `shared/telegram/bot-api-spec.json` so the fake follows the spec rather than a hand-kept copy of it.
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';

/** How Telegram reads a form-encoded value: every value arrives as a string and is read back by the field's type. */
export type FieldKind = 'json' | 'number' | 'boolean';

// Resolved from this file, not the working directory: the project and `shared/` are cloned side by side.
const SPEC_URL = new URL('../../../../shared/telegram/bot-api-spec.json', import.meta.url);

const specSchema = z.object({
  methods: z.record(
    z.string(),
    z.object({
      name: z.string(),
      fields: z.array(z.object({ name: z.string(), types: z.array(z.string()).min(1) })).optional(),
    }),
  ),
});

// A file field carries a file_id, a URL or `attach://<part>`: a plain string, like String itself.
const SCALAR_TYPES: ReadonlySet<string> = new Set(['String', 'Integer', 'Float', 'Boolean', 'InputFile']);

function kindOf(types: readonly string[]): FieldKind | undefined {
  if (types.some((t) => !SCALAR_TYPES.has(t))) return 'json';
  // 'Integer or String' (chat_id) is a number when it looks like one and a @username otherwise.
  if (types.includes('Integer') || types.includes('Float')) return 'number';
  if (types.includes('Boolean')) return 'boolean';
  return undefined;
}

function loadSpec(): {
  methodNames: ReadonlyMap<string, string>;
  fieldKinds: ReadonlyMap<string, ReadonlyMap<string, FieldKind>>;
} {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(SPEC_URL, 'utf8')) as unknown;
  } catch (e) {
    throw new Error(`fake Bot API: cannot read the Bot API spec at ${SPEC_URL.pathname}: ${String(e)}`);
  }
  const spec = specSchema.parse(raw);
  const methodNames = new Map<string, string>();
  const fieldKinds = new Map<string, ReadonlyMap<string, FieldKind>>();
  for (const method of Object.values(spec.methods)) {
    methodNames.set(method.name.toLowerCase(), method.name);
    const kinds = new Map<string, FieldKind>();
    for (const field of method.fields ?? []) {
      const kind = kindOf(field.types);
      if (kind !== undefined) kinds.set(field.name, kind);
    }
    fieldKinds.set(method.name, kinds);
  }
  return { methodNames, fieldKinds };
}

// Read once, when this module loads; nothing here changes afterwards.
const SPEC = loadSpec();

/** Telegram matches method names case-insensitively; calls are recorded under the documented spelling. */
export function canonicalMethod(requested: string): string {
  return SPEC.methodNames.get(requested.toLowerCase()) ?? requested;
}

export function isSpecMethod(method: string): boolean {
  return SPEC.fieldKinds.has(method);
}

/** Undefined for string and file fields, for fields the method does not have, and for methods not in the spec. */
export function fieldKind(method: string, field: string): FieldKind | undefined {
  return SPEC.fieldKinds.get(method)?.get(field);
}
