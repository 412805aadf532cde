// @ts-nocheck -- generated code; see scripts/generate-bindings.ts
// docs/index.md (in the sps-iac package)
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktf from '../../../cdk';

// Configuration

export interface SpsProviderConfig {
  /**
  * PEM file of the CA that signed the appliance certificate. Env: SPS_CA_FILE.
  *
  * Docs: SpsProvider#ca_file (docs/index.md#ca_file in the sps-iac package)
  */
  readonly caFile?: string;
  /**
  * How far back a plan counts the sessions of a connection policy it cuts, e.g. "30d", "12h". Default "30d". Env: SPS_IMPACT_WINDOW.
  *
  * Docs: SpsProvider#impact_window (docs/index.md#impact_window in the sps-iac package)
  */
  readonly impactWindow?: string;
  /**
  * Skip TLS verification (explicit opt-in, testing only). Env: SPS_INSECURE.
  *
  * Docs: SpsProvider#insecure (docs/index.md#insecure in the sps-iac package)
  */
  readonly insecure?: boolean | cdktf.IResolvable;
  /**
  * How long an apply waits for a configuration lock held by another session, e.g. "60s", "5m", "1h". Default "60s". Env: SPS_LOCK_TIMEOUT.
  *
  * Docs: SpsProvider#lock_timeout (docs/index.md#lock_timeout in the sps-iac package)
  */
  readonly lockTimeout?: string;
  /**
  * Password of the user. Env: SPS_PASSWORD.
  *
  * Docs: SpsProvider#password (docs/index.md#password in the sps-iac package)
  */
  readonly password?: string;
  /**
  * Refuse (an error in the plan, checked again before the apply) a change that would cut sessions active on a connection policy, or whose sessions cannot be checked; otherwise the plan warns. Env: SPS_REFUSE_DISCONNECT.
  *
  * Docs: SpsProvider#refuse_disconnect (docs/index.md#refuse_disconnect in the sps-iac package)
  */
  readonly refuseDisconnect?: boolean | cdktf.IResolvable;
  /**
  * Base URL of the appliance, e.g. https://sps.example.com. Env: SPS_URL.
  *
  * Docs: SpsProvider#url (docs/index.md#url in the sps-iac package)
  */
  readonly url?: string;
  /**
  * REST user with the REST server privilege. Env: SPS_USERNAME.
  *
  * Docs: SpsProvider#username (docs/index.md#username in the sps-iac package)
  */
  readonly username?: string;
  /**
  * Stage every plan in an SPS transaction and roll it back, so the plan shows what SPS itself accepts. Env: SPS_VALIDATE_ON_PLAN.
  *
  * Docs: SpsProvider#validate_on_plan (docs/index.md#validate_on_plan in the sps-iac package)
  */
  readonly validateOnPlan?: boolean | cdktf.IResolvable;
  /**
  * Writes in flight at once inside the one transaction of an apply, where they do not depend on each other (referents are still created first, deletes go last, one at a time). The SPS documentation does not say whether an appliance serializes requests within a transaction, so the default is 1; an appliance that refuses gets the rest one at a time, with a warning. From 1 to 32. Env: SPS_WRITE_CONCURRENCY.
  *
  * Docs: SpsProvider#write_concurrency (docs/index.md#write_concurrency in the sps-iac package)
  */
  readonly writeConcurrency?: number;
  /**
  * Alias name
  *
  * Docs: SpsProvider#alias (docs/index.md in the sps-iac package)
  */
  readonly alias?: string;
}

/**
* Represents a sps (docs/index.md in the sps-iac package)
*/
export class SpsProvider extends cdktf.TerraformProvider {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "sps";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTF code for importing a SpsProvider resource upon running "cdktf plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the SpsProvider to import
  * @param importFromId The id of the existing SpsProvider that should be imported. Refer to the import section (docs/index.md in the sps-iac package) in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the SpsProvider to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "sps", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new sps (docs/index.md in the sps-iac package) Resource
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options SpsProviderConfig = {}
  */
  public constructor(scope: Construct, id: string, config: SpsProviderConfig = {}) {
    super(scope, id, {
      terraformResourceType: 'sps',
      terraformGeneratorMetadata: {
        providerName: 'sps',
        providerVersion: '0.1.0'
      },
      terraformProviderSource: 'registry.terraform.io/sps-iac/sps'
    });
    this._caFile = config.caFile;
    this._impactWindow = config.impactWindow;
    this._insecure = config.insecure;
    this._lockTimeout = config.lockTimeout;
    this._password = config.password;
    this._refuseDisconnect = config.refuseDisconnect;
    this._url = config.url;
    this._username = config.username;
    this._validateOnPlan = config.validateOnPlan;
    this._writeConcurrency = config.writeConcurrency;
    this._alias = config.alias;
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // ca_file - computed: false, optional: true, required: false
  private _caFile?: string; 
  public get caFile() {
    return this._caFile;
  }
  public set caFile(value: string | undefined) {
    this._caFile = value;
  }
  public resetCaFile() {
    this._caFile = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get caFileInput() {
    return this._caFile;
  }

  // impact_window - computed: false, optional: true, required: false
  private _impactWindow?: string; 
  public get impactWindow() {
    return this._impactWindow;
  }
  public set impactWindow(value: string | undefined) {
    this._impactWindow = value;
  }
  public resetImpactWindow() {
    this._impactWindow = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get impactWindowInput() {
    return this._impactWindow;
  }

  // insecure - computed: false, optional: true, required: false
  private _insecure?: boolean | cdktf.IResolvable; 
  public get insecure() {
    return this._insecure;
  }
  public set insecure(value: boolean | cdktf.IResolvable | undefined) {
    this._insecure = value;
  }
  public resetInsecure() {
    this._insecure = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get insecureInput() {
    return this._insecure;
  }

  // lock_timeout - computed: false, optional: true, required: false
  private _lockTimeout?: string; 
  public get lockTimeout() {
    return this._lockTimeout;
  }
  public set lockTimeout(value: string | undefined) {
    this._lockTimeout = value;
  }
  public resetLockTimeout() {
    this._lockTimeout = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get lockTimeoutInput() {
    return this._lockTimeout;
  }

  // password - computed: false, optional: true, required: false
  private _password?: string; 
  public get password() {
    return this._password;
  }
  public set password(value: string | undefined) {
    this._password = value;
  }
  public resetPassword() {
    this._password = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get passwordInput() {
    return this._password;
  }

  // refuse_disconnect - computed: false, optional: true, required: false
  private _refuseDisconnect?: boolean | cdktf.IResolvable; 
  public get refuseDisconnect() {
    return this._refuseDisconnect;
  }
  public set refuseDisconnect(value: boolean | cdktf.IResolvable | undefined) {
    this._refuseDisconnect = value;
  }
  public resetRefuseDisconnect() {
    this._refuseDisconnect = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get refuseDisconnectInput() {
    return this._refuseDisconnect;
  }

  // url - computed: false, optional: true, required: false
  private _url?: string; 
  public get url() {
    return this._url;
  }
  public set url(value: string | undefined) {
    this._url = value;
  }
  public resetUrl() {
    this._url = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get urlInput() {
    return this._url;
  }

  // username - computed: false, optional: true, required: false
  private _username?: string; 
  public get username() {
    return this._username;
  }
  public set username(value: string | undefined) {
    this._username = value;
  }
  public resetUsername() {
    this._username = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get usernameInput() {
    return this._username;
  }

  // validate_on_plan - computed: false, optional: true, required: false
  private _validateOnPlan?: boolean | cdktf.IResolvable; 
  public get validateOnPlan() {
    return this._validateOnPlan;
  }
  public set validateOnPlan(value: boolean | cdktf.IResolvable | undefined) {
    this._validateOnPlan = value;
  }
  public resetValidateOnPlan() {
    this._validateOnPlan = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get validateOnPlanInput() {
    return this._validateOnPlan;
  }

  // write_concurrency - computed: false, optional: true, required: false
  private _writeConcurrency?: number; 
  public get writeConcurrency() {
    return this._writeConcurrency;
  }
  public set writeConcurrency(value: number | undefined) {
    this._writeConcurrency = value;
  }
  public resetWriteConcurrency() {
    this._writeConcurrency = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get writeConcurrencyInput() {
    return this._writeConcurrency;
  }

  // alias - computed: false, optional: true, required: false
  private _alias?: string; 
  public get alias() {
    return this._alias;
  }
  public set alias(value: string | undefined) {
    this._alias = value;
  }
  public resetAlias() {
    this._alias = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get aliasInput() {
    return this._alias;
  }

  // =========
  // SYNTHESIS
  // =========

  protected synthesizeAttributes(): { [name: string]: any } {
    return {
      ca_file: cdktf.stringToTerraform(this._caFile),
      impact_window: cdktf.stringToTerraform(this._impactWindow),
      insecure: cdktf.booleanToTerraform(this._insecure),
      lock_timeout: cdktf.stringToTerraform(this._lockTimeout),
      password: cdktf.stringToTerraform(this._password),
      refuse_disconnect: cdktf.booleanToTerraform(this._refuseDisconnect),
      url: cdktf.stringToTerraform(this._url),
      username: cdktf.stringToTerraform(this._username),
      validate_on_plan: cdktf.booleanToTerraform(this._validateOnPlan),
      write_concurrency: cdktf.numberToTerraform(this._writeConcurrency),
      alias: cdktf.stringToTerraform(this._alias),
    };
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      ca_file: {
        value: cdktf.stringToHclTerraform(this._caFile),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      impact_window: {
        value: cdktf.stringToHclTerraform(this._impactWindow),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      insecure: {
        value: cdktf.booleanToHclTerraform(this._insecure),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      lock_timeout: {
        value: cdktf.stringToHclTerraform(this._lockTimeout),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      password: {
        value: cdktf.stringToHclTerraform(this._password),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      refuse_disconnect: {
        value: cdktf.booleanToHclTerraform(this._refuseDisconnect),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      url: {
        value: cdktf.stringToHclTerraform(this._url),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      username: {
        value: cdktf.stringToHclTerraform(this._username),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      validate_on_plan: {
        value: cdktf.booleanToHclTerraform(this._validateOnPlan),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      write_concurrency: {
        value: cdktf.numberToHclTerraform(this._writeConcurrency),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      alias: {
        value: cdktf.stringToHclTerraform(this._alias),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}
