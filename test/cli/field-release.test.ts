/**
 * Field ownership with memory: with a `--state` file recording what the document declared at the
 * last apply, a field dropped from the document goes back to the appliance's default (the write leaves
 * it out); without a record it is kept, as every field a document does not declare. Typed and
 * pass-through objects, a nested field and a field of a list item, through the CLI.
 */
import { join } from 'node:path';
import type { JsonObject } from '../../src/model';
import { committedBody, startHarness, type Harness } from './helpers';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.close());

const rsync = (port?: number): JsonObject => ({
  type: 'rsync',
  server: { selection: 'fqdn', value: 'backup.example.internal' },
  path: '/srv/backup/sps',
  username: 'sps-backup',
  auth_key: '${env:TEST_RSYNC_KEY}',
  host_key: 'ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQDhostkey backup.example.internal',
  ...(port === undefined ? {} : { port }),
});

const document = (withFields: boolean): JsonObject => ({
  backup_policies: { offsite: { target: rsync(withFields ? 2222 : undefined), start_times: ['1:00'] } },
  pass_through: {
    'policies/ldap_servers': {
      objects: {
        corp: {
          host: 'ldap.example.com',
          targets: [withFields ? { name: 'primary', port: 636, tls: true } : { name: 'primary', tls: true }],
        },
      },
    },
  },
});

const bodyOf = (kind: string, name: string) => committedBody(h.emu, kind, name)!.body;

test('with a state file, dropped fields go back to the appliance default; the plan says so', async () => {
  const state = join(h.dir, 'release.state.json');
  const first = h.write('release-1.json', document(true));
  const applied = await h.cli(['apply', first, '--auto-approve', '--state', state]);
  expect(applied.stderr).toBe('');
  expect(applied.code).toBe(0);
  expect((bodyOf('backup_policies', 'offsite').target as JsonObject).port).toBe(2222);

  const second = h.write('release-2.json', document(false));
  const text = await h.cli(['plan', second, '--state', state, '--detailed-exitcode']);
  expect(text.code).toBe(2);
  expect(text.stdout).toContain("- /target/port: 2222 (back to the appliance's default)");
  expect(text.stdout).toContain("- /targets/0/port: 636 (back to the appliance's default)");
  const json = JSON.parse((await h.cli(['plan', second, '--state', state, '--json'])).stdout);
  const offsite = json.operations.find((o: { name: string }) => o.name === 'offsite');
  expect(offsite.action).toBe('update');
  expect(offsite.changes).toEqual([{ path: '/target/port', before: 2222, sensitive: false, released: true }]);

  expect((await h.cli(['apply', second, '--auto-approve', '--state', state])).code).toBe(0);
  expect((bodyOf('backup_policies', 'offsite').target as JsonObject).port).toBeUndefined();
  const corp = committedBody(h.emu, 'policies/ldap_servers', 'corp')?.body as JsonObject | undefined;
  expect(corp?.host).toBe('ldap.example.com');
  expect((corp?.targets as JsonObject[])[0]).toEqual({ name: 'primary', tls: true });
  // released once: the next plan is empty
  expect((await h.cli(['plan', second, '--state', state, '--detailed-exitcode'])).code).toBe(0);
});

test('without a record of what was applied, a dropped field is kept as it is', async () => {
  const first = h.write('kept-1.json', document(true));
  expect((await h.cli(['apply', first, '--auto-approve'])).code).toBe(0);
  const second = h.write('kept-2.json', document(false));
  const plan = await h.cli(['plan', second, '--detailed-exitcode']);
  expect(plan.code).toBe(0);
  expect(plan.stdout).not.toContain("appliance's default");
  expect((bodyOf('backup_policies', 'offsite').target as JsonObject).port).toBe(2222);
});
