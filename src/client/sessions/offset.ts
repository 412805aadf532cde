/**
 * Does `offset` count from 0 or from 1? The guide says both: its meta sample and "the default value
 * of the offset is 0, this is the initially displayed set" read zero-based; its paging example
 * ("to view sessions from 501 to 1000, change the offset to 501") reads one-based. So the appliance is
 * asked: the first two results of a query, then the result at offset 1 alone. Zero-based, it is the
 * second; one-based, the first. Asked once per client (the appliance does not change its mind), only
 * when a search has more than one page; `SPS_SESSIONS_OFFSET_BASE` / `--offset-base` skip the question.
 */
import type { SpsClient } from '../client';
import { SpsSessionSearchError } from './errors';
import { fetchPage } from './page';

export type OffsetBase = 'zero' | 'one';
export type OffsetSetting = OffsetBase | 'auto';

const answers = new WeakMap<SpsClient, Promise<OffsetBase>>();

/** `pathAt(limit, offset)`: the request path of the query being paged, sorted the same way each time. */
export function offsetBaseOf(
  client: SpsClient,
  setting: OffsetSetting,
  pathAt: (limit: number, offset: number) => string,
): Promise<OffsetBase> {
  if (setting !== 'auto') return Promise.resolve(setting);
  let answer = answers.get(client);
  if (!answer) {
    answer = probe(client, pathAt);
    answers.set(client, answer);
    answer.catch(() => answers.delete(client)); // a failed probe is asked again next time
  }
  return answer;
}

async function probe(
  client: SpsClient,
  pathAt: (limit: number, offset: number) => string,
): Promise<OffsetBase> {
  for (let attempt = 0; attempt < 2; attempt++) {
    const [firstTwo, atOne] = await Promise.all([
      fetchPage(client, pathAt(2, 0)),
      fetchPage(client, pathAt(1, 1)),
    ]);
    const [first, second] = firstTwo.items.map((i) => i.key);
    const got = atOne.items[0]?.key;
    if (second !== undefined && got === second) return 'zero';
    if (first !== undefined && got === first) return 'one';
  }
  throw new SpsSessionSearchError(
    'offset-unknown',
    'cannot tell whether the appliance counts ?offset= from 0 or from 1 (its answers changed between requests); set SPS_SESSIONS_OFFSET_BASE=zero or one',
  );
}

/** The offset that starts at result number `index` (0 = the first). */
export function offsetFor(index: number, base: OffsetBase): number {
  return base === 'one' && index > 0 ? index + 1 : index;
}
