/**
 * Secrets are a type, not a string (aws-cdk SecretValue). An SpsSecret renders as a reference to a
 * Terraform variable, so the value never appears in synth output; the provider's secret arguments it
 * feeds are write-only (Terraform ≥ 1.11: never in a plan or the state, a rotation shows as a new
 * number in `secret_versions`), and the provider's password is a provider argument, never stored
 * either. Only `unsafePlainText` (tests) renders a value.
 */
import type { Construct } from 'constructs';
import { Annotations, TerraformVariable } from './cdktf';

export class SpsSecret {
  /**
   * A secret held in a Terraform variable declared `ephemeral` (recommended) or `sensitive`.
   *
   * Decision: both are accepted, neither is required to be both. An ephemeral variable (Terraform ≥
   * 1.10; cdktf cannot declare it yet: `variable.addOverride('ephemeral', true)` before this call) is
   * never written to a saved plan file or the state, and only write-only arguments and provider
   * blocks accept it — exactly where SpsSecrets go. A variable that is only sensitive is never
   * printed, but Terraform writes its value into every saved plan (`terraform plan -out`), and its
   * sensitive mark on a write-only value shows as an invisible "update in-place" in the first plan
   * after `terraform import`: accepted with a warning, for configurations written before ephemeral
   * variables existed. A variable that is neither is refused: Terraform would print its value.
   */
  static fromVariable(variable: TerraformVariable): SpsSecret {
    const ephemeral = isEphemeral(variable);
    if (!ephemeral && variable.sensitive !== true) {
      throw new TypeError(
        `SpsSecret.fromVariable: variable "${variable.friendlyUniqueId}" must be declared ephemeral (variable.addOverride('ephemeral', true)) or with sensitive: true`,
      );
    }
    if (!ephemeral)
      Annotations.of(variable).addWarning(
        `variable "${variable.friendlyUniqueId}" holds a secret but is not ephemeral: Terraform writes its value into saved plan files. Declare it ephemeral (variable.addOverride('ephemeral', true)) instead of sensitive.`,
      );
    return new SpsSecret(variable.stringValue, `variable ${variable.friendlyUniqueId}`);
  }

  /**
   * A secret Terraform reads from the environment: declares (once per stack) an ephemeral string
   * variable named `variableName`, which Terraform fills from `TF_VAR_<variableName>`. Nothing is
   * read at synth time, so the value cannot leak into `cdk.tf.json`; being ephemeral, it is never
   * written to a saved plan file or the state either.
   *
   * Decisions: Terraform cannot read arbitrary environment variables, so the environment variable
   * is `TF_VAR_<variableName>`, not `variableName` itself; `envName` tells which one to set. The
   * variable is not also `sensitive`: a write-only value is never printed anyway, and a sensitive
   * mark on it differs from what `terraform import` records, so the first plan after an import would
   * show an "update in-place" of nothing visible.
   */
  static fromEnv(scope: Construct, variableName: string): SpsSecret {
    if (!/^[A-Za-z_][A-Za-z0-9_-]*$/.test(variableName)) {
      throw new TypeError(`SpsSecret.fromEnv: "${variableName}" is not a valid Terraform variable name`);
    }
    const id = `SpsSecret_${variableName}`;
    const existing = scope.node.tryFindChild(id);
    let variable: TerraformVariable;
    if (existing instanceof TerraformVariable) variable = existing;
    else {
      variable = new TerraformVariable(scope, id, {
        type: 'string',
        nullable: false,
        description: `Secret; set TF_VAR_${variableName} in the environment.`,
      });
      // cdktf 0.21 (and cdktn 0.24) have no `ephemeral` option yet
      variable.addOverride('ephemeral', true);
    }
    variable.overrideLogicalId(variableName);
    return new SpsSecret(variable.stringValue, `variable ${variableName}`, `TF_VAR_${variableName}`);
  }

  /** A secret written in code. It lands in synth output: use in tests only. */
  static unsafePlainText(value: string): SpsSecret {
    return new SpsSecret(value, 'plain text');
  }

  /** True for an SpsSecret (of this copy of the constructs or another: both render alike). */
  static isSpsSecret(x: unknown): x is SpsSecret {
    return typeof x === 'object' && x !== null && SECRET_BRAND in x;
  }

  private constructor(
    private readonly value: string,
    /** Where the value comes from, for messages (never the value itself). */
    readonly source: string,
    /** The environment variable Terraform reads the value from, when there is one. */
    readonly envName?: string,
  ) {
    Object.defineProperty(this, SECRET_BRAND, { value: true });
  }

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

const SECRET_BRAND = Symbol.for('sps-iac.SpsSecret');

/** Whether the variable's block says `ephemeral = true` (set by an override: cdktf has no option for it). */
function isEphemeral(variable: TerraformVariable): boolean {
  const block = variable.toTerraform() as { variable?: Record<string, { ephemeral?: unknown }> };
  return Object.values(block.variable ?? {}).some((v) => v.ephemeral === true);
}
