import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/database.js';
import { pendingMigrations } from '../db/migrate.js';
import type { ReadinessCheck } from '../core/readiness.js';

/** Ready when the database answers within `timeoutMs` and no migration is pending. */
export function databaseReadiness(db: Kysely<Database>, timeoutMs = 2000): ReadinessCheck {
  return {
    name: 'database',
    required: true,
    async check() {
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
      });
      try {
        await Promise.race([sql`select 1`.execute(db), timeout]);
        const pending = await Promise.race([pendingMigrations(db), timeout]);
        if (pending.length > 0) {
          return { ready: false, state: 'migrations_pending', reason: `pending migrations: ${pending.join(', ')}` };
        }
        return { ready: true, state: 'up' };
      } catch (error) {
        return { ready: false, state: 'down', reason: error instanceof Error ? error.message : String(error) };
      } finally {
        clearTimeout(timer);
      }
    },
  };
}
