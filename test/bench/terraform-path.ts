/**
 * The Terraform path at N objects, against one emulator process (10 ms a request), beside the CLI's
 * one-shot commands on the same document in the same run: a no-change `terraform plan` of
 * `sps_document` (the CLI's document as one string) and of `sps_configuration` (typed HCL), and
 * `terraform apply` of one changed object with `sps_document`, against `sps apply`. Each figure is
 * the median of a few runs of the whole command, Terraform's own work included.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { SpsClient } from '../../src/client';
import type { JsonObject } from '../../src/model';
import { applyPlan, parseDesiredState, planAgainstAppliance } from '../../src/reconcile';
import { LATENCY_MS, ROOT, control, documentWith, startEmulatorProcess } from './emulator-process';

const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

export async function terraformPath(n: number): Promise<Record<string, string | number>> {
  if (spawnSync('sh', ['-c', 'command -v terraform']).status !== 0) {
    console.warn('\n!!! terraform is not on PATH: the Terraform-path rows are skipped !!!\n');
    return { N: n, skipped: 'terraform is not on PATH' };
  }
  const { installIntoMirror } = await import('../../src/provider/install');
  const emu = await startEmulatorProcess();
  const dir = mkdtempSync(path.join(tmpdir(), 'sps-bench-tf-'));
  const mirror = installIntoMirror(path.join(dir, 'mirror'));
  const env = {
    ...process.env,
    SPS_URL: emu.url,
    SPS_USERNAME: emu.username,
    SPS_PASSWORD: emu.password,
    SPS_CA_FILE: emu.caFile,
    TF_CLI_CONFIG_FILE: mirror.cliConfigFile,
    CHECKPOINT_DISABLE: '1',
    TF_IN_AUTOMATION: '1',
    TF_INPUT: '0',
    NO_COLOR: '1',
  };
  /** Wall time of a whole command (exit 0 or 2), in milliseconds. */
  const wall = (cwd: string, cmd: string, args: string[]) => {
    const started = process.hrtime.bigint();
    const r = spawnSync(cmd, args, { cwd, env, encoding: 'utf8', maxBuffer: 256 << 20 });
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    if (r.status !== 0 && r.status !== 2)
      throw new Error(`${cmd} ${args.join(' ')} failed:\n${r.stdout.slice(-4000)}\n${r.stderr.slice(-4000)}`);
    return ms;
  };
  const runs = n >= 10_000 ? 1 : 3;
  const timed = (cwd: string, cmd: string, args: string[], times = runs) =>
    median(Array.from({ length: times }, () => wall(cwd, cmd, args)));
  const sps = path.join(ROOT, 'bin', 'sps');
  const provider = { required_providers: { sps: { source: 'sps-iac/sps', version: '0.1.0' } } };
  /** Revision 0 everywhere, but the first content policy at `revision`. */
  const oneChanged = (revision: number): JsonObject => {
    const doc = documentWith(n, 0);
    const content = doc.content_policies as Record<string, JsonObject>;
    content[Object.keys(content).sort()[0]] = {
      rules: [{ event: { selection: 'command', match: [`one-${revision}`] } }],
    };
    return doc;
  };
  const workspace = (name: string, resource: object) => {
    const at = path.join(dir, name);
    mkdirSync(at);
    writeFileSync(
      path.join(at, 'main.tf.json'),
      JSON.stringify({ terraform: provider, provider: { sps: {} }, resource }),
    );
    wall(at, 'terraform', ['init']);
    return at;
  };
  try {
    // the objects exist before anything is measured (created without latency: it is setup)
    await control(emu, 'PUT', '/latency', null);
    const { url, username, password, caFile } = emu;
    const fast = new SpsClient({
      url,
      username,
      password,
      caFile,
      concurrency: 32,
      requestTimeoutMs: 300_000,
    });
    await applyPlan(fast, await planAgainstAppliance(fast, parseDesiredState(documentWith(n, 0))));
    await fast.close();
    await control(emu, 'PUT', '/latency', { fixedMs: LATENCY_MS });

    const cliDir = path.join(dir, 'cli');
    mkdirSync(cliDir);
    const writeDoc = (at: string, doc: JsonObject) =>
      writeFileSync(path.join(at, 'doc.json'), JSON.stringify(doc));
    writeDoc(cliDir, documentWith(n, 0));
    wall(cliDir, sps, ['plan', 'doc.json']); // builds the bundle if a source is newer
    const cliPlan = timed(cliDir, sps, ['plan', 'doc.json']);

    const docDir = workspace('document', { sps_document: { main: { document: '${file("doc.json")}' } } });
    writeDoc(docDir, documentWith(n, 0));
    wall(docDir, 'terraform', ['apply', '-auto-approve']); // the state of objects that exist: nothing to commit
    const documentPlan = timed(docDir, 'terraform', ['plan', '-detailed-exitcode']);
    writeDoc(docDir, oneChanged(1));
    const documentApply = wall(docDir, 'terraform', ['apply', '-auto-approve']);
    writeDoc(cliDir, oneChanged(2));
    const cliApply = wall(cliDir, sps, ['apply', 'doc.json', '--auto-approve']);
    writeDoc(cliDir, documentWith(n, 0));
    wall(cliDir, sps, ['apply', 'doc.json', '--auto-approve']); // back to revision 0 for the typed resource

    const typedDir = workspace('configuration', { sps_configuration: { main: documentWith(n, 0) } });
    wall(typedDir, 'terraform', ['apply', '-auto-approve']);
    const typedPlan = timed(typedDir, 'terraform', ['plan', '-detailed-exitcode']);

    const ratio = (a: number, b: number) => +(a / b).toFixed(2);
    return {
      N: n,
      'cli plan ms': Math.round(cliPlan),
      'sps_document plan ms': Math.round(documentPlan),
      'document / cli': ratio(documentPlan, cliPlan),
      'sps_configuration plan ms': Math.round(typedPlan),
      'configuration / cli': ratio(typedPlan, cliPlan),
      'cli apply (1 change) ms': Math.round(cliApply),
      'sps_document apply (1 change) ms': Math.round(documentApply),
      'document apply / cli apply': ratio(documentApply, cliApply),
    };
  } finally {
    emu.child.kill('SIGTERM');
    rmSync(dir, { recursive: true, force: true });
  }
}
