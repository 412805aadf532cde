/**
 * The session database (`/api/audit/sessions`, seeds/001): search and export (paging under the
 * 10,000-result cap in time windows), the appliance's CSV, audit-trail downloads, and which field names
 * the appliance gives the connection policy.
 */
export { exportSessions, PAGE_SIZE, RESULT_CAP, type ExportOptions, type ExportResult } from './export';
export { exportApplianceCsv, type CsvExport } from './csv';
export { downloadTrail, restSessionId, type TrailOptions } from './trail';
export { fetchPage, type SessionItem, type SessionPage } from './page';
export { fieldOf, pathOf, epochOf, type SessionQuery, type TimeWindow } from './query';
export { offsetBaseOf, type OffsetBase, type OffsetSetting } from './offset';
export { SpsSessionSearchError, type SessionSearchFailure } from './errors';
export { policyFilterOf, policyOfBody, policyTerm, quote, type PolicyFilter } from './policy-field';
