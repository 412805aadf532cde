/**
 * An appliance worth capturing: the emulator with fields and endpoints the model does not know (its
 * invented fields, its generic endpoints, a field set out of band on a connection policy), built-ins,
 * secrets of every kind (HEC token, SMB password, rsync private key, an LDAP bind password on an
 * endpoint the model does not type), references between all of them; and the CLI run against any
 * emulator (the source or its twin) from one scratch directory.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { run } from '../../src/cli/main';
import { SpsClient } from '../../src/client';
import { passThroughKind, type JsonObject } from '../../src/model';
import type { RunningEmulator } from '../../src/emulator';
import { TEST_PRIVATE_KEY, type CliRun } from '../cli/helpers';

export const CANARY = {
  hec: 'canary-hec-7f31c9d2',
  smb: 'canary-smb-a90e4b17',
  ldap: 'canary-ldap-5d2e8c61',
  rsyncKey: TEST_PRIVATE_KEY,
};

export const SECRET_ENV = {
  HEC: CANARY.hec,
  SMB: CANARY.smb,
  LDAP: CANARY.ldap,
  RSYNC_KEY: CANARY.rsyncKey,
};

export const RICH_DOCUMENT: JsonObject = {
  audit_policies: { pci: { timestamping_enabled: true } },
  archive_cleanup_policies: {
    'archive-smb': {
      target: {
        type: 'smb',
        server: { selection: 'ip', value: '10.20.30.40' },
        share: 'archive',
        authentication: { selection: 'password', username: 'svc-archive', password: '${env:SMB}' },
      },
      start_times: ['2:30'],
      retention_days: 90,
    },
  },
  backup_policies: {
    nightly: {
      target: {
        type: 'rsync',
        server: { selection: 'fqdn', value: 'backup.corp.example.com' },
        path: '/srv/backup/sps',
        username: 'sps-backup',
        auth_key: '${env:RSYNC_KEY}',
        host_key: 'ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQDtwinhostkey backup.corp.example.com',
        port: 22,
      },
      start_times: ['1:00'],
    },
  },
  content_policies: {
    dangerous: { rules: [{ event: { selection: 'command', match: ['rm -rf /'] }, actions: { log: true } }] },
  },
  time_policies: { 'office-hours': { Mon: [['8:00', '18:00']] } },
  splunk_forwarder: {
    enabled: true,
    host: { selection: 'fqdn', value: 'splunk.corp.example.com' },
    ssl: { selection: 'insecure' },
    token: '${env:HEC}',
  },
  system_backup: { backup_policy: 'nightly' },
  pass_through: {
    'ssh/channel_policies': { objects: { 'shell-only': { rules: [{ actions: { audit: true } }] } } },
    'ssh/connections': {
      objects: {
        'ops-gw': {
          active: true,
          network: { clients: ['10.1.0.0/16'], targets: ['10.20.30.40'], ports: [22] }, // also the archive server
          audit_policy: { $ref: 'policies/audit_policies/pci' },
          channel_policy: { $ref: 'ssh/channel_policies/shell-only' },
          settings_policy: { $ref: 'ssh/settings_policies/-300' },
          gateway_user: 'alice',
        },
      },
    },
    'policies/ldap_servers': {
      sensitive_paths: ['/bind_password'],
      objects: {
        corp: { host: 'ldap.corp.example.com', bind_dn: 'cn=sps,dc=corp', bind_password: '${env:LDAP}' },
      },
    },
  },
};

/** The endpoints the model has no kind for that RICH_DOCUMENT writes, for `sps export --endpoint`. */
export const PASS_THROUGH_ENDPOINTS = 'ssh/connections,ssh/channel_policies,policies/ldap_servers';

export interface Cli {
  readonly dir: string;
  run(emu: RunningEmulator, argv: string[], env?: NodeJS.ProcessEnv): Promise<CliRun>;
  write(name: string, doc: unknown): string;
  close(): void;
}

/** The CLI in-process, against whichever emulator each call names (its CA file kept per URL). */
export function openCli(): Cli {
  const dir = mkdtempSync(join(tmpdir(), 'sps-snapshot-test-'));
  return {
    dir,
    async run(emu, argv, env = {}) {
      const caFile = join(dir, `ca-${new URL(emu.url).port}.pem`);
      emu.writeCaFile(caFile);
      let stdout = '';
      let stderr = '';
      const code = await run(argv, {
        stdout: (s) => (stdout += s),
        stderr: (s) => (stderr += s),
        env: {
          SPS_URL: emu.url,
          SPS_USERNAME: emu.username,
          SPS_PASSWORD: emu.password,
          SPS_CA_FILE: caFile,
          ...SECRET_ENV,
          ...env,
        },
        isTTY: { stdout: false, stderr: false, stdin: false },
        cwd: dir,
      });
      return { code, stdout, stderr };
    },
    write(name, doc) {
      const path = join(dir, name);
      writeFileSync(path, typeof doc === 'string' ? doc : stringify(doc));
      return path;
    },
    close: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** Applies RICH_DOCUMENT, then sets a field no document declares on the connection, as the web UI would. */
export async function populate(emu: RunningEmulator, cli: Cli): Promise<void> {
  const applied = await cli.run(emu, ['apply', cli.write('rich.yaml', RICH_DOCUMENT), '--auto-approve']);
  if (applied.code !== 0) throw new Error(`apply failed: ${applied.stderr}`);
  const client = new SpsClient({
    url: emu.url,
    username: emu.username,
    password: emu.password,
    ca: emu.caPem,
  });
  try {
    const kind = passThroughKind('ssh/connections');
    await client.withTransaction(async (tx) => {
      const conn = (await tx.readAll(kind)).find((o) => o.body.name === 'ops-gw')!;
      await tx.replace(kind, conn.key, {
        ...kind.writtenForm(conn.body),
        description: 'jump host for ops, owner bob@corp.example.com',
        log_audit_trail_downloads: true,
      });
    });
  } finally {
    await client.close();
  }
}
