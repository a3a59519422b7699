import type { Choice } from '../../outbox/payload.js';

/** Telegram's limit on a button's data; WhatsApp's numbered options carry the same data. */
const maxDataBytes = 64;

/** One field of a choice's data: what it may look like, and how long it can be. */
export interface ChoiceField<T extends string | number> {
  readonly maxLength: number;
  /** The field's value in packed data, or undefined when `text` is not one. */
  read(text: string): T | undefined;
}

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** A record id. Data comes from the user's device, so an id is checked before anything looks it up. */
export const recordId: ChoiceField<string> = {
  maxLength: 36,
  read: (text) => (uuidPattern.test(text) ? text : undefined),
};

/** One of a few words. */
export function oneOf<const Words extends readonly string[]>(...words: Words): ChoiceField<Words[number]> {
  return {
    maxLength: Math.max(...words.map((word) => word.length)),
    read: (text) => words.find((word) => word === text),
  };
}

/** A record id, or one word standing for none. */
export function recordIdOr<const Word extends string>(word: Word): ChoiceField<string | Word> {
  return {
    maxLength: Math.max(recordId.maxLength, word.length),
    read: (text) => (text === word ? word : recordId.read(text)),
  };
}

/** A whole number from `min` to `max`. */
export function wholeNumber(min: number, max: number): ChoiceField<number> {
  return {
    maxLength: Math.max(String(min).length, String(max).length),
    read: (text) => {
      if (!/^-?\d+$/.test(text)) return undefined;
      const value = Number(text);
      return value >= min && value <= max ? value : undefined;
    },
  };
}

/** An ISO 639-1 language code. */
export const languageCode: ChoiceField<string> = {
  maxLength: 2,
  read: (text) => (/^[a-z]{2}$/.test(text) ? text : undefined),
};

/** A typed reply as written (trimmed, lower case), and with punctuation and extra spaces taken out. */
export interface TypedReply {
  raw: string;
  cleaned: string;
}

type Fields = Record<string, ChoiceField<string | number>>;
export type ChoiceValues<F extends Fields> = { [K in keyof F]: F[K] extends ChoiceField<infer T> ? T : never };

/** A kind of button, declared once: packs its values into data and reads them back. */
export interface ChoiceKind<F extends Fields = Fields> {
  readonly name: string;
  /** The data of one option. */
  pack(values: ChoiceValues<F>): string;
  /** An option with its label, ready to offer. */
  option(values: ChoiceValues<F>, label: string): Choice;
  /** The values in `data` when it is this kind's, else undefined. */
  match(data: string): ChoiceValues<F> | undefined;
  /** Whether a typed reply, not the option's number or label, picks this option (a word people write for it). */
  understands(values: ChoiceValues<F>, reply: TypedReply): boolean;
}

/**
 * Declares a kind of button: `name:value:value`, fields in the order given.
 * The longest data it can pack is checked here against Telegram's 64 bytes,
 * so an over-long kind fails when the module loads, not when a user presses it.
 */
export function defineChoice<F extends Fields>(
  name: string,
  fields: F,
  options: { understands?: (values: ChoiceValues<F>, reply: TypedReply) => boolean } = {},
): ChoiceKind<F> {
  if (!/^[a-z]+$/.test(name)) throw new Error(`choice name ${name} must be lower-case letters`);
  const keys = Object.keys(fields) as Array<keyof F & string>;
  const longest = name.length + keys.reduce((sum, key) => sum + 1 + (fields[key]?.maxLength ?? 0), 0);
  if (longest > maxDataBytes) throw new Error(`choice ${name} can pack ${longest} bytes, over Telegram's ${maxDataBytes}`);

  const pack = (values: ChoiceValues<F>) => [name, ...keys.map((key) => String(values[key]))].join(':');
  return {
    name,
    pack,
    option: (values, label) => ({ data: pack(values), label }),
    match(data) {
      const parts = data.split(':');
      if (parts[0] !== name || parts.length !== keys.length + 1) return undefined;
      const values: Record<string, string | number> = {};
      for (const [index, key] of keys.entries()) {
        const value = fields[key]?.read(parts[index + 1] ?? '');
        if (value === undefined) return undefined;
        values[key] = value;
      }
      return values as ChoiceValues<F>;
    },
    understands: (values, reply) => options.understands?.(values, reply) ?? false,
  };
}
