import { describe, expect, it } from 'vitest';
import { createSharedTransportStatus } from '../../src/channels/whatsapp-cloud/shared-transport-status.js';
import { createTransportState } from '../../src/channels/whatsapp-cloud/transport-state.js';
import { useTestDatabase } from '../support/test-database.js';

const { db } = useTestDatabase();

const at = (minute: number) => new Date(Date.UTC(2026, 5, 3, 10, minute));

/** One replica's transport state, kept where the others read it. */
function replica(clock: () => Date) {
  const shared = createSharedTransportStatus(db, (error) => {
    throw error;
  });
  const state = createTransportState(clock, (status, what) => shared.record(status, what));
  shared.record(state.status(), 'state');
  return { shared, state };
}

describe('the Cloud API transport’s state across replicas', () => {
  it('is the same from every replica: the sender’s refused token and last send, and the latest webhook any of them took', async () => {
    let now = at(0);
    const sender = replica(() => now);
    const standBy = replica(() => now);
    await Promise.all([sender.shared.flush(), standBy.shared.flush()]);

    now = at(1);
    sender.state.sent();
    now = at(2);
    standBy.state.webhookReceived();
    now = at(3);
    sender.state.tokenRefused('(#190) Invalid OAuth access token.');
    // A webhook the sender took earlier than the stand-by's does not move the last one back.
    now = at(1);
    sender.state.webhookReceived();
    await Promise.all([sender.shared.flush(), standBy.shared.flush()]);

    const seen = await standBy.shared.read();
    expect(seen).toEqual(await sender.shared.read());
    expect(seen).toMatchObject({ transport: 'cloud', state: 'failed', since: at(3), lastWebhookAt: at(2), lastSend: { at: at(1), ok: true } });
    expect(seen?.reason).toMatch(/WHATSAPP_CLOUD_ACCESS_TOKEN/);
  });
});
