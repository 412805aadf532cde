/** `sps doctor`'s checks (run.ts) and the shape of what they report (findings.ts). */
export { runDoctor, type DoctorOptions } from './run';
export type { DoctorReport, Finding, FindingStatus } from './findings';
