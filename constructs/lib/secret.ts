/**
 * Secrets are a type, not a string (aws-cdk SecretValue). An SpsSecret renders as a reference to a
 * sensitive Terraform variable, so the value never appears in synth output, plans or state diffs
 * printed by Terraform; only `unsafePlainText` (tests) renders a value.
 */
import type { Construct } from 'constructs';
import { TerraformVariable } from './cdktf';

export class SpsSecret {
  /**
   * A secret held in a sensitive Terraform variable. Refuses a variable declared without
   * `sensitive: true`, because Terraform would then print its value in plans.
   */
  static fromVariable(variable: TerraformVariable): SpsSecret {
    if (variable.sensitive !== true) {
      throw new TypeError(
        `SpsSecret.fromVariable: variable "${variable.friendlyUniqueId}" must be declared with sensitive: true`,
      );
    }
    return new SpsSecret(variable.stringValue, `variable ${variable.friendlyUniqueId}`);
  }

  /**
   * A secret Terraform reads from the environment: declares (once per stack) a sensitive string
   * variable named `variableName`, which Terraform fills from `TF_VAR_<variableName>`. Nothing is
   * read at synth time, so the value cannot leak into `cdk.tf.json`.
   *
   * Decision: Terraform cannot read arbitrary environment variables, so the environment variable
   * is `TF_VAR_<variableName>`, not `variableName` itself; `envName` tells which one to set.
   */
  static fromEnv(scope: Construct, variableName: string): SpsSecret {
    if (!/^[A-Za-z_][A-Za-z0-9_-]*$/.test(variableName)) {
      throw new TypeError(`SpsSecret.fromEnv: "${variableName}" is not a valid Terraform variable name`);
    }
    const id = `SpsSecret_${variableName}`;
    const existing = scope.node.tryFindChild(id);
    const variable =
      existing instanceof TerraformVariable
        ? existing
        : new TerraformVariable(scope, id, {
            type: 'string',
            sensitive: true,
            nullable: false,
            description: `Secret; set TF_VAR_${variableName} in the environment.`,
          });
    variable.overrideLogicalId(variableName);
    return new SpsSecret(variable.stringValue, `variable ${variableName}`, `TF_VAR_${variableName}`);
  }

  /** A secret written in code. It lands in synth output: use in tests only. */
  static unsafePlainText(value: string): SpsSecret {
    return new SpsSecret(value, 'plain text');
  }

  private constructor(
    private readonly value: string,
    /** Where the value comes from, for messages (never the value itself). */
    readonly source: string,
    /** The environment variable Terraform reads the value from, when there is one. */
    readonly envName?: string,
  ) {}

  /** @internal The string to put in the L1: a `${var.x}` token, or the plain text. */
  _render(): string {
    return this.value;
  }

  /** Keeps the value out of logs and error messages if someone prints the object. */
  toString(): string {
    return `SpsSecret(${this.source})`;
  }

  toJSON(): string {
    return this.toString();
  }
}
