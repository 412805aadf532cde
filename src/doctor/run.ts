/**
 * `sps doctor`: every check in order, each building on the one before — a connection to trust, a
 * login, then what the appliance is and what the user may do, then its configuration against the
 * model. Read-only, except the one empty transaction `checkTransaction` opens and rolls back. A check
 * that fails unexpectedly becomes an error finding; the ones that needed it are reported skipped.
 */
import { SpsError, type SpsClient } from '../client';
import { captureAppliance } from '../snapshot';
import { clusterFinding, firmwareFinding, loginFinding, readFindings } from './appliance';
import { endpointFindings, passThroughEndpoints, unknownFieldFindings } from './configuration';
import { connectionFindings, type Trust } from './connection';
import { exportFinding } from './export-check';
import { finding, type DoctorReport, type Finding } from './findings';
import { latencyFinding } from './latency';
import { transactionFindings } from './transaction';

export interface DoctorOptions {
  readonly url: string;
  readonly username: string;
  readonly trust: Trust;
  /** Makes the client, once the connection is known to be usable. */
  readonly connect: () => SpsClient;
  /** Open and roll back one empty transaction (write permission, the lock).  @default false */
  readonly checkTransaction?: boolean;
  /** Parallel reads of the client (for the round-trip estimate).  @default 8 */
  readonly concurrency?: number;
  readonly progress?: (text: string | undefined) => void;
}

export async function runDoctor(opts: DoctorOptions): Promise<DoctorReport> {
  const started = performance.now();
  const findings: Finding[] = [];
  const report = (): DoctorReport => ({
    appliance: opts.url,
    findings,
    healthy: !findings.some((f) => f.status === 'error'),
    tookMs: Math.round(performance.now() - started),
  });
  const skipRest = (why: string) =>
    findings.push(finding('remaining-checks', 'skipped', `the other checks were not run: ${why}`));

  opts.progress?.('connecting');
  const connection = await connectionFindings(opts.url, opts.trust);
  findings.push(...connection.findings);
  if (!connection.usable) {
    skipRest('no connection a client would trust');
    return report();
  }
  const client = opts.connect();
  try {
    const login = await loginFinding(client, opts.username);
    if (login) findings.push(login);
    if (login?.status === 'error') {
      skipRest('the login failed');
      return report();
    }
    const fw = await guarded('firmware', () => firmwareFinding(client));
    if (fw) findings.push(fw.finding);
    const cluster = await guarded('cluster', () => clusterFinding(client, fw?.info ?? {}));
    if (cluster) findings.push(cluster);
    const read = await guarded('permissions.read', () => readFindings(client));
    if (read) findings.push(...read.findings);
    const tx = await guarded('permissions.write', () =>
      transactionFindings(client, opts.checkTransaction === true),
    );
    if (tx) findings.push(...tx);
    let objects = 0;
    if (read?.canRead) {
      opts.progress?.('reading the configuration');
      const capture = await guarded('endpoints', () =>
        captureAppliance(client, { progress: (done, all) => opts.progress?.(`reading ${done}/${all}`) }),
      );
      if (capture) {
        objects = capture.objects;
        findings.push(...endpointFindings(capture.snapshot), ...unknownFieldFindings(capture.snapshot));
        opts.progress?.('planning the export');
        const firmware = typeof fw?.info.firmware_version === 'string' ? fw.info.firmware_version : null;
        const exported = await guarded('export.round-trip', () =>
          exportFinding(client, passThroughEndpoints(capture.snapshot), firmware, (endpoint) => {
            const r = capture.snapshot.endpoints[endpoint];
            return r?.answer === 'collection' || r?.answer === 'singleton';
          }),
        );
        if (exported) findings.push(exported);
      }
    }
    const latency = await guarded('round-trip', () => latencyFinding(client, objects, opts.concurrency ?? 8));
    if (latency) findings.push(latency);
  } finally {
    opts.progress?.(undefined);
    await client.close();
  }
  return report();

  /** Runs a check; an appliance error becomes that check's error finding (undefined is returned). */
  async function guarded<T>(check: string, fn: () => Promise<T>): Promise<T | undefined> {
    try {
      return await fn();
    } catch (err) {
      if (!SpsError.is(err)) throw err;
      findings.push(finding(check, 'error', err.message));
      return undefined;
    }
  }
}
