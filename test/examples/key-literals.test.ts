/**
 * Examples deploy on any appliance: nothing in examples/ names a key literal, and objects the
 * appliance already has are named by variables (examples/basic, examples/environments).
 */
import * as path from 'node:path';
import { keyLiterals, keyLiteralsUnder } from './key-literals';

const EXAMPLES = path.resolve(__dirname, '../../examples');

test('no file in examples/ names a key literal or an appliance-only object by a literal', () => {
  expect(keyLiteralsUnder(EXAMPLES)).toEqual([]);
});

describe('what the check finds', () => {
  const found = (text: string) => keyLiterals('sample', text).map((f) => f.why);

  test.each([
    ['a UUID anywhere', "export const SIGNING_IDENTITY_KEY = '5f1cd1b4-5a3c-4b67-9d8e-7a2f0c3e9b10';"],
    ['a UUID as a YAML reference', '      x509_identity: 5f1cd1b4-5a3c-4b67-9d8e-7a2f0c3e9b10 # seeded'],
    ['a UUID in HCL', 'signing = { enabled = true, x509_identity = "0B8E2D64-1C7F-4E3A-8F52-3D9A6C1E7F22" }'],
    ["a built-in's negative key as a reference", 'system_backup:\n  backup_policy: "-3"'],
    ["a built-in's negative key in a $ref", '        settings_policy: { $ref: ssh/settings_policies/-300 }'],
    [
      "a built-in's negative key in SpsObject.ref",
      "settings_policy: SpsObject.ref('ssh/settings_policies', '-300'),",
    ],
    ['an X.509 identity key of any form', "x509_identity: 'audit-signing-key'"],
    ['a trusted CA list by a literal name', 'tls: { selection: secure, trusted_ca_list_ref: siem-cas }'],
    ['X509Identity.fromKey with a literal', "X509Identity.fromKey(this, 'AuditSigning',\n  'some-key')"],
    ['TrustedCaList.fromName with a literal', 'TrustedCaList.fromName(this, "SiemCas", "siem-cas")'],
  ])('%s', (_name, text) => {
    expect(found(text)).not.toEqual([]);
  });

  test.each([
    ['a variable for the X.509 identity', "X509Identity.fromKey(this, 'AuditSigning', signingIdentityKey)"],
    ['a variable for the CA list', 'TrustedCaList.fromName(this, "SiemCas", siemTrustedCaList.stringValue)'],
    [
      'synthesized variables',
      '"x509_identity": "${var.signing_identity_key}", "trusted_ca_list_ref": "${var.cas}"',
    ],
    ['an object declared in the same document, by name', 'system_backup:\n  backup_policy: nightly'],
    ['a $ref by name', '        audit_policy: { $ref: policies/audit_policies/pci }'],
    ['negative numbers that are no reference', 'offset: -300\nretention_days: 30'],
  ])('not %s', (_name, text) => {
    expect(found(text)).toEqual([]);
  });

  test('names the file and line', () => {
    expect(
      keyLiterals('examples/x.yaml', 'a: 1\nb:\n  x509_identity: ${env:X}\n  backup_policy: -1\n'),
    ).toEqual([
      {
        file: 'examples/x.yaml',
        line: 4,
        text: 'backup_policy: -1',
        why: "a built-in object's key in a reference",
      },
    ]);
  });
});
