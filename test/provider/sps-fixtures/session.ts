/**
 * One emulator plus one `terraform-provider-sps` process driven by the fake Terraform core, and
 * helpers that build full Terraform values (every attribute present, null when unset) from the
 * schema the provider announced over the wire.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { startEmulator, type RunningEmulator } from '../../../src/emulator';
import type { JsonObject } from '../../../src/model';
import { fromJson } from '../../../src/provider/resources/values';
import { schemaType, type Schema, type TfValue } from '../../../src/provider/tf';
import { FakeTerraformCore } from '../harness';
import { SPS_EXECUTABLE } from './configuration';

export const RESOURCE = 'sps_configuration';

export interface SpsSession {
  readonly emulator: RunningEmulator;
  readonly core: FakeTerraformCore;
  readonly caFile: string;
  readonly resourceSchema: Schema;
  /** The provider block's value for this emulator, with overrides. */
  providerConfig(overrides?: Record<string, TfValue>): TfValue;
  /** A resource config from a desired document: id and keys null, as Terraform sends them. */
  resourceConfig(doc: JsonObject): { [k: string]: TfValue };
  close(): Promise<void>;
}

export async function openSession(): Promise<SpsSession> {
  const dir = mkdtempSync(path.join(tmpdir(), 'sps-conformance-'));
  const caFile = path.join(dir, 'ca.pem');
  const emulator = await startEmulator();
  emulator.writeCaFile(caFile);
  let core: FakeTerraformCore | undefined;
  try {
    // Provider environment without SPS_* from the developer's shell: the provider block decides.
    const env = Object.fromEntries(
      Object.keys(process.env)
        .filter((k) => k.startsWith('SPS_'))
        .map((k) => [k, '']),
    );
    core = await FakeTerraformCore.launch(SPS_EXECUTABLE, { env });
    const { resources } = await core.schema();
    const resourceSchema = resources.get(RESOURCE)!;
    const type = schemaType(resourceSchema);
    const started = core;
    return {
      emulator,
      core: started,
      caFile,
      resourceSchema,
      providerConfig: (overrides = {}) => ({
        url: emulator.url,
        username: emulator.username,
        password: emulator.password,
        ca_file: caFile,
        insecure: null,
        lock_timeout: '5s',
        validate_on_plan: null,
        write_concurrency: null,
        impact_window: null,
        refuse_disconnect: null,
        ...overrides,
      }),
      resourceConfig: (doc) => fromJson(doc, type) as { [k: string]: TfValue },
      async close() {
        started.kill();
        await emulator.close();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  } catch (err) {
    core?.kill();
    await emulator.close();
    rmSync(dir, { recursive: true, force: true });
    throw err;
  }
}
