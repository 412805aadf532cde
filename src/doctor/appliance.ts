/**
 * Who we are on the appliance and what it is: the login, the firmware and its band, this node's
 * cluster role, and what the user may read (the configuration, the session database). All reads.
 */
import { SpsError, type SpsClient } from '../client';
import { bandName, bandOf, FIRMWARE_BANDS, type JsonObject, type JsonValue } from '../model';
import { finding, type Finding } from './findings';

const isObject = (v: JsonValue | undefined): v is JsonObject =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

export async function loginFinding(client: SpsClient, username: string): Promise<Finding | undefined> {
  try {
    await client.login();
    return finding('authentication', 'ok', `logged in as "${username}"`);
  } catch (err) {
    if (!SpsError.is(err)) throw err;
    return finding('authentication', 'error', err.message, {
      action:
        'check the user name and password; the user needs the REST server privilege, and management access must be enabled on this interface',
    });
  }
}

export async function firmwareFinding(client: SpsClient): Promise<{ finding: Finding; info: JsonObject }> {
  const info = await client.info();
  const version = info.firmwareVersion;
  if (!version)
    return {
      info: info.raw,
      finding: finding('firmware', 'warning', 'the appliance does not report its firmware version', {
        action: 'plans work, with a warning; typed fields of the other band may be refused by the appliance',
      }),
    };
  const band = bandOf(version);
  const bands = FIRMWARE_BANDS.map((b) => b.name).join(', ');
  return {
    info: info.raw,
    finding: band
      ? finding('firmware', 'ok', `SPS ${version}: the ${bandName(band)} band, which the model types`)
      : finding(
          'firmware',
          'warning',
          `SPS ${version} is outside the bands the model was written for (${bands})`,
          {
            action:
              'plans work and warn; fields the model does not know are kept; a typed field this firmware lacks is refused by the appliance',
          },
        ),
  };
}

export async function clusterFinding(client: SpsClient, info: JsonObject): Promise<Finding> {
  const nodeId = info.node_id;
  if (typeof nodeId !== 'string')
    return finding('cluster', 'info', '/api/info names no node id: the cluster role was not checked');
  const node = await client.readPath(`/api/cluster/nodes/${encodeURIComponent(nodeId)}`);
  if (node.status === 404) return finding('cluster', 'ok', 'standalone: clustering is off');
  if (node.status >= 400)
    return finding('cluster', 'warning', `cannot read this node's cluster role (${node.status})`, {
      action: 'give the user the cluster-management read privilege, or check the role in the web UI',
    });
  const roles = isObject(node.json?.body) && Array.isArray(node.json.body.roles) ? node.json.body.roles : [];
  const shown = roles.join(', ') || 'none';
  if (roles.includes('managed-host')) {
    const central = await centralNode(client);
    return finding(
      'cluster',
      'error',
      `this node is a managed host (${shown}): it takes its configuration from the Central Management node`,
      {
        action: `point SPS_URL at the Central Management node${central ? ` (${central})` : ''}; changes made here would be overwritten`,
      },
    );
  }
  if (roles.includes('central-management'))
    return finding(
      'cluster',
      'ok',
      `Central Management node (${shown}): configure here, managed hosts follow`,
    );
  return finding('cluster', 'ok', `standalone node (${shown})`);
}

/** The Central Management node's name, from the cluster's node list (undefined when unreadable). */
async function centralNode(client: SpsClient): Promise<string | undefined> {
  const list = await client.readPath('/api/cluster/nodes');
  const items = Array.isArray(list.json?.items) ? list.json.items : [];
  for (const item of items) {
    const href = isObject(item) && isObject(item.meta) ? item.meta.href : undefined;
    if (typeof href !== 'string') continue;
    const body = (await client.readPath(href)).json?.body;
    if (isObject(body) && Array.isArray(body.roles) && body.roles.includes('central-management'))
      return typeof body.fqdn === 'string'
        ? body.fqdn
        : typeof body.address === 'string'
          ? body.address
          : undefined;
  }
  return undefined;
}

export async function readFindings(client: SpsClient): Promise<{ findings: Finding[]; canRead: boolean }> {
  const [config, sessions] = await Promise.all([
    client.readPath('/api/configuration'),
    client.readPath('/api/audit/sessions?limit=1'),
  ]);
  const canRead = config.status < 400;
  const read = canRead
    ? finding('permissions.read', 'ok', 'the user can read the configuration')
    : finding(
        'permissions.read',
        'error',
        `the user cannot read the configuration (${config.status} ${config.error?.type ?? ''})`.trim(),
        {
          action:
            "give the user's group read privileges for the configuration (plans read every kind they touch)",
        },
      );
  const search =
    sessions.status < 400
      ? finding('permissions.sessions', 'ok', 'the user can search the session database')
      : sessions.status === 404
        ? finding(
            'permissions.sessions',
            'info',
            'the appliance does not serve session search (/api/audit/sessions: 404)',
          )
        : finding('permissions.sessions', 'warning', `the user cannot search sessions (${sessions.status})`, {
            action:
              "grant the user's group the privilege to search sessions, so plans can tell what a change does to live sessions",
          });
  return { findings: [read, search], canRead };
}
