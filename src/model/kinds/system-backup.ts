import { obj } from '../schema';
import type { KindSpec } from '../define';

/** `/api/configuration/management/system_backup`: which backup policy backs up the appliance. */
export const systemBackup: KindSpec = {
  name: 'system_backup',
  title: 'system backup',
  description: 'Selects the backup policy used for the system backup of SPS (null: no system backup).',
  endpoint: '/api/configuration/management/system_backup',
  shape: 'singleton',
  identity: null,
  managed: true,
  schema: obj(
    'The system backup assignment.',
    {
      backup_policy: {
        type: ['string', 'null'],
        description: 'The backup policy used for system backups, or null.',
        minLength: 1,
      },
    },
    ['backup_policy'],
  ),
  sensitive: [],
  references: [{ path: ['backup_policy'], target: 'backup_policies', readForm: 'string' }],
};
