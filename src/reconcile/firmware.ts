/**
 * The firmware gate of a plan: a document written for the other band than the one the appliance
 * runs (an 8.0 LTS audit policy field on a 7.0 LTS box, or the reverse) is refused after GET
 * /api/info and before any configuration is read or written, naming the firmware and the field.
 */
import { bandFieldsIn, otherBandProblem, toPointer } from '../model';
import type { SpsClient } from '../client';
import { eachObject, type DesiredState } from './document';
import { SpsPlanRefusedError, type DocumentIssue } from './errors';

/** Fields of `desired` the appliance's firmware does not have (empty outside the known bands). */
export function firmwareIssues(desired: DesiredState, version: string): DocumentIssue[] {
  const issues: DocumentIssue[] = [];
  for (const { kind, name, body } of eachObject(desired)) {
    const at = [...kind.documentAt(kind.shape === 'collection' ? name : undefined)];
    for (const field of bandFieldsIn(kind, body)) {
      const message = otherBandProblem(field, version);
      if (message) issues.push({ path: toPointer([...at, ...field.segments]), message });
    }
  }
  return issues;
}

/** Reads the firmware (once per client) and refuses a document of the other band; returns the version. */
export async function assertFirmwareFits(client: SpsClient, desired: DesiredState): Promise<string | null> {
  const version = await client.firmware();
  const issues = version === null ? [] : firmwareIssues(desired, version);
  if (issues.length) throw new SpsPlanRefusedError(issues);
  return version;
}
