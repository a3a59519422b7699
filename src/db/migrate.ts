import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Migrator, type Kysely, type Migration, type MigrationProvider, type MigrationResultSet } from 'kysely';

export const migrationsDir = fileURLToPath(new URL('../../migrations/', import.meta.url));

/**
 * Loads `migrations/*.ts` with our own dynamic import, so the files run under
 * whatever loader runs the service (tsx, vitest) without a build step.
 */
export const migrationProvider: MigrationProvider = {
  async getMigrations() {
    const files = (await readdir(migrationsDir)).filter((f) => /^\d{14}_[a-z0-9_]+\.ts$/.test(f)).sort();
    const migrations: Record<string, Migration> = {};
    for (const file of files) {
      const module = (await import(pathToFileURL(path.join(migrationsDir, file)).href)) as Migration;
      migrations[file.replace(/\.ts$/, '')] = { up: module.up, down: module.down };
    }
    return migrations;
  },
};

export class MigrationError extends Error {
  override readonly name = 'MigrationError';
}

// Kysely's Migrator is typed for any database; migrations use Kysely<any> by design.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyDb = Kysely<any>;

/** Applies every pending migration; on an up-to-date database it does nothing. */
export async function migrateToLatest(db: AnyDb): Promise<string[]> {
  const migrator = new Migrator({ db, provider: migrationProvider });
  const { error, results } = await migrator.migrateToLatest();
  throwIfFailed(error, results);
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}

/** Names of migrations that exist in `migrations/` but are not applied yet. */
export async function pendingMigrations(db: AnyDb): Promise<string[]> {
  const migrator = new Migrator({ db, provider: migrationProvider });
  const all = await migrator.getMigrations();
  return all.filter((m) => m.executedAt === undefined).map((m) => m.name);
}

function throwIfFailed(error: unknown, results: MigrationResultSet['results']): void {
  if (error === undefined) return;
  const failed = results?.find((r) => r.status === 'Error')?.migrationName;
  const reason = error instanceof Error ? error.message : String(error);
  throw new MigrationError(failed ? `Migration ${failed} failed: ${reason}` : `Migrations failed: ${reason}`);
}
