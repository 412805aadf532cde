/**
 * Which name the appliance gives a session's connection policy. The guide uses three: its filter
 * list `psm.connection_policy` ("the key"), its field list `connection_policy` ("the key"), and its
 * sample session body `recording.connection_policy` (the policy's *name*) with
 * `recording.connection_policy_id` (the key). Nothing says which a given firmware serves, so the
 * appliance is asked, from its own data: one recent session with every field (`fields=*`) gives the
 * policy's key and name as the appliance writes them, and the first filter name that finds that
 * session again, with those values, is the one (a filter an appliance does not know is a 400; a value
 * of the wrong kind finds nothing, so key and name are both given). No session at all: nothing can
 * be counted wrong, every count is 0. `SPS_SESSIONS_POLICY_FIELD` names the filter instead.
 */
import type { SpsClient } from '../client';
import { SpsSessionSearchError } from './errors';
import { fetchPage } from './page';
import { fieldOf, SESSIONS_PATH } from './query';

export const POLICY_FILTERS = [
  'psm.connection_policy',
  'connection_policy',
  'recording.connection_policy_id',
  'recording.connection_policy',
] as const;

/** The filter to count a policy's sessions with; `empty`: the database has no session at all. */
export type PolicyFilter = { readonly field: string } | 'empty';

const answers = new WeakMap<SpsClient, Promise<PolicyFilter | undefined>>();

/** undefined: no filter name finds the appliance's own session (counts by policy are unknown). */
export function policyFilterOf(client: SpsClient, setting?: string): Promise<PolicyFilter | undefined> {
  if (setting && setting !== 'auto') return Promise.resolve({ field: setting });
  let answer = answers.get(client);
  if (!answer) {
    answer = detect(client);
    answers.set(client, answer);
    answer.catch(() => answers.delete(client));
  }
  return answer;
}

/** A session body's connection policy: its key and name, under whichever names the appliance uses. */
export function policyOfBody(body: unknown): { key?: string; name?: string } {
  const str = (v: unknown) => (typeof v === 'string' && v !== '' ? v : undefined);
  const key =
    str(fieldOf(body, 'recording.connection_policy_id')) ??
    str(fieldOf(body, 'connection_policy')) ??
    str(fieldOf(body, 'psm.connection_policy'));
  const name = str(fieldOf(body, 'recording.connection_policy'));
  return { ...(key ? { key } : {}), ...(name ? { name } : {}) };
}

/** `field:("key" "name")`: matches whether the appliance files the policy by key or by name. */
export function policyTerm(field: string, policy: { key?: string; name?: string }): string {
  const values = [...new Set([policy.key, policy.name].filter((v): v is string => !!v))];
  return `${field}:(${values.map(quote).join(' ')})`;
}

export function quote(value: string): string {
  return `"${value.replace(/[\\"]/g, '\\$&')}"`;
}

async function detect(client: SpsClient): Promise<PolicyFilter | undefined> {
  const sample = await fetchPage(client, `${SESSIONS_PATH}?limit=1&offset=0&fields=*&sort=-start_time`);
  if (sample.matchCount === 0) return 'empty';
  const policy = policyOfBody(sample.items[0]?.body);
  if (!policy.key && !policy.name) return undefined;
  for (const field of POLICY_FILTERS) {
    const q = encodeURIComponent(policyTerm(field, policy));
    try {
      const page = await fetchPage(client, `${SESSIONS_PATH}?limit=1&offset=0&q=${q}`);
      if (page.matchCount > 0) return { field };
    } catch (err) {
      if (err instanceof SpsSessionSearchError && err.reason === 'invalid-query') continue;
      throw err;
    }
  }
  return undefined;
}
