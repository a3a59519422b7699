import { parseArgs } from 'node:util';
import { ConfigError, parseConfig } from '../config.js';
import { ConflictError, ValidationError } from '../core/errors.js';
import { createDatabase } from '../db/create-database.js';
import { embeddedDatabaseName, runningEmbeddedPostgres, startEmbeddedPostgres } from '../db/embedded-postgres.js';
import { migrateToLatest } from '../db/migrate.js';
import { createStaff } from '../domain/staff/staff.js';
import { createLogger } from '../logger.js';

const usage = `Usage: npm run staff -- add --email <email> --role coordinator|mentor [--name <name>] [--mentor-id <id>] [--language en|lv|ru|uk]

Adds a person who signs in to the console and prints a one-time link (valid 72 hours)
for them to choose their password.`;

function fail(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(2);
}

/** `npm run staff -- add …`: adds a staff member from a shell, as POST /api/staff does. */
async function main(): Promise<void> {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: {
      email: { type: 'string' },
      role: { type: 'string' },
      name: { type: 'string' },
      'mentor-id': { type: 'string' },
      language: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    process.stdout.write(`${usage}\n`);
    return;
  }
  if (positionals[0] !== 'add' || positionals.length !== 1) fail(usage);
  const email = values.email ?? fail(`--email is required\n\n${usage}`);
  const role = values.role;
  if (role !== 'coordinator' && role !== 'mentor') fail(`--role must be coordinator or mentor\n\n${usage}`);
  const language = values.language;
  if (language !== undefined && !['en', 'lv', 'ru', 'uk'].includes(language)) fail('--language must be one of en, lv, ru, uk');

  const config = parseConfig(process.env);
  const logger = createLogger(config.logLevel === 'info' ? 'warn' : config.logLevel);
  // Beside a running service, its embedded server is used as it is, never restarted under it.
  const embedded =
    config.databaseUrl === undefined
      ? ((await runningEmbeddedPostgres(config.dataDir)) ?? (await startEmbeddedPostgres(config.dataDir, logger)))
      : undefined;
  const db = createDatabase(config.databaseUrl ?? embedded?.urlFor(embeddedDatabaseName) ?? '');
  let refusal: string | undefined;
  try {
    await migrateToLatest(db);
    const { staff, setupUrl } = await createStaff(
      db,
      { email, role, name: values.name ?? email.split('@')[0] ?? email, mentorId: values['mentor-id'], language },
      { now: new Date(), publicUrl: config.publicUrl, actor: 'cli' },
    );
    process.stdout.write(`Added ${staff.role} ${staff.name} <${staff.email ?? ''}>.\nTheir link to choose a password (works once, for 72 hours):\n${setupUrl ?? ''}\n`);
  } catch (error) {
    if (error instanceof ValidationError) refusal = `${error.field}: ${error.message}`;
    else if (error instanceof ConflictError) refusal = error.message;
    else throw error;
  } finally {
    // Before any exit: an embedded server this command started must not be left running.
    await db.destroy();
    await embedded?.stop();
  }
  if (refusal) fail(refusal);
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) fail(error.message);
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
