/** The key SPS uses for a singleton (`options`, `system_backup`, …): the endpoint's last segment. */
import type { KindDef } from './types';

export function singletonKey(kind: Pick<KindDef, 'endpoint'>): string {
  return kind.endpoint.slice(kind.endpoint.lastIndexOf('/') + 1);
}
