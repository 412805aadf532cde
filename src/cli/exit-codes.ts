/** Terraform's convention, so pipelines written for `terraform plan -detailed-exitcode` work unchanged. */
export const EXIT = {
  /** Success; with --detailed-exitcode also "no changes / no drift". */
  ok: 0,
  /** Any error: bad input, refused plan, failed apply (the message says whether anything was committed). */
  error: 1,
  /** Only with --detailed-exitcode: changes (plan) or drift (drift) are present. */
  changes: 2,
} as const;

export type ExitCode = (typeof EXIT)[keyof typeof EXIT];
