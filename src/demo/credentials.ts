import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { DemoAccount } from './seed-demo.js';

/** Kept in DATA_DIR, readable by the service's user only, so a later run can tell them again. */
export const credentialsFileName = 'demo-credentials.txt';

const roleNames: Record<DemoAccount['role'], string> = { coordinator: 'Coordinator', mentor: 'Mentor' };

/** The demo accounts as a table people can read: role, name, email, password. */
export function credentialsText(accounts: DemoAccount[], password: string): string {
  const width = (pick: (account: DemoAccount) => string) => Math.max(...accounts.map((account) => pick(account).length));
  const roleWidth = width((account) => roleNames[account.role]);
  const nameWidth = width((account) => account.name);
  const emailWidth = width((account) => account.email);
  const rows = accounts.map(
    (account) => `  ${roleNames[account.role].padEnd(roleWidth)}  ${account.name.padEnd(nameWidth)}  ${account.email.padEnd(emailWidth)}  ${password}`,
  );
  return ['Demo accounts (every one signs in with the same password):', ...rows].join('\n') + '\n';
}

export async function saveCredentials(dataDir: string, text: string): Promise<string> {
  const file = path.join(dataDir, credentialsFileName);
  await mkdir(dataDir, { recursive: true });
  await writeFile(file, text, { mode: 0o600 });
  // The mode above applies only to a file that did not exist.
  await chmod(file, 0o600);
  return file;
}

/** The accounts an earlier run seeded, or undefined when this data directory has none. */
export async function loadCredentials(dataDir: string): Promise<string | undefined> {
  try {
    return await readFile(path.join(dataDir, credentialsFileName), 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}
