import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/database.js';
import type { MediaStore } from '../media/media-store.js';
import { planAgency } from './agency-plan.js';
import { generateHistory } from './generate-history.js';
import type { Catalog } from './history.js';
import { createRandom } from './random.js';
import { renderPhotos, storePhotos } from './store-photos.js';
import { writeHistory } from './write-history.js';
import { writePeople } from './write-people.js';

/** Every run draws from this seed, so every demo database holds the same agency. */
const demoSeed = 'mentorline-demo';
/** The password of every demo account: demo data protects nobody, and a newcomer has one thing to type. */
export const demoPassword = 'mentorline-demo';

export interface DemoSeedDeps {
  /** The moment of seeding: the history is the 90 days before it, today's check-ins as far as its hour. */
  now: Date;
  mediaStore: MediaStore;
  catalog: Catalog;
  /** Where the console is reached, as the service is configured. */
  publicUrl: string;
}

export interface DemoAccount {
  role: 'coordinator' | 'mentor';
  name: string;
  email: string;
}

export type SeedOutcome = { seeded: true; accounts: DemoAccount[]; password: string } | { seeded: false };

/** Whether anyone has been put in the database: then it is somebody's, and demo data must not mix with it. */
export async function hasPeople(db: Kysely<Database>): Promise<boolean> {
  const found = await sql<{ found: boolean }>`
    select exists (select 1 from mentors) or exists (select 1 from clients) or exists (select 1 from staff) as found`.execute(db);
  return found.rows[0]?.found === true;
}

/**
 * Seeds the demo agency into an empty database, in one transaction: a
 * failure leaves it empty, and a database with mentors, clients or staff
 * is left as it is.
 */
export async function seedDemo(db: Kysely<Database>, deps: DemoSeedDeps): Promise<SeedOutcome> {
  if (await hasPeople(db)) return { seeded: false };
  const random = createRandom(demoSeed);
  const plan = planAgency(random.fork('plan'));
  const history = generateHistory(plan, { now: deps.now, catalog: deps.catalog, random: random.fork('history') });
  const photos = await renderPhotos(history.photos);
  return db.transaction().execute(async (trx) => {
    // Nobody adds people meanwhile; a second seeder waits here and then finds them.
    await sql`lock table mentors, clients, staff in exclusive mode`.execute(trx);
    if (await hasPeople(trx)) return { seeded: false };
    const people = await writePeople(trx, plan, { now: deps.now, password: demoPassword, publicUrl: deps.publicUrl });
    const media = await storePhotos(trx, deps.mediaStore, photos);
    await writeHistory(trx, history, people, media);
    const accounts: DemoAccount[] = [
      { role: 'coordinator', name: plan.coordinator.name, email: plan.coordinator.email },
      ...plan.mentors.map((mentor) => ({ role: 'mentor' as const, name: mentor.name, email: mentor.email })),
    ];
    return { seeded: true, accounts, password: demoPassword };
  });
}
