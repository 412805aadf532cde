/**
 * Test helper: a started emulator plus a tiny cookie-carrying HTTPS client (undici, trusting only
 * the emulator's CA). Deliberately independent of src/client, which is tested against this emulator.
 */
import { Agent, request } from 'undici';
import { startEmulator, type EmulatorOptions, type RunningEmulator } from '../../src/emulator';

export const PATHS = {
  audit: '/api/configuration/policies/audit_policies',
  archive: '/api/configuration/policies/archive_cleanup_policies',
  backup: '/api/configuration/policies/backup_policies',
  content: '/api/configuration/policies/content_policies',
  splunk: '/api/configuration/management/splunk_forwarder',
  siem: '/api/configuration/management/universal_siem_forwarder',
  systemBackup: '/api/configuration/management/system_backup',
  vnc: '/api/configuration/vnc/options',
  x509: '/api/configuration/x509',
  privateKeys: '/api/configuration/private_keys',
  passwords: '/api/configuration/passwords',
} as const;

export interface Answer {
  readonly status: number;
  readonly headers: Record<string, string | string[] | undefined>;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  readonly body: any;
}

export class ApiClient {
  cookie: string | undefined;
  userAgent = 'sps-emulator-tests/1.0';

  constructor(
    readonly baseUrl: string,
    private readonly agent: Agent,
  ) {}

  async login(username: string, password: string): Promise<Answer> {
    const auth = 'Basic ' + Buffer.from(`${username}:${password}`).toString('base64');
    const answer = await this.call('GET', '/api/authentication', undefined, { authorization: auth });
    const setCookie = answer.headers['set-cookie'];
    const match = /session_id=([^;]+)/.exec(String(setCookie ?? ''));
    if (answer.status === 200 && match) this.cookie = match[1];
    return answer;
  }

  async call(
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<Answer> {
    const writes = method === 'POST' || method === 'PUT';
    const res = await request(this.baseUrl + path, {
      method: method as 'GET',
      dispatcher: this.agent,
      headers: {
        'user-agent': this.userAgent,
        ...(this.cookie ? { cookie: `session_id=${this.cookie}` } : {}),
        ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
        ...headers,
      },
      body: body !== undefined ? JSON.stringify(body) : writes ? '' : undefined,
    });
    const text = await res.body.text();
    return { status: res.statusCode, headers: res.headers, body: text ? JSON.parse(text) : undefined };
  }

  /** Sends `text` verbatim as a JSON body (for malformed-JSON cases). */
  async sendText(method: string, path: string, text: string): Promise<Answer> {
    const res = await request(this.baseUrl + path, {
      method: method as 'POST',
      dispatcher: this.agent,
      headers: {
        'user-agent': this.userAgent,
        cookie: `session_id=${this.cookie}`,
        'content-type': 'application/json',
      },
      body: text,
    });
    return { status: res.statusCode, headers: res.headers, body: JSON.parse(await res.body.text()) };
  }

  get = (path: string) => this.call('GET', path);
  post = (path: string, body?: unknown) => this.call('POST', path, body);
  put = (path: string, body?: unknown) => this.call('PUT', path, body);
  del = (path: string) => this.call('DELETE', path);

  openTransaction = () => this.post('/api/transaction');
  commit = () => this.put('/api/transaction', { status: 'commit' });
  rollback = () => this.del('/api/transaction');
}

export interface TestEmulator {
  readonly emu: RunningEmulator;
  readonly agent: Agent;
  anonymous(): ApiClient;
  login(): Promise<ApiClient>;
  close(): Promise<void>;
}

export async function startTestEmulator(opts: EmulatorOptions = {}): Promise<TestEmulator> {
  const emu = await startEmulator({ password: 'test-password', ...opts });
  const agent = new Agent({ connect: { ca: emu.caPem } });
  const anonymous = () => new ApiClient(emu.url, agent);
  return {
    emu,
    agent,
    anonymous,
    async login() {
      const c = anonymous();
      const answer = await c.login(emu.username, emu.password);
      if (answer.status !== 200) throw new Error(`login failed with ${answer.status}`);
      return c;
    },
    async close() {
      await agent.close();
      await emu.close();
    },
  };
}

/** Bodies that pass the model's validation. */
export const bodies = {
  audit: (name: string, x509?: string) => ({
    name,
    signing: x509 ? { enabled: true, x509_identity: x509 } : { enabled: false },
  }),
  nfsArchive: (name: string) => ({
    name,
    target: { type: 'nfs', server: { selection: 'fqdn', value: 'nas.example.com' }, path: '/archive' },
    start_times: ['1:00'],
    retention_days: 30,
  }),
  smbArchive: (name: string, password: string) => ({
    name,
    target: {
      type: 'smb',
      server: { selection: 'ip', value: '10.0.0.7' },
      share: 'archive/sps',
      authentication: { selection: 'password', username: 'svc-archive', password },
    },
    start_times: ['2:30'],
    retention_days: 90,
  }),
  rsyncBackup: (name: string, authKey: string) => ({
    name,
    target: {
      type: 'rsync',
      server: { selection: 'ip', value: '10.0.0.5' },
      path: '/backups/sps',
      username: 'backup',
      auth_key: authKey,
      host_key: 'ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQC7 backup@host',
      port: 22,
    },
    start_times: ['3:00'],
  }),
  privateKey: () => ({
    key: '-----BEGIN PRIVATE KEY-----\nMIIBVQIBADANBgkqhkiG9w0BAQEFAASCAT8wggE7AgEAAkEA\n-----END PRIVATE KEY-----\n',
  }),
  splunk: (token: string) => ({
    enabled: true,
    host: { selection: 'fqdn', value: 'splunk.example.com' },
    ssl: { selection: 'insecure' },
    token,
  }),
};
