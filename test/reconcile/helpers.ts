/** One emulator + one client per test file; the CA is written to a temp file as users would. */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { SpsClient } from '../../src/client';
import { startEmulator, type EmulatorOptions, type RunningEmulator } from '../../src/emulator';

export interface Bench {
  emu: RunningEmulator;
  caFile: string;
  client: SpsClient;
  newClient(): SpsClient;
  close(): Promise<void>;
}

export async function startBench(opts: EmulatorOptions = {}): Promise<Bench> {
  const emu = await startEmulator(opts);
  const caFile = path.join(mkdtempSync(path.join(tmpdir(), 'sps-ca-')), 'ca.pem');
  emu.writeCaFile(caFile);
  const clients: SpsClient[] = [];
  const newClient = () => {
    const c = new SpsClient({ url: emu.url, username: emu.username, password: emu.password, caFile });
    clients.push(c);
    return c;
  };
  const client = newClient();
  return {
    emu,
    caFile,
    client,
    newClient,
    async close() {
      await Promise.all(clients.map((c) => c.close()));
      await emu.close();
    },
  };
}
