import { describe, expect, it } from 'vitest';
import { createLease } from '../../src/coordination/lease.js';
import { createLogger } from '../../src/logger.js';
import { useTestDatabase } from '../support/test-database.js';

const logger = createLogger('silent');
const testDb = useTestDatabase();

function lease(name: string, holder: string, ttlMs = 60_000, events: string[] = []) {
  return createLease({
    db: testDb.db,
    name,
    holder,
    logger,
    ttlMs,
    onAcquired: () => events.push(`${holder} acquired`),
    onLost: () => events.push(`${holder} lost`),
  });
}

describe('lease', () => {
  it('is held by one holder at a time, and renewing keeps it', async () => {
    const a = lease('one-at-a-time', 'a');
    const b = lease('one-at-a-time', 'b');
    expect(await a.refresh()).toBe(true);
    expect(await b.refresh()).toBe(false);
    expect(await a.refresh()).toBe(true);
    expect(a.isHeld()).toBe(true);
    expect(b.isHeld()).toBe(false);
  });

  it('passes to a stand-by as soon as the holder gives it up', async () => {
    const events: string[] = [];
    const a = lease('hand-over', 'a', 60_000, events);
    const b = lease('hand-over', 'b', 60_000, events);
    await a.refresh();
    await b.refresh();
    await a.stop();
    expect(await b.refresh()).toBe(true);
    expect(events).toEqual(['a acquired', 'b acquired']);
  });

  it('passes to a stand-by when the holder stops renewing and the lease expires', async () => {
    const events: string[] = [];
    const a = lease('expiry', 'a', 200, events);
    const b = lease('expiry', 'b', 200, events);
    await a.refresh();
    expect(await b.refresh()).toBe(false);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(a.isHeld()).toBe(false);
    expect(await b.refresh()).toBe(true);
    // The old holder learns it lost the lease at its next renewal, and does not take it back.
    expect(await a.refresh()).toBe(false);
    expect(events).toEqual(['a acquired', 'b acquired', 'a lost']);
  });

  it('renews on its own once started and gives the lease up on stop', async () => {
    const a = lease('renewing', 'a', 300);
    const b = lease('renewing', 'b', 300);
    a.start();
    await new Promise((resolve) => setTimeout(resolve, 700));
    expect(a.isHeld()).toBe(true);
    expect(await b.refresh()).toBe(false);
    await a.stop();
    const rows = await testDb.db.selectFrom('leases').selectAll().where('name', '=', 'renewing').execute();
    expect(rows).toEqual([]);
  });
});
