import { pino, type Logger } from 'pino';
import { prettyFactory } from 'pino-pretty';

/**
 * Personal data never reaches the logs: message text, names, phone numbers and
 * credentials are censored wherever they appear in a logged object.
 */
const redactPaths = [
  'req.headers.authorization',
  'req.headers["x-telegram-bot-api-secret-token"]',
  'text',
  'name',
  'phone',
  'caption',
  'token',
  '*.text',
  '*.name',
  '*.phone',
  '*.caption',
  '*.token',
  '*.first_name',
  '*.last_name',
  '*.username',
  // Listed for the censor below: under a leading `*` it is not told which key it is in.
  'err.name',
];

/**
 * What an error may bring into the logs: what failed and why, and nothing
 * else, because errors carry what was sent: grammY's `GrammyError` holds the
 * call's whole `payload` (a client's name as a topic title, message text), and
 * a PostgreSQL error's `detail` quotes the row.
 */
const ownFields = ['name', 'message', 'stack'] as const;
const codeFields = ['code', 'description', 'method', 'syscall', 'error_code', 'errno'] as const;
/** The language keeps a cause as `cause`; grammY's `HttpError` keeps the failed fetch's error as `error`. */
const causeFields = ['cause', 'error'] as const;
const maxDepth = 8;
const maxAggregated = 10;

// node-fetch writes the request URL into its messages, and a Bot API URL holds the bot token.
const botToken = /bot\d+:[A-Za-z0-9_-]+/g;
const scrub = (text: string) => text.replace(botToken, 'bot[redacted]');

function keptValue(value: unknown): string | number | undefined {
  if (typeof value === 'string') return scrub(value);
  return typeof value === 'number' ? value : undefined;
}

function serializeError(value: unknown, depth: number, seen: WeakSet<object>): unknown {
  if (typeof value !== 'object' || value === null) return keptValue(value) ?? value;
  if (seen.has(value) || depth > maxDepth) return '[omitted]';
  seen.add(value);
  const source = value as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  if (value instanceof Error) {
    out.type = value.constructor.name;
    for (const key of ownFields) out[key] = keptValue(source[key]);
  }
  for (const key of codeFields) out[key] = keptValue(source[key]);
  const parameters = source.parameters;
  if (typeof parameters === 'object' && parameters !== null && 'retry_after' in parameters) {
    out.parameters = { retry_after: keptValue(parameters.retry_after) };
  }
  for (const key of causeFields) {
    if (source[key] !== undefined) out[key] = serializeError(source[key], depth + 1, seen);
  }
  if (value instanceof AggregateError && Array.isArray(value.errors)) {
    out.errors = value.errors.slice(0, maxAggregated).map((inner: unknown) => serializeError(inner, depth + 1, seen));
  }
  return out;
}

/** Pino's serializer for `err`: the name, message, codes and stack of an error and of its causes. */
function errorSerializer(value: unknown): unknown {
  return serializeError(value, 0, new WeakSet());
}

/** `*.name` is meant for people; a logged error's `name` is its class, and stays. */
const censor = (value: unknown, path: string[]) =>
  path.length === 2 && path[0] === 'err' && path[1] === 'name' ? value : '[redacted]';

/**
 * A logger at `level`, writing JSON lines to stdout unless given a `destination`
 * (as tests are, and as `prettyDestination()` is for a terminal). Redaction and
 * the error serializer act before a line is written, whatever writes it.
 */
export function createLogger(level: string, destination?: pino.DestinationStream): Logger {
  const options = { level, redact: { paths: redactPaths, censor }, serializers: { err: errorSerializer } };
  return destination ? pino(options, destination) : pino(options);
}

/** Where log lines go: JSON lines for a log collector, or lines for a person at a terminal. */
export type LogFormat = 'json' | 'pretty';

/** What pretty lines are written to: stdout unless given (as tests do). */
interface TextOutput {
  write(text: string): unknown;
}

/**
 * Log lines for a person: local time, level and message, any fields on the
 * same line. Each line is formatted within the logging call and written
 * synchronously (not in a worker transport), so the last lines before an exit,
 * such as why the service could not start, are not lost.
 */
export function prettyDestination(output: TextOutput = pino.destination({ dest: 1, sync: true })): pino.DestinationStream {
  const format = prettyFactory({ translateTime: 'SYS:HH:MM:ss', ignore: 'pid,hostname', singleLine: true });
  return { write: (line: string) => void output.write(format(line)) };
}

export type { Logger };
