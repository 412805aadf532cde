/** Audit settings from the environment: the HEC token as a CI secret gives it, surrounding whitespace and all. */
import { auditSettingsFrom } from '../../src/audit/settings';

const base = { SPS_AUDIT_HEC_URL: 'https://hec.example.com:8088' };

test('a token with a trailing newline (a CI secret) is the token itself', () => {
  expect(auditSettingsFrom({ ...base, SPS_AUDIT_HEC_TOKEN: 'abc-123\n' }, '/')?.token).toBe('abc-123');
});

test('a token of whitespace only is no token: the error names both settings', () => {
  expect(() => auditSettingsFrom({ ...base, SPS_AUDIT_HEC_TOKEN: ' \n' }, '/')).toThrow(
    /no token: set SPS_AUDIT_HEC_TOKEN or SPS_AUDIT_HEC_TOKEN_FILE/,
  );
});
