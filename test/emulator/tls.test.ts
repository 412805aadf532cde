import { X509Certificate, createPrivateKey } from 'node:crypto';
import { request as httpsRequest } from 'node:https';
import { createSelfSignedCertificate } from '../../src/tls/self-signed';
import { startTestEmulator } from './helpers';

const get = (url: string, ca?: string) =>
  new Promise<number>((resolve, reject) => {
    const req = httpsRequest(`${url}/api/authentication/login_methods`, { ca }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('error', reject);
    req.end();
  });

describe('self-signed certificate helper', () => {
  it('makes an EC P-256 CA certificate for server and client auth covering localhost and 127.0.0.1', async () => {
    const cert = await createSelfSignedCertificate({
      commonName: 'sps-test',
      dnsNames: ['sps.test'],
      ipAddresses: ['127.0.0.2'],
      days: 2,
    });
    const x = new X509Certificate(cert.certPem);
    expect(x.ca).toBe(true);
    expect(x.subject).toContain('CN=sps-test');
    expect(x.publicKey.asymmetricKeyDetails).toMatchObject({ namedCurve: 'prime256v1' });
    expect(x.keyUsage).toEqual(expect.arrayContaining(['1.3.6.1.5.5.7.3.1', '1.3.6.1.5.5.7.3.2']));
    expect(x.subjectAltName).toContain('DNS:localhost');
    expect(x.subjectAltName).toContain('DNS:sps.test');
    expect(x.subjectAltName).toContain('IP Address:127.0.0.1');
    expect(x.subjectAltName).toContain('IP Address:127.0.0.2');
    expect(x.checkPrivateKey(createPrivateKey(cert.keyPem))).toBe(true);
    expect(cert.certDer.equals(x.raw)).toBe(true);
  });

  it('refuses invalid options with a typed error', async () => {
    await expect(
      createSelfSignedCertificate({ commonName: 'x', ipAddresses: ['not-an-ip'] }),
    ).rejects.toMatchObject({ code: 'CERT_INVALID_OPTION' });
    await expect(createSelfSignedCertificate({ commonName: 'x', days: 0 })).rejects.toThrow(/days/);
  });
});

describe('emulator TLS', () => {
  it('is trusted with its CA and refused without it', async () => {
    const t = await startTestEmulator();
    try {
      expect(await get(t.emu.url, t.emu.caPem)).toBe(200);
      await expect(get(t.emu.url)).rejects.toMatchObject({ code: 'DEPTH_ZERO_SELF_SIGNED_CERT' });
      const other = await createSelfSignedCertificate({ commonName: 'someone-else' });
      await expect(get(t.emu.url, other.certPem)).rejects.toThrow();
    } finally {
      await t.close();
    }
  });
});
