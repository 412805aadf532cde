/**
 * The Terraform variables the examples take for objects an appliance already has, set from what the
 * emulator holds: what an administrator reads off their appliance (Basic Settings > Certificates,
 * `GET /api/configuration/x509`, the trusted CA lists) before deploying an example there.
 */
import type { RunningEmulator } from '../../src/emulator';

export function applianceVariables(emulator: RunningEmulator): {
  signing_identity_key: string;
  siem_trusted_ca_list: string;
} {
  const held = emulator.committed();
  const signing = Object.entries(held.x509 ?? {}).find(([, body]) =>
    /audit signing/i.test(String(body.subject)),
  );
  const caList = Object.values(held.trusted_ca_lists ?? {})[0];
  if (!signing || !caList)
    throw new Error('the emulator holds no audit signing identity or no trusted CA list');
  return { signing_identity_key: signing[0], siem_trusted_ca_list: String(caList.name) };
}

/** The same, as the environment Terraform and the CLI read variables from. */
export function applianceVariablesEnv(emulator: RunningEmulator): Record<string, string> {
  return Object.fromEntries(
    Object.entries(applianceVariables(emulator)).map(([name, value]) => [`TF_VAR_${name}`, value]),
  );
}
