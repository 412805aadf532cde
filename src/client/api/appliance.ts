/**
 * Facts about the appliance itself: `GET /api/info` (firmware, node id) and the cluster role that
 * decides whether it may be configured at all. Managed hosts pull their whole configuration from
 * the Central Management node, so writing to one would be silently overwritten: refused here.
 *
 * Detection: `/api/info` gives this node's id; `GET /api/cluster/nodes/<id>` lists its `roles`.
 * 404 there means clustering is off (a standalone appliance), which is configurable.
 */
import type { JsonObject, JsonValue } from '../../model/types';
import { SpsApiError, SpsManagedHostError } from '../core/errors';
import type { Logger } from '../core/options';
import type { ApplianceInfo, Send } from '../core/types';

function obj(v: JsonValue | undefined): JsonObject | undefined {
  return v !== null && typeof v === 'object' && !Array.isArray(v) ? v : undefined;
}

function firstString(...values: (JsonValue | undefined)[]): string | undefined {
  return values.find((v): v is string => typeof v === 'string' && v !== '');
}

export async function readInfo(send: Send): Promise<ApplianceInfo> {
  const res = await send({ method: 'GET', path: '/api/info', idempotent: true });
  const raw = obj(res.json?.body) ?? res.json ?? {};
  return {
    firmwareVersion: firstString(raw.firmware_version, raw.version, obj(raw.firmware)?.version),
    nodeId: firstString(raw.node_id, raw.nodeId, obj(raw.node)?.id),
    raw,
  };
}

export async function assertConfigurable(
  send: Send,
  origin: string,
  logger: Logger,
  info: () => Promise<ApplianceInfo> = () => readInfo(send),
): Promise<void> {
  const { nodeId } = await info();
  if (nodeId === undefined) {
    logger({ level: 'warn', msg: 'sps /api/info has no node id; cluster role not checked' });
    return;
  }
  let roles: JsonValue | undefined;
  try {
    const res = await send({
      method: 'GET',
      path: `/api/cluster/nodes/${encodeURIComponent(nodeId)}`,
      idempotent: true,
    });
    roles = obj(res.json?.body)?.roles;
  } catch (err) {
    if (err instanceof SpsApiError && err.status === 404) return;
    throw err;
  }
  if (Array.isArray(roles) && roles.includes('managed-host')) throw new SpsManagedHostError(origin, nodeId);
}
