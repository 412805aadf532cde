/**
 * `sps-emulator`: runs the emulator as a standalone process until SIGINT/SIGTERM and prints what a
 * client needs (URL, credentials, CA file, control token). `--json` prints the same as one JSON line
 * for scripts and benchmarks.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Command, InvalidArgumentError, Option } from 'commander';
import {
  EmulatorOptionError,
  EmulatorPersistError,
  readSnapshotFile,
  startEmulator,
  startTwin,
  type EmulatorSwitches,
} from './index';
import { SnapshotFormatError } from '../snapshot/format';
import { DEFAULT_FIRMWARE_VERSION } from './firmware-shapes';

const int = (name: string) => (v: string) => {
  if (!/^\d+$/.test(v)) throw new InvalidArgumentError(`${name} must be a non-negative integer`);
  return Number(v);
};

const program = new Command('sps-emulator')
  .description('Run an emulator of the One Identity SPS REST API on a local HTTPS port.')
  .option('--host <address>', 'address to listen on', '127.0.0.1')
  .option('--port <number>', 'port (0 = any free port)', int('port'), 8443)
  .option('--username <name>', 'login user name', 'admin')
  .addOption(
    new Option('--password <password>', 'login password (default: random, printed)').env(
      'SPS_EMULATOR_PASSWORD',
    ),
  )
  .option('--session-timeout <seconds>', 'idle session timeout', int('session timeout'), 600)
  .addOption(
    new Option('--writes-without-transaction <mode>', 'a write with no open transaction: 409, or open one')
      .choices(['conflict', 'auto-open'])
      .default('conflict'),
  )
  .addOption(
    new Option('--forwarder-method <verb>', 'verbs the SIEM forwarders accept')
      .choices(['put', 'post', 'both'])
      .default('put'),
  )
  .option(
    '--firmware-version <version>',
    'what GET /api/info reports as firmware_version; 8.x answers with the 8.0 LTS shapes (audit policy timestamping, VNC options)',
    DEFAULT_FIRMWARE_VERSION,
  )
  .addOption(
    new Option('--secrets <mode>', 'sensitive fields on reads').choices(['clear', 'masked']).default('clear'),
  )
  .option(
    '--lock-status <status>',
    'HTTP status when another session holds the lock',
    int('lock status'),
    409,
  )
  .addOption(
    new Option('--cluster-role <role>', 'cluster role of this node')
      .choices(['standalone', 'central-management', 'managed-host'])
      .default('standalone'),
  )
  .addOption(
    new Option('--reference-check <when>', 'when references are checked')
      .choices(['commit', 'write'])
      .default('commit'),
  )
  .addOption(
    new Option('--unmodelled-fields <mode>', 'objects carry fields outside the model, as real appliances do')
      .choices(['on', 'off'])
      .default('on'),
  )
  .addOption(
    new Option(
      '--concurrent-writes <mode>',
      'a configuration write arriving while another is in progress: carried out, or refused with 409',
    )
      .choices(['serve', 'refuse'])
      .default('serve'),
  )
  .addOption(
    new Option(
      '--session-offset-base <base>',
      'how /api/audit/sessions counts ?offset= (the guide reads both ways)',
    )
      .choices(['zero', 'one'])
      .default('zero'),
  )
  .addOption(
    new Option(
      '--session-policy-field <name>',
      'the name the session database gives the connection policy (the guide uses three)',
    )
      .choices(['psm.connection_policy', 'connection_policy', 'recording.connection_policy'])
      .default('psm.connection_policy'),
  )
  .option('--latency <ms>', 'fixed latency per request', int('latency'), 0)
  .option('--jitter <ms>', 'extra random latency per request, up to this many ms', int('jitter'), 0)
  .option('--persist <file>', 'load committed configuration from this file and save it on every commit')
  .option('--no-seed', 'start empty (no built-in policies, options or identities)')
  .option('--ca-file <path>', 'where to write the CA certificate (default: a new temp file)')
  .option(
    '--read-only-user <name>',
    'another account, with the same password, that may read but not change the configuration (repeatable)',
    (v: string, all: string[]) => [...all, v],
    [] as string[],
  )
  .option(
    '--deny <path>',
    'refuse every session this path and everything under it with 403 (repeatable), e.g. /api/configuration/ssh',
    (v: string, all: string[]) => [...all, v],
    [] as string[],
  )
  .option('--certificate-expired', 'serve a certificate whose validity ended (for TLS checks)')
  .option('--json', 'print the connection details as one JSON line')
  .option(
    '--from <snapshot>',
    'serve a snapshot written by `sps snapshot` (a twin of that appliance); switches given here override what it implies',
  );

async function main(): Promise<void> {
  program.parse();
  const o = program.opts();
  const switches: EmulatorSwitches = {
    noTransactionWrites: o.writesWithoutTransaction,
    forwarderMethod: o.forwarderMethod,
    secrets: o.secrets,
    lockStatus: o.lockStatus,
    clusterRole: o.clusterRole,
    referenceCheck: o.referenceCheck,
    unmodelledFields: o.unmodelledFields,
    concurrentWrites: o.concurrentWrites,
    sessionOffsetBase: o.sessionOffsetBase,
    sessionPolicyField: o.sessionPolicyField,
  };
  // chosen here, not by the emulator: the read-only accounts share it
  const password: string = o.password ?? randomBytes(12).toString('base64url');
  const options = {
    host: o.host,
    port: o.port,
    username: o.username,
    password,
    sessionTimeoutSeconds: o.sessionTimeout,
    switches,
    latency: o.latency || o.jitter ? { fixedMs: o.latency, jitterMs: o.jitter } : undefined,
    persistFile: o.persist,
    seedDefaults: o.seed,
    firmwareVersion: o.firmwareVersion,
    readOnlyUsers: (o.readOnlyUser as string[]).map((username) => ({ username, password })),
    deniedPaths: o.deny as string[],
    certificateExpired: o.certificateExpired === true,
  };
  const emulator = o.from
    ? await startTwin(readSnapshotFile(o.from), {
        ...options,
        // a twin's switches and firmware default to the snapshot's: only what was given here overrides them
        switches: given(switches),
        ...(program.getOptionValueSource('firmwareVersion') === 'default'
          ? { firmwareVersion: undefined }
          : {}),
      })
    : await startEmulator(options);
  stopOnSignals(emulator); // before anything is made that an exit must remove
  const caFile = o.caFile ?? join(temporaryDirectory(), 'ca.pem');
  emulator.writeCaFile(caFile);
  const details = {
    url: emulator.url,
    username: emulator.username,
    password: emulator.password,
    caFile,
    controlToken: emulator.controlToken,
  };
  if (o.json) process.stdout.write(JSON.stringify(details) + '\n');
  else {
    process.stdout.write(
      [
        `SPS emulator listening on ${details.url}`,
        `  username:      ${details.username}`,
        `  password:      ${details.password}`,
        `  CA file:       ${details.caFile}`,
        `  control token: ${details.controlToken}  (header X-Emulator-Token, under ${details.url}/_emulator/)`,
        `  example:       SPS_URL=${details.url} SPS_USERNAME=${details.username} SPS_CA_FILE=${details.caFile} …`,
        'Press Ctrl+C to stop.',
        '',
      ].join('\n'),
    );
  }
}

/** The switches set on the command line (not left at their defaults). */
function given(switches: EmulatorSwitches): Partial<EmulatorSwitches> {
  const flag: Record<keyof EmulatorSwitches, string> = {
    noTransactionWrites: 'writesWithoutTransaction',
    forwarderMethod: 'forwarderMethod',
    secrets: 'secrets',
    lockStatus: 'lockStatus',
    clusterRole: 'clusterRole',
    referenceCheck: 'referenceCheck',
    unmodelledFields: 'unmodelledFields',
    concurrentWrites: 'concurrentWrites',
    sessionOffsetBase: 'sessionOffsetBase',
    sessionPolicyField: 'sessionPolicyField',
  };
  return Object.fromEntries(
    Object.entries(switches).filter(
      ([name]) => program.getOptionValueSource(flag[name as keyof EmulatorSwitches]) !== 'default',
    ),
  );
}

/** SIGINT, SIGTERM, SIGHUP: close the server, then exit (the exit handlers remove what was made). */
function stopOnSignals(emulator: { close(): Promise<void> }): void {
  let stopping = false;
  const stop = () => {
    if (stopping) process.exit(1); // a second signal: at once
    stopping = true;
    emulator.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, stop);
}

/**
 * A directory of our own for the CA file, removed on every exit: a signal (handled above, so it ends
 * in process.exit), an error after it was made, or the end of the process.
 */
function temporaryDirectory(): string {
  const dir = mkdtempSync(join(tmpdir(), 'sps-emulator-'));
  process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

main().catch((err: unknown) => {
  const known =
    err instanceof EmulatorOptionError ||
    err instanceof EmulatorPersistError ||
    err instanceof SnapshotFormatError;
  process.stderr.write(
    `sps-emulator: ${known ? err.message : err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`,
  );
  process.exit(1);
});
