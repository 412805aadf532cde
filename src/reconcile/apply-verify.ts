/** After the commit: the appliance must now show the desired value at every managed path. */
import type { SpsClient } from '../client';
import { type KindName } from '../model';
import { compareObject } from './compare';
import { toLiveObject } from './live';
import type { Plan } from './plan';
import type { SecretRecords } from './secrets';

export async function verify(
  client: SpsClient,
  plan: Plan,
  keys: Map<KindName, Map<string, string>>,
  records: SecretRecords,
): Promise<string[]> {
  const touched = plan.ops.filter((o) => o.action === 'create' || o.action === 'update');
  const namesByKey = new Map<KindName, Map<string, string>>();
  for (const [kind, byName] of keys) namesByKey.set(kind, new Map([...byName].map(([n, k]) => [k, n])));
  const mismatches: string[] = [];
  await Promise.all(
    touched.map(async (op) => {
      const kind = plan.kinds.of(op.kind);
      const key = kind.shape === 'singleton' ? undefined : keys.get(op.kind)?.get(op.name);
      const now = toLiveObject(kind, await client.get(kind, key));
      const cmp = compareObject(kind, op.name, op.desired!, now.body, {
        namesByKey,
        secretRecords: records,
        rotateSecrets: false,
        recordsSecrets: false,
      });
      if (cmp.changes.length)
        mismatches.push(`${kind.title} "${op.name}" (${cmp.changes.map((c) => c.path).join(', ')})`);
    }),
  );
  return mismatches.sort();
}
