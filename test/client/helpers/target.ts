/**
 * The contract suite's target: the real emulator over HTTPS on 127.0.0.1, with its CA written to a
 * temp file, and clients built the way users build them (caFile, never insecure unless the test is
 * about insecure).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SpsClient, type LogEvent, type SpsClientOptions } from '../../../src/client';
import { startEmulator, type EmulatorOptions, type RunningEmulator } from '../../../src/emulator';

export interface Target {
  emu: RunningEmulator;
  caFile: string;
  events: LogEvent[];
  /** A new client for this emulator; closed by `close()`. */
  client(extra?: Partial<SpsClientOptions>): SpsClient;
  close(): Promise<void>;
}

export async function startTarget(opts: EmulatorOptions = {}): Promise<Target> {
  const emu = await startEmulator({ password: 'contract-pw-1f9a', ...opts });
  const dir = mkdtempSync(join(tmpdir(), 'sps-client-contract-'));
  const caFile = join(dir, 'ca.pem');
  emu.writeCaFile(caFile);
  const clients: SpsClient[] = [];
  const events: LogEvent[] = [];
  return {
    emu,
    caFile,
    events,
    client(extra = {}) {
      const c = new SpsClient({
        url: emu.url,
        username: emu.username,
        password: emu.password,
        caFile,
        logger: (e) => events.push(e),
        ...extra,
      });
      clients.push(c);
      return c;
    },
    async close() {
      await Promise.all(clients.map((c) => c.close()));
      await emu.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
