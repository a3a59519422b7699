import { mkdtemp, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { credentialsFileName, credentialsText, loadCredentials, saveCredentials } from '../../src/demo/credentials.js';

let dataDir: string | undefined;

afterEach(async () => {
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

describe('the demo accounts file', () => {
  it('keeps the accounts readable by the service’s user only, for the next run to tell again', async () => {
    dataDir = path.join(await mkdtemp(path.join(os.tmpdir(), 'mentorline-demo-')), 'demo');
    expect(await loadCredentials(dataDir)).toBeUndefined();
    const text = credentialsText(
      [
        { role: 'coordinator', name: 'Dace Jansone', email: 'dace.jansone@agency.example' },
        { role: 'mentor', name: 'Anna Bērziņa', email: 'anna.berzina@agency.example' },
      ],
      'mentorline-demo',
    );
    expect(text.split('\n').slice(1, 3)).toEqual([
      '  Coordinator  Dace Jansone  dace.jansone@agency.example  mentorline-demo',
      '  Mentor       Anna Bērziņa  anna.berzina@agency.example  mentorline-demo',
    ]);
    const file = await saveCredentials(dataDir, text);
    expect(file).toBe(path.join(dataDir, credentialsFileName));
    expect((await stat(file)).mode & 0o777).toBe(0o600);
    expect(await loadCredentials(dataDir)).toBe(text);
  });
});
