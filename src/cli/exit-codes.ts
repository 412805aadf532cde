/** Terraform's convention, so pipelines written for `terraform plan -detailed-exitcode` work unchanged. */
export const EXIT = {
  /** Success; with --detailed-exitcode also "no changes / no drift". */
  ok: 0,
  /** Any error: bad input, refused plan, failed apply (the message says whether anything was committed). */
  error: 1,
  /** Only with --detailed-exitcode: changes (plan) or drift (drift) are present. */
  changes: 2,
  /** Stopped by SIGINT (128 + 2); an apply was rolled back unless the message says otherwise. */
  sigint: 130,
  /** Stopped by SIGTERM (128 + 15). */
  sigterm: 143,
} as const;

export type ExitCode = (typeof EXIT)[keyof typeof EXIT];
