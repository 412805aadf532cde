/**
 * Whether the user may change the configuration, and who holds the lock. Neither shows without
 * opening a transaction (the API documents no read-only way to see either), and opening one takes
 * the global lock, so the doctor does it only when asked (`--check-transaction`): one empty
 * transaction, rolled back at once; nothing is written.
 */
import { SpsApiError, SpsConfigLockedError, SpsError, type SpsClient } from '../client';
import { finding, type Finding } from './findings';

export async function transactionFindings(client: SpsClient, check: boolean): Promise<Finding[]> {
  if (!check)
    return [
      finding('permissions.write', 'skipped', 'not checked: only opening a transaction shows it', {
        action: 'run with --check-transaction (opens one empty transaction and rolls it back)',
      }),
      finding(
        'lock',
        'skipped',
        'not checked: who holds the lock shows only to a session that tries to take it',
        {
          action: 'run with --check-transaction',
        },
      ),
    ];
  try {
    await client.transaction.open({ waitForLockMs: 0 });
  } catch (err) {
    if (err instanceof SpsConfigLockedError)
      return [
        finding('permissions.write', 'skipped', 'not known while another session holds the lock'),
        finding(
          'lock',
          'warning',
          `the configuration is locked by another session: ${err.spsMessage ?? `status ${err.status}`}`,
          {
            action:
              'plans work meanwhile; an apply waits up to --lock-timeout for it; it ends with that commit, a rollback, or the session timing out',
          },
        ),
      ];
    if (err instanceof SpsApiError && err.status === 403)
      return [
        finding(
          'permissions.write',
          'warning',
          `the user may read but not change the configuration (${err.status} ${err.spsType ?? ''})`.trim(),
          {
            action:
              'enough for plan and drift jobs; give apply jobs a user whose group may change the configuration',
          },
        ),
        finding('lock', 'skipped', 'not known: this user cannot open a transaction'),
      ];
    if (SpsError.is(err))
      return [finding('permissions.write', 'error', `opening a transaction failed: ${err.message}`)];
    throw err;
  }
  await client.transaction.rollback();
  return [
    finding(
      'permissions.write',
      'ok',
      'opened and rolled back an empty transaction: the user may change the configuration',
    ),
    finding('lock', 'ok', 'the configuration lock was free'),
  ];
}
