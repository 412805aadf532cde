/**
 * SpsObject, the generic construct for endpoints the model has no kind for: it renders into the one
 * sps_configuration resource's pass_through attribute (bodies as JSON strings, references as
 * `$ref`s by endpoint and name), the rendered document parses and plans like a hand-written one, and
 * bad endpoints or duplicates fail at the construct that wrote them.
 */
import {
  AuditPolicy,
  RdpConnectionPolicy,
  SpsConfiguration,
  SpsObject,
  SpsSecret,
  SpsValidationError,
  SshConnectionPolicy,
  TerraformStack,
  TerraformVariable,
  Testing,
  TimePolicy,
} from '../../constructs';
import { parseDesiredState, eachObject } from '../../src/reconcile';
import { synth } from './helpers';

function setup() {
  const stack = new TerraformStack(Testing.app(), 'test');
  const sps = new SpsConfiguration(stack, 'Sps');
  return { stack, sps };
}

test('a connection policy naming a typed audit policy and a generic channel policy renders as pass_through', () => {
  const { stack, sps } = setup();
  const pci = new AuditPolicy(sps, 'Pci', { name: 'pci' });
  const shell = new SpsObject(sps, 'ShellOnly', {
    endpoint: 'ssh/channel_policies',
    name: 'shell-only',
    body: { rules: [{ actions: { audit: true } }] },
  });
  new SpsObject(sps, 'OpsGw', {
    endpoint: 'ssh/connections',
    name: 'ops-gw',
    body: {
      active: true,
      audit_policy: SpsObject.ref(pci),
      channel_policy: SpsObject.ref(shell),
      settings_policy: SpsObject.ref('ssh/settings_policies', '-300'),
    },
    sensitivePaths: ['/credential_store/password'],
  });
  new SpsObject(sps, 'TelnetOptions', { endpoint: 'telnet/options', body: { service: { log_level: 4 } } });

  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- synthesized JSON, checked field by field below
  const passThrough = synth(stack).configuration.pass_through as Record<string, any>;
  expect(Object.keys(passThrough).sort()).toEqual([
    'ssh/channel_policies',
    'ssh/connections',
    'telnet/options',
  ]);
  expect(passThrough['ssh/connections'].sensitive_paths).toEqual(['/credential_store/password']);
  expect(JSON.parse(passThrough['ssh/connections'].objects['ops-gw'])).toEqual({
    active: true,
    audit_policy: { $ref: 'policies/audit_policies/pci' },
    channel_policy: { $ref: 'ssh/channel_policies/shell-only' },
    settings_policy: { $ref: 'ssh/settings_policies/-300' },
  });
  expect(JSON.parse(passThrough['telnet/options'].singleton)).toEqual({ service: { log_level: 4 } });

  // what the provider decodes from it is a valid document whose references the engine sees
  const decoded = {
    audit_policies: { pci: {} },
    pass_through: Object.fromEntries(
      Object.entries(passThrough).map(([endpoint, spec]) => [
        endpoint,
        {
          ...(spec.sensitive_paths ? { sensitive_paths: spec.sensitive_paths } : {}),
          ...(spec.objects
            ? {
                objects: Object.fromEntries(
                  Object.entries(spec.objects).map(([n, b]) => [n, JSON.parse(b as string)]),
                ),
              }
            : { singleton: JSON.parse(spec.singleton) }),
        },
      ]),
    ),
  };
  const desired = parseDesiredState(decoded);
  const conn = [...eachObject(desired)].find((o) => o.name === 'ops-gw')!;
  expect(conn.kind.referencesIn(conn.body).map((r) => `${r.target}:${r.value}`)).toEqual([
    'audit_policies:pci',
    'ssh/channel_policies:shell-only',
    'ssh/settings_policies:-300',
  ]);
});

test('a read-only or modelled endpoint and a second object of the same name fail where they are written', () => {
  const { sps } = setup();
  const attempt = (f: () => unknown): SpsValidationError => {
    try {
      f();
    } catch (err) {
      if (SpsValidationError.is(err)) return err;
      throw err;
    }
    throw new Error('expected an SpsValidationError');
  };
  const vnc = attempt(
    () => new SpsObject(sps, 'Vnc', { endpoint: 'vnc/connections', name: 'jump', body: {} }),
  );
  expect(vnc.constructPath).toBe('test/Sps/Vnc');
  expect(vnc.message).toMatch(/read-only/);
  const typed = attempt(
    () => new SpsObject(sps, 'Audit', { endpoint: 'policies/audit_policies', name: 'x', body: {} }),
  );
  expect(typed.message).toMatch(/declare it as "audit_policies"/);
  new SpsObject(sps, 'First', { endpoint: 'ssh/connections', name: 'a', body: {} });
  const dup = attempt(
    () => new SpsObject(sps, 'Second', { endpoint: 'ssh/connections', name: 'a', body: {} }),
  );
  expect(dup.constructPath).toBe('test/Sps/Second');
  expect(dup.message).toContain('already defined at test/Sps/First');
});

test('SshConnectionPolicy and RdpConnectionPolicy write the confirmed fields as props and the rest through fields', () => {
  const { stack, sps } = setup();
  const pci = new AuditPolicy(sps, 'Pci', { name: 'pci' });
  const hours = new TimePolicy(sps, 'Hours', {
    name: 'office-hours',
    schedule: TimePolicy.workdays('8:00', '18:00'),
  });
  new SshConnectionPolicy(sps, 'OpsGw', {
    name: 'ops-gw',
    clients: ['10.1.0.0/16'],
    targets: ['10.2.0.10'],
    ports: [22],
    accessControl: [{ authorizer: 'security', permission: 'audit_and_authorize' }],
    logAuditTrailDownloads: true,
    fields: { audit_policy: SpsObject.ref(pci), note_for_ops: SpsObject.ref(hours) },
  });
  new RdpConnectionPolicy(sps, 'Jump', { active: false });
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- synthesized JSON, checked below
  const passThrough = synth(stack).configuration.pass_through as Record<string, any>;
  expect(JSON.parse(passThrough['ssh/connections'].objects['ops-gw'])).toEqual({
    network: { clients: ['10.1.0.0/16'], targets: ['10.2.0.10'], ports: [22] },
    access_control: [{ authorizer: 'security', permission: 'audit_and_authorize' }],
    log_audit_trail_downloads: true,
    audit_policy: { $ref: 'policies/audit_policies/pci' },
    note_for_ops: { $ref: 'policies/time_policies/office-hours' },
  });
  // nothing written that was not given: the rest stays as it is on SPS
  expect(JSON.parse(passThrough['rdp/connections'].objects.Jump)).toEqual({ active: false });
});

test('a connection policy breaking a confirmed field, or repeating a prop in fields, fails at its construct path', () => {
  const { sps } = setup();
  let caught: unknown;
  try {
    new SshConnectionPolicy(sps, 'Bad', {
      ports: [22, 70000],
      accessControl: [{ authorizer: 'x', permission: 'watch' as never }],
    });
  } catch (err) {
    caught = err;
  }
  expect(SpsValidationError.is(caught)).toBe(true);
  expect((caught as SpsValidationError).constructPath).toBe('test/Sps/Bad');
  expect((caught as Error).message).toContain('body/network/ports/1: must be at most 65535');
  expect((caught as Error).message).toContain(
    'body/access_control/0/permission: must be one of "audit", "authorize", "audit_and_authorize"',
  );
  expect(() => new RdpConnectionPolicy(sps, 'Twice', { active: true, fields: { active: false } })).toThrow(
    /fields\.active repeats a prop/,
  );
});

describe('secrets in a pass-through body', () => {
  const gateway = (sps: SpsConfiguration, name: string, password: unknown, sensitivePaths?: string[]) =>
    new SshConnectionPolicy(sps, name, {
      name,
      ports: [22],
      fields: { credential_store: { password }, accounts: [{ user: 'a' }, { user: 'b', key: password }] },
      sensitivePaths: sensitivePaths ?? ['/credential_store/password', '/accounts/*/key'],
    });
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- synthesized JSON, checked field by field
  const synthesized = (stack: TerraformStack) => synth(stack).configuration as Record<string, any>;

  test('render as an escaped ${env:NAME} placeholder, the secret in the write-only secrets map under NAME', () => {
    const { stack, sps } = setup();
    gateway(sps, 'ops-gw', SpsSecret.fromEnv(stack, 'gw_password'));
    const { pass_through: passThrough, secrets } = synthesized(stack);
    const body: string = passThrough['ssh/connections'].objects['ops-gw'];
    const names = Object.keys(secrets);
    expect(names).toHaveLength(2); // one per pointer, though the secret is the same
    for (const name of names) {
      expect(name).toMatch(/^SPS_SSH_CONNECTIONS_OPS_GW_[A-Z0-9_]+_[0-9A-F]{8}$/);
      expect(secrets[name]).toBe('${var.gw_password}');
      // `$${` is Terraform's escape: the provider receives ${env:NAME}, not an interpolation
      expect(body).toContain(`"$\${env:${name}}"`);
    }
    expect(body).not.toContain('var.gw_password');
    // as Terraform hands it over: the escape removed, the placeholders where the secrets stand
    const given = JSON.parse(body.replace(/\$\$\{/g, '${'));
    expect(given.credential_store.password).toMatch(
      /^\$\{env:SPS_SSH_CONNECTIONS_OPS_GW_CREDENTIAL_STORE_PASSWORD_/,
    );
    expect(given.accounts).toEqual([
      { user: 'a' },
      { user: 'b', key: expect.stringMatching(/^\$\{env:SPS_/) },
    ]);
  });

  test('names are stable from one synth to the next and unique per object and pointer', () => {
    const names = () => {
      const { stack, sps } = setup();
      gateway(sps, 'ops-gw', SpsSecret.unsafePlainText('pw-1'));
      gateway(sps, 'ops_gw', SpsSecret.unsafePlainText('pw-2')); // folds to the same readable name
      return synthesized(stack).secrets as Record<string, string>;
    };
    const first = names();
    expect(names()).toEqual(first);
    // two objects whose names fold together, two pointers each: four names
    expect(Object.values(first).sort()).toEqual(['pw-1', 'pw-1', 'pw-2', 'pw-2']);
    expect(new Set(Object.keys(first)).size).toBe(4);
  });

  test('an SpsSecret outside sensitivePaths, or a plain value at one, fails at the construct path', () => {
    const { stack, sps } = setup();
    const attempt = (f: () => unknown): SpsValidationError => {
      try {
        f();
      } catch (err) {
        if (SpsValidationError.is(err)) return err;
        throw err;
      }
      throw new Error('expected an SpsValidationError');
    };
    const outside = attempt(() =>
      gateway(sps, 'outside', SpsSecret.fromEnv(stack, 'pw'), ['/credential_store/password']),
    );
    expect(outside.constructPath).toBe('test/Sps/outside');
    expect(outside.message).toContain(
      'body/accounts/1/key: an SpsSecret must be at one of sensitivePaths (add "/accounts/1/key", with "*" for any list item)',
    );
    const plain = attempt(() => gateway(sps, 'plain', 'hunter2'));
    expect(plain.constructPath).toBe('test/Sps/plain');
    expect(plain.message).toContain(
      'body/credential_store/password: is a sensitive path, so it must hold an SpsSecret',
    );
    expect(plain.message).not.toContain('hunter2');
    const variable = new TerraformVariable(stack, 'not_a_secret', { type: 'string' });
    expect(attempt(() => gateway(sps, 'token', variable.stringValue)).message).toContain(
      'must hold an SpsSecret',
    );
  });

  test('a plain value at a path another object of the endpoint declares sensitive fails at synth, naming the object', () => {
    const { stack, sps } = setup();
    gateway(sps, 'with-secret', SpsSecret.fromEnv(stack, 'pw'));
    new SpsObject(sps, 'Other', {
      endpoint: 'ssh/connections',
      name: 'other',
      body: { credential_store: { password: 'hunter2' } },
    });
    expect(() => synth(stack)).toThrow(
      /test\/Sps\/Other: body\/credential_store\/password: is a sensitive path.*sensitive paths are per endpoint/,
    );
  });
});
